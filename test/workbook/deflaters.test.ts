/**
 * Each way the zip can deflate a part gives back the part when inflated, with the CRC-32 of its bytes —
 * Node.js's zlib (the command line), CompressionStream (browsers), fflate (neither) — even when the
 * caller fills the same buffer again after each piece, as the worksheet writer does.
 */
import { inflateRawSync } from "node:zlib";
import { BufferPool, crc32, Deflater, fflateDeflater, nodeDeflater, webDeflater } from "../../src/workbook/xlsx/deflaters";

async function roundTrip(deflater: Deflater): Promise<void> {
  const text = Array.from({ length: 20_000 }, (_, i) => `<c r="A${i + 1}" s="3"><v>${i * 7919}</v></c>給与計算`).join("");
  const whole = new TextEncoder().encode(text);
  const scratch = new Uint8Array(50_000);
  for (let at = 0; at < whole.length; at += scratch.length) {
    const piece = whole.subarray(at, at + scratch.length);
    scratch.set(piece);
    await deflater.write(scratch.subarray(0, piece.length));
    scratch.fill(0); // the deflater must have kept its own copy
  }
  const d = await deflater.close();
  expect(Buffer.from(inflateRawSync(Buffer.concat(d.chunks))).equals(Buffer.from(whole))).toBe(true);
  if (d.crc !== undefined) expect(d.crc).toBe(crc32(0, whole));
}

test("Node.js's zlib", async () => {
  await roundTrip(nodeDeflater(new BufferPool())!);
});

test("CompressionStream", async () => {
  await roundTrip(webDeflater()!);
});

test("fflate", async () => {
  await roundTrip(fflateDeflater());
});

test("CRC-32 of a known text (the check value of the CRC-32 used by zip: 0xCBF43926 for 123456789)", () => {
  expect(crc32(0, new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
});
