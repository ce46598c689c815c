import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, png, weakContrasts } from '../../scripts/make-icons.mjs';

interface Image {
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row. */
  readonly pixels: Uint8Array;
}

/** Reads an 8-bit RGBA PNG, as the toolbar icons are, undoing each row's filter. */
function readPng(bytes: Buffer): Image {
  const chunks: Buffer[] = [];
  let width = 0;
  let height = 0;
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]], 'an 8-bit RGBA image').toEqual([8, 6]);
    }
    if (type === 'IDAT') chunks.push(data);
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? (pixels[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (pixels[(y - 1) * stride + x - 4] ?? 0) : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, filter === 4 ? paeth() : 0][filter ?? 0] ?? 0;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

/** The colours of an image's opaque pixels, most used first. */
function opaqueColours(image: Image): number[][] {
  const counts = new Map<string, number>();
  for (let at = 0; at < image.pixels.length; at += 4) {
    if (image.pixels[at + 3] !== 255) continue;
    const key = [...image.pixels.subarray(at, at + 3)].join(',');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key.split(',').map(Number));
}

const committed = (size: number) => readFileSync(`public/icons/icon-${size}.png`);

describe('the toolbar icons', () => {
  it.each([16, 32])('stand out at %i px on every light and dark toolbar, the heart on the bubble too', (size) => {
    const image = readPng(committed(size));
    expect([image.width, image.height]).toEqual([size, size]);
    // The bubble fills most of the icon, the heart most of what is left.
    const [bubble, heart] = opaqueColours(image);
    if (!bubble || !heart) throw new Error(`icon-${size}.png has no bubble and heart`);
    expect(weakContrasts(bubble, heart)).toEqual([]);
  });

  it('are exactly what scripts/make-icons.mjs draws from the checked colours', () => {
    for (const size of ICON_SIZES) expect(Buffer.compare(png(size), committed(size)), `icon-${size}.png`).toBe(0);
  });

  it('finds colours too faint for a toolbar', () => {
    expect(weakContrasts([200, 200, 200], [255, 255, 255])).toEqual(
      expect.arrayContaining([expect.stringMatching(/^heart on bubble: 1\.\d\d:1$/), expect.stringMatching(/^bubble on white toolbar/)]),
    );
  });
});
