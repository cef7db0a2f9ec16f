import Decimal from "decimal.js";

/**
 * 割増賃金の端数処理: 1か月における時間外労働・休日労働・深夜業の各々の割増賃金の総額に1円未満の端数が生じた
 * 場合、50銭未満を切り捨て、50銭以上を1円に切り上げる (昭和63年3月14日 基発第150号; 常に労働者の不利となる
 * ものではなく事務簡便を目的とするものとして、労働基準法第24条・第37条違反としては取り扱わない).
 * Applied once per category to the exact total; the 1時間当たり賃金 itself is not rounded.
 * @example premiumWageRounding(new Dec("26562.5")) // 26,563
 */
export function premiumWageRounding(exact: Decimal): number {
  return exact.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/**
 * 支払金の端数計算: 支払うべき金額に50銭未満の端数があるときは切り捨て、50銭以上1円未満の端数は1円とする
 * (通貨の単位及び貨幣の発行等に関する法律第3条第1項). Used for 日給×出勤日数 and 時給×労働時間 when the days or
 * hours have a fraction.
 * @example paymentRounding(new Dec("1388.75")) // 1,389
 */
export function paymentRounding(exact: Decimal): number {
  return exact.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/**
 * 欠勤控除の端数: 1円未満切捨て. No statute fixes this rounding (ノーワーク・ノーペイの範囲での控除は就業規則に
 * よる); Sonae deducts the lower amount, which is in the employee's favour and so never a 賃金の一部不払い
 * (労働基準法第24条). A company rule, chosen and documented here.
 * @example absenceDeductionRounding(new Dec("15000.9")) // 15,000
 */
export function absenceDeductionRounding(exact: Decimal): number {
  return exact.toDecimalPlaces(0, Decimal.ROUND_DOWN).toNumber();
}
