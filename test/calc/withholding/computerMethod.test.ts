/**
 * 電算機計算の特例: the bands of 第1表 and 第3表 on both sides, the 10円 rounding on both sides of 5, a
 * negative B, and 令和2年分〜令和7年分. Expectations are the 告示's steps written out.
 */
import { isoToDay } from "../../../src/calc/law/timeline";
import { computerMethodWithholding } from "../../../src/calc/withholding/computerMethod";

const R8 = "2026-11-25";
const R7 = "2025-11-25";

const cases: [string, string, number, number, number][] = [
  // id, 支払日, A, 扶養, expected
  // 第1表 1段目 (158,333以下 54,167) / 2段目 (×30% 切上げ + 6,667): B = 55,832 both ways → × 5.105% = 2,850.2236.
  ["R8 第1表 158,333 (定額)", R8, 158_333, 0, 2_850],
  ["R8 第1表 158,334 (47,500.2 → 47,501 + 6,667)", R8, 158_334, 0, 2_850],
  // 10円未満四捨五入: B = A − 54,167 − 48,334. B 4,800 → 245.04 → 250; B 4,799 → 244.98895 → 240.
  ["R8 四捨五入で上がる (245.04)", R8, 102_501 + 4_800, 0, 250],
  ["R8 四捨五入で下がる (244.99)", R8, 102_501 + 4_799, 0, 240],
  ["R8 Bが負なら0", R8, 100_000, 0, 0],
  // 第3表: 2,120,833以下 48,334 / 超 40,000. B = 2,120,833 − 162,500 − 48,334 = 1,909,999 → × 40.84% − 237,893 = 542,150.5916.
  ["R8 第3表 2,120,833", R8, 2_120_833, 0, 542_150],
  // B = 2,120,834 − 162,500 − 40,000 = 1,918,334 → × 40.84% − 237,893 = 545,554.6056.
  ["R8 第3表 2,120,834", R8, 2_120_834, 0, 545_550],
  // 令和2年分〜令和7年分: 第1表 135,417〜149,999 は ×40% − 8,333; 第3表 40,000.
  // 140,000: 56,000 − 8,333 = 47,667; B = 140,000 − 47,667 − 40,000 = 52,333 → × 5.105% = 2,671.59965.
  ["R7 第1表 40%の段", R7, 140_000, 0, 2_670],
  // 300,000 扶養2: 96,667; B = 300,000 − 96,667 − 63,334 − 40,000 = 99,999 → × 5.105% = 5,104.94895.
  ["R7 300,000 扶養2人", R7, 300_000, 2, 5_100],
  // 扶養8人も 31,667円ずつ: B = 740,000 − 162,500 − 253,336 − 48,334 = 275,830 → × 20.42% − 36,374 = 19,950.486.
  ["R8 扶養8人", R8, 740_000, 8, 19_950],
];

test.each(cases)("%s (支払日 %s, A %i, 扶養 %i) = %i", (_id, day, taxable, dependents, expected) => {
  expect(computerMethodWithholding({ taxable, dependents, paymentDate: isoToDay(day) })).toBe(expected);
});

test("令和9年分 is not known completely: #N/A naming the method and the year", () => {
  expect(() => computerMethodWithholding({ taxable: 300_000, dependents: 0, paymentDate: isoToDay("2027-01-25") })).toThrow(/電算機計算の特例.*令和9年分/);
});
