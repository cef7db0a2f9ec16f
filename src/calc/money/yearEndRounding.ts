/**
 * The roundings of 年末調整, each a named rule of the law or of the NTA's procedure. Inputs are exact
 * integers (or an exact numerator / denominator), so no float decides a yen.
 */

/**
 * 課税給与所得金額: 1,000円未満切捨て (国税通則法第118条第1項 課税標準の端数計算).
 * @example floorTaxableIncome(2_146_898) // 2,146,000
 */
export function floorTaxableIncome(yen: number): number {
  return Math.floor(yen / 1000) * 1000;
}

/**
 * 年調年税額: 100円未満切捨て (国税庁「年末調整のしかた」年調年税額の計算), applied to an exact amount given
 * as numerator / denominator (e.g. micro-yen over 1,000,000).
 * @example floorYearTax(41_452_600_000, 1_000_000) // 41,452.6 → 41,400
 */
export function floorYearTax(numerator: number, denominator: number): number {
  return Math.floor(numerator / (denominator * 100)) * 100;
}

/**
 * 1円未満切上げ: 生命保険料控除・地震保険料控除 (国税庁「年末調整のしかた」保険料控除申告書: 控除額の計算に
 * おいて算出した金額に1円未満の端数があるときは切り上げ) and 所得金額調整控除 (タックスアンサー No.1411).
 * @example ceilYen(80_001 * 25, 100) // 20,000.25 → 20,001
 */
export function ceilYen(numerator: number, denominator: number): number {
  return Math.ceil(numerator / denominator);
}

/**
 * 給与所得控除後の給与等の金額: 1円未満切捨て (給与所得控除後の給与等の金額の表の注: 6,600,000円以上
 * 8,500,000円未満は 給与等の金額 × 90% − 1,100,000円、1円未満切捨て).
 * @example floorSalaryIncome(6_600_001 * 90, 100) // 5,940,000.9 → 5,940,000
 */
export function floorSalaryIncome(numerator: number, denominator: number): number {
  return Math.floor(numerator / denominator);
}
