// Draws the toolbar icons (a soft speech bubble with a small heart) into public/icons.
// Run once after changing the design: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SUPERSAMPLE = 4;
const BUBBLE = [47, 110, 99]; // deep teal
const HEART = [255, 244, 232]; // warm white

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
  const heartX = (x - 0.5) / 0.2;
  const heartY = (0.47 - y) / 0.2;
  const h = heartX * heartX + heartY * heartY - 1;
  if (h * h * h - heartX * heartX * heartY * heartY * heartY <= 0) return 2;
  const inBody = (x - 0.5) ** 2 / 0.44 ** 2 + (y - 0.46) ** 2 / 0.38 ** 2 <= 1;
  const inTail = y > 0.7 && y < 0.95 && x > 0.22 && x < 0.45 && x - 0.22 < (0.95 - y) * 0.9;
  return inBody || inTail ? 1 : 0;
}

function png(size) {
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

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
