// Draws images/icon.png (128x128): two speech bubbles facing each other, linked by an arrow.
// Run by hand after changing the design: `node scripts/make-icon.mjs`. Only node's zlib is needed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const SS = 4; // supersampling per axis, for smooth edges
const BG = [0x1f, 0x2a, 0x44];
const LEFT = [0x4f, 0xc3, 0xf7];
const RIGHT = [0xff, 0xb7, 0x4d];
const INK = [0xff, 0xff, 0xff];

function inRoundRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const s = (p, q, r) => (p[0] - r[0]) * (q[1] - r[1]) - (q[0] - r[0]) * (p[1] - r[1]);
  const P = [x, y];
  const d1 = s(P, [ax, ay], [bx, by]), d2 = s(P, [bx, by], [cx, cy]), d3 = s(P, [cx, cy], [ax, ay]);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}
function inSegment(x, y, x0, y0, x1, y1, w) {
  const dx = x1 - x0, dy = y1 - y0;
  const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
  return (x - x0 - t * dx) ** 2 + (y - y0 - t * dy) ** 2 <= (w / 2) ** 2;
}

/** The colour at a point, painted back to front; null = transparent. */
function colourAt(x, y) {
  let c = null;
  if (inRoundRect(x, y, 2, 2, 126, 126, 24)) c = BG;
  // Left bubble (a claim) with its tail at the bottom left.
  if (inRoundRect(x, y, 14, 18, 74, 62, 12) || inTriangle(x, y, [24, 58], [40, 58], [20, 76])) c = LEFT;
  // Right bubble (a counter) with its tail at the bottom right.
  if (inRoundRect(x, y, 54, 66, 114, 110, 12) || inTriangle(x, y, [88, 106], [104, 106], [108, 122])) c = RIGHT;
  // Text lines in each bubble.
  for (const [y0, x1] of [[32, 60], [46, 50]]) if (inSegment(x, y, 28, y0, x1, y0, 6)) c = BG;
  for (const [y0, x1] of [[80, 100], [94, 88]]) if (inSegment(x, y, 68, y0, x1, y0, 6)) c = BG;
  // The arrow from the counter to the claim: `->`.
  if (inSegment(x, y, 100, 58, 84, 40, 6) || inTriangle(x, y, [74, 30], [90, 36], [80, 46])) c = INK;
  return c;
}

const raw = Buffer.alloc(N * (1 + N * 4));
for (let y = 0; y < N; y++) {
  raw[y * (1 + N * 4)] = 0; // filter: none
  for (let x = 0; x < N; x++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = colourAt(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS);
        if (c) { acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 1; }
      }
    }
    const o = y * (1 + N * 4) + 1 + x * 4;
    const n = acc[3];
    raw[o] = n ? Math.round(acc[0] / n) : 0;
    raw[o + 1] = n ? Math.round(acc[1] / n) : 0;
    raw[o + 2] = n ? Math.round(acc[2] / n) : 0;
    raw[o + 3] = Math.round((255 * n) / (SS * SS));
  }
}

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
