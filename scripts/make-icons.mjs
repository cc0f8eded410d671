// Generates public/icon/{16,32,48,128}.png: a blue rounded square with a white lens ring.
// Run: node scripts/make-icons.mjs (output is committed; no image tooling needed).
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function icon(size) {
  const px = Buffer.alloc(size * (size * 4 + 1));
  const r = size * 0.22; // corner radius
  for (let y = 0; y < size; y++) {
    px[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5, cy = y + 0.5;
      const dx = Math.max(r - cx, 0, cx - (size - r)), dy = Math.max(r - cy, 0, cy - (size - r));
      const inside = Math.hypot(dx, dy) <= r;
      const d = Math.hypot(cx - size * 0.45, cy - size * 0.45);
      const ring = d >= size * 0.2 && d <= size * 0.3;
      const handle = Math.abs(cx - cy) < size * 0.07 && cx > size * 0.62 && cx < size * 0.8;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const [R, G, B, A] = !inside ? [0, 0, 0, 0] : ring || handle ? [255, 255, 255, 255] : [34, 81, 200, 255];
      px[o] = R; px[o + 1] = G; px[o + 2] = B; px[o + 3] = A;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(px, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
