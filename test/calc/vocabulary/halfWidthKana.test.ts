import { halfWidthOf, hiraganaToKatakana } from "../../../src/calc/vocabulary/halfWidthKana";

// JIS X 0201 片仮名 (0xA1–0xDF): the half-width forms, written out from the standard's table.
describe("halfWidthOf", () => {
  test.each([
    ["ア", "ｱ"], ["ン", "ﾝ"], ["ヲ", "ｦ"], ["ァ", "ｧ"], ["ッ", "ｯ"], ["ョ", "ｮ"],
    ["ガ", "ｶﾞ"], ["ド", "ﾄﾞ"], ["パ", "ﾊﾟ"], ["ポ", "ﾎﾟ"], ["ヴ", "ｳﾞ"], ["ヷ", "ﾜﾞ"], ["ヺ", "ｦﾞ"],
    ["ー", "ｰ"], ["・", "･"], ["「", "｢"], ["」", "｣"], ["、", "､"], ["。", "｡"],
    ["\u3099", "ﾞ"], ["\u309a", "ﾟ"],
  ])("%s → %s", (full, half) => {
    expect(halfWidthOf(full)).toBe(half);
  });

  test.each(["ヵ", "ヶ", "ヰ", "ヱ", "ヸ", "ヮ", "漢", "A", "あ"])("%s has no JIS X 0201 form", (ch) => {
    expect(halfWidthOf(ch)).toBeUndefined();
  });

  test("all 63 half-width characters come back from their full-width form", () => {
    const halves = Array.from({ length: 0xff9f - 0xff61 + 1 }, (_, i) => String.fromCharCode(0xff61 + i));
    expect(halves).toHaveLength(63);
    for (const half of halves) expect(halfWidthOf(half.normalize("NFKC"))).toBe(half);
  });
});

test("hiraganaToKatakana moves ぁ–ゖ and nothing else", () => {
  expect(hiraganaToKatakana("やまだ　ゔぁ・タロウ漢")).toBe("ヤマダ　ヴァ・タロウ漢");
});
