/**
 * Field rules: a value the CSV cannot carry or the spec does not allow is an error naming what is wrong —
 * never changed silently.
 */
import { fieldProblem, KANA_NAME, KANJI_NAME, amountField, digits } from "../../src/todoke";

test.each([
  ["カナ氏名 with a half-width space", "ﾖｼﾀﾞ ﾀﾛｳ", KANA_NAME, undefined],
  ["カナ氏名 without a space", "ﾖｼﾀﾞﾀﾛｳ", KANA_NAME, "姓と名の間に半角スペース"],
  ["カナ氏名 in full-width kana", "ヨシダ タロウ", KANA_NAME, "「ヨ」は使えません。半角カナ"],
  ["カナ氏名 over 25 bytes", "ｱｲｳｴｵｶｷｸｹｺ ｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉ", KANA_NAME, "1〜25バイト"],
  ["漢字氏名 with a full-width space", "吉田　太郎", KANJI_NAME, undefined],
  ["漢字氏名 blank", "", KANJI_NAME, undefined],
  ["漢字氏名 with a half-width space", "吉田 太郎", KANJI_NAME, "全角スペース"],
  ["漢字氏名 with 髙", "髙橋　一郎", KANJI_NAME, "「髙」は届書に使えない文字"],
  ["漢字氏名 with a comma", "吉田,太郎", KANJI_NAME, "カンマや改行"],
  ["漢字氏名 with a line break", "吉田\n太郎", KANJI_NAME, "カンマや改行"],
  ["被保険者整理番号 of letters", "A12", digits(1, 6), "「A」は使えません。半角数字"],
  ["被保険者整理番号 of 7 digits", "1234567", digits(1, 6), "1〜6バイト"],
] as const)("%s: %j", (_case, value, rule, message) => {
  const problem = fieldProblem({ name: "x", value, rule });
  if (message === undefined) expect(problem).toBeUndefined();
  else expect(problem).toContain(message);
});

test.each([
  [344, true, "0000344", undefined],
  [9_999_999, true, "9999999", undefined],
  [300_000, false, "300000", undefined],
  [10_000_000, true, "10000000", "0〜9,999,999円"],
  [-1, false, "-1", "0〜9,999,999円"],
])("amount %d (padded %s) → %s", (yen, padded, value, problem) => {
  const f = amountField("通貨", yen, padded);
  expect(f.value).toBe(value);
  expect(fieldProblem(f)).toEqual(problem === undefined ? undefined : expect.stringContaining(problem));
});
