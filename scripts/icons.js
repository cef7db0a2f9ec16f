#!/usr/bin/env node
/**
 * Draws Sonae's icons (a green rounded square with the rows of a payroll sheet) as PNG files with
 * nothing but Node: the pixels are computed here, 4×4 supersampled, and written by the small PNG
 * encoder below (zlib for the deflate stream). Office asks for 16, 32 and 80 px ribbon images and a
 * 32 / 64 px add-in icon (see manifest.xml).
 *
 *   node scripts/icons.js          writes assets/icon-<size>.png
 *
 * test/build/icons.test.ts checks that the committed files are exactly what this script draws.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const ICON_SIZES = [16, 32, 64, 80];
const BACKGROUND = [0x0e, 0x7c, 0x66]; // deep green: calm, "prepared"
const FOREGROUND = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encode RGBA pixels (width × height × 4 bytes, row by row) as a PNG file. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter type None for every scanline
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Inside a rounded rectangle [x0,x1]×[y0,y1] with corner radius r (all in units of the icon's side). */
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** What covers the point (u, v) of the unit square: null, "bg" or "fg". */
function shade(u, v) {
  if (!inRoundedRect(u, v, 0.03, 0.03, 0.97, 0.97, 0.2)) return null;
  // Three rows of a payroll sheet: a header and two lines, the last one shorter (a total).
  const rows = [
    [0.22, 0.78, 0.25, 0.37],
    [0.22, 0.78, 0.45, 0.55],
    [0.22, 0.62, 0.63, 0.73],
  ];
  for (const [x0, x1, y0, y1] of rows) {
    if (inRoundedRect(u, v, x0, y0, x1, y1, 0.04)) return "fg";
  }
  return "bg";
}

/** Draw the icon at `size` pixels and return the PNG file's bytes. */
function renderIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const s = shade((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (s === "bg") bg++;
          else if (s === "fg") fg++;
        }
      }
      const covered = bg + fg;
      const i = (py * size + px) * 4;
      if (covered === 0) continue; // transparent
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round((BACKGROUND[c] * bg + FOREGROUND[c] * fg) / covered);
      rgba[i + 3] = Math.round((255 * covered) / n);
    }
  }
  return encodePng(size, size, rgba);
}

function iconPath(root, size) {
  return path.join(root, "assets", `icon-${size}.png`);
}

module.exports = { ICON_SIZES, renderIcon, encodePng, crc32, iconPath };

if (require.main === module) {
  const root = path.resolve(__dirname, "..");
  fs.mkdirSync(path.join(root, "assets"), { recursive: true });
  for (const size of ICON_SIZES) {
    fs.writeFileSync(iconPath(root, size), renderIcon(size));
    process.stdout.write(`assets/icon-${size}.png\n`);
  }
}
