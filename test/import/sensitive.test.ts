/** Headers of columns that must not spread (番号法第19条; 健康保険法第194条の2) and headers that merely look alike. */
import { isSensitiveHeader } from "../../src/import";

const SENSITIVE = ["マイナンバー", "ﾏｲﾅﾝﾊﾞｰ", "My Number", "個人番号", "個人番号（マイナンバー）", "本人個人番号", "基礎年金番号", "年金番号", "年金手帳番号", "被保険者証記号番号", "健康保険被保険者番号", "雇用保険被保険者番号", "保険証番号", "在留カード番号", "パスポート番号", "運転免許証番号"];
const ORDINARY = ["社員番号", "個人コード", "口座番号", "健保標準報酬月額", "被保険者区分", "電話番号", "郵便番号", "保険者"];

test.each(SENSITIVE)("%s is dropped", (h) => {
  expect(SENSITIVE.length).toBeGreaterThan(0);
  expect(isSensitiveHeader(h)).toBe(true);
});
test.each(ORDINARY)("%s is an ordinary column", (h) => {
  expect(ORDINARY.length).toBeGreaterThan(0);
  expect(isSensitiveHeader(h)).toBe(false);
});
