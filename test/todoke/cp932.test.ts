/**
 * The characters a 届書 CSV may hold: JIS X 0201 and JIS X 0208 levels 1–2 in Shift_JIS (spec p.38); CP932's
 * extensions (髙, 﨑, ①, ㈱) are refused, never replaced (nenkin-csv.md 2.2).
 */
import { decodeSjis, disallowedCharacters, encodeSjis, sjisByteLength } from "../../src/todoke";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

test.each([
  // [text, Shift_JIS bytes] — 亜 is the first level-1 kanji (0x889F), 腕 the last (0x9872), 弌 the first
  // level-2 (0x989F), 熙 the last (0xEAA4); ｱ is 0xB1; the full-width space 0x8140.
  ["亜", "889f"],
  ["腕", "9872"],
  ["弌", "989f"],
  ["熙", "eaa4"],
  ["吉田　ｱ,1", "8b6793638140b12c31"],
  ["ｸﾄﾜ", "b8c4dc"],
])("%s → %s", (text, bytes) => {
  expect(hex(encodeSjis(text))).toBe(bytes);
  expect(decodeSjis(encodeSjis(text))).toBe(text);
});

test("a round trip of names, addresses and symbols keeps every character", () => {
  const text = "東京都港区麻布台1-4-3 エグゼクティブタワー麻布台601,株式会社クフ,吉田　ケイ　松蔭,ﾖｼﾀﾞ ﾀﾛｳ,－～※〒";
  expect(decodeSjis(encodeSjis(text))).toBe(text);
  expect(sjisByteLength("吉田　太郎")).toBe(10);
  expect(sjisByteLength("ﾖｼﾀﾞ ﾀﾛｳ")).toBe(4 + 1 + 3); // ﾖｼﾀﾞ, space, ﾀﾛｳ: one byte each
});

test.each(["髙", "﨑", "①", "㈱", "Ⅰ", "😀", "é", "\t"])("%s is refused (outside JIS X 0201/0208)", (ch) => {
  expect(disallowedCharacters(`山${ch}田`)).toEqual([ch]);
  expect(() => encodeSjis(ch)).toThrow(ch);
});

test("the JIS spellings of 〜 and − encode to the same cell as CP932's ～ and －", () => {
  expect(hex(encodeSjis("〜"))).toBe(hex(encodeSjis("～")));
  expect(hex(encodeSjis("−"))).toBe(hex(encodeSjis("－")));
});
