/**
 * Named roundings of the law. Each takes an exact rational (numerator / denominator, integers ≥ 0)
 * and returns whole yen, so no float ever decides a yen.
 */

/**
 * 被保険者負担分を給与から控除する場合の端数処理: 50銭以下切捨て・50銭超切上げ
 * (通貨の単位及び貨幣の発行等に関する法律 第3条の特例として、保険料額表の注記が示す慣行。
 *  労使の特約があればそれに従う).
 * @example shareDeductedFromPay(5_713, 2) // 2,856.5 → 2,856
 */
export function shareDeductedFromPay(numerator: number, denominator: number): number {
  const q = Math.floor(numerator / denominator);
  const r = numerator - q * denominator;
  return 2 * r > denominator ? q + 1 : q;
}

/** 1円未満切捨て. @example floorYen(316_8, 10) // 316.8 → 316 */
export function floorYen(numerator: number, denominator: number): number {
  return Math.floor(numerator / denominator);
}

/**
 * The exact value of numerator / denominator as a number: division of two exact integers is correctly
 * rounded, so the result is the same double as the decimal literal (2856.5, 29730.3).
 */
export function exactQuotient(numerator: number, denominator: number): number {
  return numerator / denominator;
}

/** 1,000円未満切捨て (標準賞与額: 健康保険法45条1項, 厚生年金保険法24条の4第1項). */
export function floorToThousandYen(yen: number): number {
  return Math.floor(yen / 1000) * 1000;
}
