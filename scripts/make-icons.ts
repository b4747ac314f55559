/**
 * Draws the toolbar icons (16/32/48/128 px) as PNG with no image library: a calm blue-green disc
 * with a white hourglass-like "pause" mark. Run: npx tsx scripts/make-icons.ts
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size: number): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const c = (size - 1) / 2;
  const r = size / 2;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const i = y * (size * 4 + 1) + 1 + x * 4;
      const d = Math.hypot(x - c, y - c);
      // anti-aliased disc edge
      const a = Math.max(0, Math.min(1, r - d));
      // two white vertical bars ("pause"): the product's idea of taking a breath
      const bw = size * 0.12;
      const bh = size * 0.42;
      const inBar =
        Math.abs(y - c) < bh / 2 && (Math.abs(x - (c - size * 0.13)) < bw / 2 || Math.abs(x - (c + size * 0.13)) < bw / 2);
      const [R, G, B] = inBar ? [255, 255, 255] : [14, 116, 144];
      raw[i] = R;
      raw[i + 1] = G;
      raw[i + 2] = B;
      raw[i + 3] = Math.round(a * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('assets/icons', { recursive: true });
for (const s of [16, 32, 48, 128]) writeFileSync(`assets/icons/icon${s}.png`, png(s));
console.log('icons written to assets/icons');
