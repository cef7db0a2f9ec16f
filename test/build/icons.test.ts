/**
 * The icons in assets/ are exactly what scripts/icons.js draws (run `node scripts/icons.js` after
 * changing it), are valid PNG files at the size in their name, and the encoder's checksum is the
 * PNG/zlib CRC-32 (check value of "123456789" is 0xCBF43926, ISO-HDLC / PNG specification annex D).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { crc32, ICON_SIZES, iconPath, renderIcon } from "../../scripts/icons";

const ROOT = path.resolve(__dirname, "../..");

function decode(png: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (;;) {
    const length = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8)]).toEqual([8, 6, 0, 0, 0]); // 8-bit RGBA, deflate, filter 0, no interlace
    }
    if (type === "IDAT") idat.push(data);
    at += 12 + length;
    if (type === "IEND") break;
  }
  expect(at).toBe(png.length);
  return { width, height, pixels: zlib.inflateSync(Buffer.concat(idat)) };
}

test("CRC-32 check value", () => {
  expect(crc32(Buffer.from("123456789", "ascii"))).toBe(0xcbf43926);
});

test("sizes > 0", () => expect(ICON_SIZES.length).toBeGreaterThan(0));

test.each(ICON_SIZES)("assets/icon-%i.png is up to date and a valid %i px PNG", (size) => {
  const file = iconPath(ROOT, size);
  const png = fs.readFileSync(file);
  expect(png.equals(renderIcon(size))).toBe(true);
  const { width, height, pixels } = decode(png);
  expect([width, height]).toEqual([size, size]);
  expect(pixels.length).toBe((size * 4 + 1) * size);
  // the centre of the icon is opaque, a corner is transparent
  const alpha = (x: number, y: number) => pixels[y * (size * 4 + 1) + 1 + x * 4 + 3];
  expect(alpha(Math.floor(size / 2), Math.floor(size / 2))).toBe(255);
  expect(alpha(0, 0)).toBe(0);
});
