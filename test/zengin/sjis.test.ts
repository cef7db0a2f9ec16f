/**
 * The single-byte Shift_JIS subset, checked against an independent Shift_JIS codec (encoding-japanese)
 * for every byte a 全銀 record may hold: ASCII 0x20–0x7E and half-width katakana 0xA1–0xDF.
 */
import Encoding from "encoding-japanese";
import { decodeSingleByte, encodeSingleByte, isSingleByteChar } from "../../src/zengin/sjis";

const bytes = [...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i), ...Array.from({ length: 0xdf - 0xa1 + 1 }, (_, i) => 0xa1 + i)];

test(`${bytes.length} single-byte characters (95 ASCII + 63 kana)`, () => {
  expect(bytes.length).toBe(95 + 63);
});

test.each(bytes.map((b) => [b.toString(16), b]))("byte 0x%s round-trips and agrees with encoding-japanese", (_hex, b) => {
  const viaLibrary = Encoding.convert([b], { to: "UNICODE", from: "SJIS", type: "string" }) as string;
  // JIS X 0201 puts ¥ and ‾ at 0x5C and 0x7E; encoding-japanese (like cp932) reads them as \ and ~, as we do.
  expect(decodeSingleByte(Uint8Array.of(b))).toBe(viaLibrary);
  expect(Array.from(encodeSingleByte(viaLibrary))).toEqual([b]);
  expect(isSingleByteChar(viaLibrary)).toBe(true);
});

test.each([
  ["full-width ア", "ア"],
  ["kanji", "山"],
  ["full-width space", "　"],
  ["newline", "\n"],
])("refuses %s", (_id, ch) => {
  expect(() => encodeSingleByte(`ｱ${ch}`)).toThrow(`「${ch}」（2文字目）`);
  expect(isSingleByteChar(ch)).toBe(false);
});

test("a double-byte character in a file is decoded as U+FFFD so the reader can report it", () => {
  const sjis = Encoding.convert(Encoding.stringToCode("ア"), { to: "SJIS", from: "UNICODE" }) as number[];
  // ア is 0x83 0x41: the lead byte is not a single-byte character (the trail byte happens to be "A").
  expect(sjis).toEqual([0x83, 0x41]);
  expect(decodeSingleByte(Uint8Array.from(sjis))).toBe("\ufffdA");
});
