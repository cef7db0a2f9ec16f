/** The named roundings of withholding, at and around their thresholds. */
import { roundHalfUpToTenYen, roundUpToYen, truncateBelowOneYen } from "../../../src/calc/money/withholdingRounding";

test.each([
  // numerator, denominator, expected
  [84_238_300_000, 1_000_000, 84_238], // 84,238.3
  [84_238_999_999, 1_000_000, 84_238],
  [84_239_000_000, 1_000_000, 84_239],
  [5_000_001, 6, 833_333], // 833,333.5
  [0, 1, 0],
  // large safe numerators stay exact: (3 × 2^51 − 1) / 3 = 2^51 − 1/3.
  [3 * 2 ** 51 - 1, 3, 2 ** 51 - 1],
])("1円未満切捨て %i / %i = %i", (n, d, expected) => {
  expect(truncateBelowOneYen(n, d)).toBe(expected);
});

test.each([
  [52_800_300_000, 1_000_000, 52_801], // 52,800.3
  [52_800_000_000, 1_000_000, 52_800],
])("1円未満切上げ %i / %i = %i", (n, d, expected) => {
  expect(roundUpToYen(n, d)).toBe(expected);
});

test.each([
  [52_282_493_000, 1_000_000, 52_280], // 52,282.493
  [245_040_000, 1_000_000, 250], // 245.04
  [245_000_000, 1_000_000, 250], // 245 exactly: 四捨五入で上がる
  [244_999_999, 1_000_000, 240],
])("10円未満四捨五入 %i / %i = %i", (n, d, expected) => {
  expect(roundHalfUpToTenYen(n, d)).toBe(expected);
});
