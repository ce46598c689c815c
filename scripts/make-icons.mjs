// Draws the toolbar icons (a soft speech bubble with a heart) into public/icons.
// Run once after changing the design: node scripts/make-icons.mjs
// tests/unit/icons.test.ts holds the committed icons to the same contrast check.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SUPERSAMPLE = 4;
// A mid-tone teal: dark enough for light toolbars and light enough for dark ones, so the
// bubble keeps its outline at 16 px on both (a deep teal all but vanished on dark toolbars).
export const BUBBLE = [38, 148, 132];
export const HEART = [255, 251, 245]; // warm white

/** Toolbar colours the icon must stand out from: Chrome's and Firefox's light and dark themes. */
export const TOOLBARS = {
  white: [255, 255, 255],
  'Chrome light': [241, 243, 244],
  'Firefox light': [249, 249, 251],
  'Chrome dark': [53, 54, 58],
  'Firefox dark': [43, 42, 51],
  'Firefox darkest': [28, 27, 34],
};
/** WCAG's contrast for the parts of a graphic one needs to make it out. */
export const MIN_CONTRAST = 3;

/** @param {number[]} colour */
function luminance(colour) {
  const [r, g, b] = colour.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG's contrast ratio of two sRGB colours.
 *
 * @param {number[]} a
 * @param {number[]} b
 */
export function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Where the icon would be hard to make out: the heart on the bubble, and the bubble on each
 * toolbar, below MIN_CONTRAST. Empty when the colours are fine.
 *
 * @param {number[]} bubble
 * @param {number[]} heart
 * @returns {string[]} e.g. "bubble on Chrome dark toolbar: 2.10:1"
 */
export function weakContrasts(bubble, heart) {
  /** @type {[string, number[], number[]][]} */
  const pairs = [
    ['heart on bubble', heart, bubble],
    ...Object.entries(TOOLBARS).map(([name, colour]) => /** @type {[string, number[], number[]]} */ ([`bubble on ${name} toolbar`, bubble, colour])),
  ];
  return pairs.filter(([, a, b]) => contrast(a, b) < MIN_CONTRAST).map(([name, a, b]) => `${name}: ${contrast(a, b).toFixed(2)}:1`);
}

/** Refuses colours that would make the icon hard to see on any toolbar. */
function checkContrast() {
  const weak = weakContrasts(BUBBLE, HEART);
  if (weak.length > 0) throw new Error(`Below ${MIN_CONTRAST}:1 contrast: ${weak.join(', ')}`);
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** Shape at a point in unit coordinates: 0 outside, 1 bubble, 2 heart. */
function shapeAt(x, y) {
  // The heart fills most of the bubble: at 16 px it must still read as a heart.
  const heartX = (x - 0.5) / 0.23;
  const heartY = (0.47 - y) / 0.23;
  const h = heartX * heartX + heartY * heartY - 1;
  if (h * h * h - heartX * heartX * heartY * heartY * heartY <= 0) return 2;
  const inBody = (x - 0.5) ** 2 / 0.44 ** 2 + (y - 0.46) ** 2 / 0.38 ** 2 <= 1;
  const inTail = y > 0.7 && y < 0.95 && x > 0.22 && x < 0.45 && x - 0.22 < (0.95 - y) * 0.9;
  return inBody || inTail ? 1 : 0;
}

/**
 * The icon at `size` pixels, as PNG bytes.
 *
 * @param {number} size
 */
export function png(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = [0];
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const shape = shapeAt((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (shape === 0) continue;
          const colour = shape === 2 ? HEART : BUBBLE;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 1;
        }
      }
      const alpha = sum[3] / SUPERSAMPLE ** 2;
      row.push(...(sum[3] ? sum.slice(0, 3).map((c) => Math.round(c / sum[3])) : [0, 0, 0]), Math.round(alpha * 255));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 48, 128];

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  checkContrast();
  for (const size of ICON_SIZES) writeFileSync(`public/icons/icon-${size}.png`, png(size));
}
