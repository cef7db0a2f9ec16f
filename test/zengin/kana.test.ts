/**
 * 受取人名 conversion as a table of cases. Expected values are the rules of zengin.md "Name characters
 * and conversion" applied by hand; the devture rows are devture/zengin-generator's own assertions
 * (tests/ZenginGeneratorTest.php).
 */
import { KanaOptions, kanaErrorMessage, toBankKana } from "../../src/zengin/kana";
import { nonEmpty } from "./support";

type Case = [id: string, input: string, expected: string, changed: boolean, options?: KanaOptions];

const converted: Case[] = nonEmpty<Case>(
  [
    ["already bank kana", "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾔﾏﾀﾞ ﾀﾛｳ", false],
    ["full-width katakana → half-width", "ヤマダ タロウ", "ﾔﾏﾀﾞ ﾀﾛｳ", true],
    ["hiragana → katakana", "やまだ たろう", "ﾔﾏﾀﾞ ﾀﾛｳ", true],
    ["full-width space → space", "ヤマダ　タロウ", "ﾔﾏﾀﾞ ﾀﾛｳ", true],
    ["voiced: ガ → ｶﾞ (2 bytes)", "ガ", "ｶﾞ", true],
    ["semi-voiced: パ → ﾊﾟ", "パ", "ﾊﾟ", true],
    ["ヴ → ｳﾞ", "ヴ", "ｳﾞ", true],
    // 20 voiced kana × 2 bytes = 40 bytes: checked in a 40-byte field (依頼人名).
    ["every voiced row", "ガギグゲゴザジズゼゾダヂヅデドバビブベボ", "ｶﾞｷﾞｸﾞｹﾞｺﾞｻﾞｼﾞｽﾞｾﾞｿﾞﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞ", true, { maxBytes: 40 }],
    ["every semi-voiced", "パピプペポ", "ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ", true],
    ["small kana enlarged (zengin.md list)", "ァィゥェォッャュョヮ", "ｱｲｳｴｵﾂﾔﾕﾖﾜ", true],
    ["small ヵ ヶ enlarged", "ヵヶ", "ｶｹ", true],
    ["half-width small kana enlarged", "ｼｮｳｲﾁ", "ｼﾖｳｲﾁ", true],
    ["ー → - by default", "サトー", "ｻﾄ-", true],
    ["ー → ｰ when chosen (devture)", "サトー", "ｻﾄｰ", true, { longVowel: "ｰ" }],
    ["half-width ｰ follows the option too", "ｻﾄｰ", "ｻﾄ-", true],
    ["・ → .", "ジョン・スミス", "ｼﾞﾖﾝ.ｽﾐｽ", true],
    ["half-width ･ → .", "ｼﾞｮﾝ･ｽﾐｽ", "ｼﾞﾖﾝ.ｽﾐｽ", true],
    ["ヲ kept as ｦ by default", "ヲ", "ｦ", true],
    ["ヲ → ｵ when chosen (PCA excludes ｦ)", "ヲ", "ｵ", true, { wo: "ｵ" }],
    ["ヰ ヱ → ｲ ｴ", "ヰヱ", "ｲｴ", true],
    ["ワ + ゛ (composed to ヷ by NFKC) → ﾜﾞ", "ワ゛", "ﾜﾞ", true],
    ["ヺ → ｦﾞ", "ヺ", "ｦﾞ", true],
    ["lowercase → uppercase (MUFG)", "abc xyz", "ABC XYZ", true],
    ["full-width letters and digits", "ＡＢＣ１２３", "ABC123", true],
    ["allowed symbols ( ) - . /", "(ｶ)ﾃｽﾄ-1.2/3", "(ｶ)ﾃｽﾄ-1.2/3", false],
    ["full-width brackets → ( )", "カ）ソナエ（カ", "ｶ)ｿﾅｴ(ｶ", true],
    ["dashes ‐ – — − → -", "A‐B–C—D−E", "A-B-C-D-E", true],
    ["standalone ゛ joins its kana", "ウ゛ァ", "ｳﾞｱ", true],
    ["half-width voiced pair kept", "ｶﾞｯｺｳ", "ｶﾞﾂｺｳ", true],
    ["devture: カブシキガイシャ → ｶﾌﾞｼｷｶﾞｲｼﾔ", "カブシキガイシャ", "ｶﾌﾞｼｷｶﾞｲｼﾔ", true],
    ["devture: テストー.カブシキガイシャ with ｰ", "テストー.カブシキガイシャ", "ﾃｽﾄｰ.ｶﾌﾞｼｷｶﾞｲｼﾔ", true, { longVowel: "ｰ" }],
    ["devture: ミツビシトウキョウUFJ", "ミツビシトウキョウUFJ", "ﾐﾂﾋﾞｼﾄｳｷﾖｳUFJ", true],
    ["outer spaces trimmed", "  ﾔﾏﾀﾞ  ", "ﾔﾏﾀﾞ", true],
  ],
  "conversions",
);

// Every row gets all five columns: jest takes a function with more parameters than columns as async.
const convertedRows = converted.map(([id, input, expected, changed, options]) => [id, input, expected, changed, options ?? {}] as const);
test.each(convertedRows)("%s: 「%s」 → 「%s」", (_id, input, expected, changed, options) => {
  const r = toBankKana(input, options);
  expect(r).toEqual({ ok: true, value: expected, changed, truncated: false, cut: "" });
});

type Refused = [id: string, input: string, invalid: string[]];
const refused: Refused[] = nonEmpty<Refused>(
  [
    ["kanji", "山田太郎", ["山", "田", "太", "郎"]],
    ["kanji mixed with kana", "ヤマダ太郎", ["太", "郎"]],
    ["comma (jinjer: not usable)", "ﾔﾏﾀﾞ,ﾀﾛｳ", [","]],
    ["apostrophe and ampersand", "O'NEIL & CO", ["'", "&"]],
    ["「」 (EDI characters, PCA)", "「ｿﾅｴ」", ["「", "」"]],
    ["iteration mark ゞ", "いすゞ", ["ゞ"]],
    ["accented letter", "JOSÉ", ["É"]],
    ["wave dash", "ｱ〜ｲ", ["〜"]],
    ["㈱ is named as typed, not as the 株 it folds to", "㈱ｿﾅｴ", ["㈱"]],
    ["blank", "   ", []],
  ],
  "refusals",
);

test.each(refused)("%s: 「%s」 is refused, naming %j", (_id, input, invalid) => {
  expect(toBankKana(input)).toEqual({ ok: false, invalid });
});

describe("30 bytes: counted in bytes, voiced pairs never split", () => {
  test.each([
    // 30 one-byte kana fit exactly.
    ["30 × ｱ", "ア".repeat(30), "ｱ".repeat(30), ""],
    // 31 → the 31st byte is cut.
    ["31 × ｱ", "ア".repeat(31), "ｱ".repeat(30), "ｱ"],
    // 15 × ガ = 15 × 2 = 30 bytes: fits.
    ["15 × ガ (30 bytes)", "ガ".repeat(15), "ｶﾞ".repeat(15), ""],
    // 29 × ｱ + ガ = 29 + 2 = 31 bytes: ｶ alone would change the name, so ｶﾞ goes whole.
    ["29 × ｱ + ガ", "ア".repeat(29) + "ガ", "ｱ".repeat(29), "ｶﾞ"],
    // 28 × ｱ + ガ = 30 bytes: fits.
    ["28 × ｱ + ガ", "ア".repeat(28) + "ガ", "ｱ".repeat(28) + "ｶﾞ", ""],
    // a space left at the end of the cut is trimmed (the field is space-filled anyway).
    ["cut after a space", "ア".repeat(29) + " イ", "ｱ".repeat(29), " ｲ"],
  ])("%s", (_id, input, value, cut) => {
    const r = toBankKana(input);
    expect(r).toEqual({ ok: true, value, changed: true, truncated: cut !== "", cut });
    if (r.ok) expect(r.value.length).toBeLessThanOrEqual(30);
  });

  test("依頼人名 holds 40 bytes, 銀行名 15", () => {
    const long = "ア".repeat(50);
    const forty = toBankKana(long, { maxBytes: 40 });
    const fifteen = toBankKana(long, { maxBytes: 15 });
    expect(forty.ok && forty.value.length).toBe(40);
    expect(fifteen.ok && fifteen.value.length).toBe(15);
  });
});

test("the error message names the field, the value, the characters and what is allowed", () => {
  const m = kanaErrorMessage("受取人名", "山田タロウ", ["山", "田"]);
  expect(m).toContain("受取人名「山田タロウ」");
  expect(m).toContain("「山」「田」");
  expect(m).toContain("カナ・英大文字・数字");
  expect(kanaErrorMessage("受取人名", "", [])).toContain("空欄");
});

test("every character of the kana blocks, ASCII and half-width forms converts into the bank set or is refused", () => {
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0x3000, 0x30ff],
    [0xff01, 0xff9f],
  ];
  const allowed = /^[0-9A-Z ()\-./\uff66\uff71-\uff9f]*$/;
  let converted = 0;
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const r = toBankKana(`ｱ${String.fromCodePoint(cp)}`);
      if (r.ok) {
        converted++;
        expect([cp.toString(16), allowed.test(r.value)]).toEqual([cp.toString(16), true]);
      }
    }
  }
  expect(converted).toBeGreaterThan(200);
});
