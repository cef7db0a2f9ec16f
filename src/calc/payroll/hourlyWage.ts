import { PayType } from "./employee";
import { Dec } from "../money/exact";

/**
 * 1時間当たりの賃金 (通常の労働時間の賃金) as an exact fraction, monthly amount ÷ 月平均所定労働時間, per
 * 労働基準法施行規則第19条第1項:
 * - 月給: 月によって定められた賃金 ÷ 月平均所定労働時間 (第4号);
 * - 日給: 日給 ÷ 1日の所定労働時間 (第2号), with 1日の所定労働時間 = 月平均所定労働時間 ÷ 月所定労働日数, i.e.
 *   日給 × 所定労働日数 ÷ 月平均所定労働時間;
 * - 時給: the hourly wage (第1号);
 * - plus 固定手当 ÷ 月平均所定労働時間 (第4号; 2以上の組合せは各号の合計, 第7号).
 * The 固定手当 of the master counts in full: 家族手当・通勤手当・住宅手当 and the other allowances that
 * 労働基準法第37条第5項・施行規則第21条 exclude must not be put in it (通勤手当 has its own field).
 * Not rounded: the total of each category is rounded once (premiumWageRounding).
 * @example hourlyWage({ payType: "monthly", baseSalary: 300_000, fixedAllowance: 20_000, hoursPerMonth: 160, daysPerMonth: 20 }) // 320,000/160 = 2,000
 */
export function hourlyWage(a: {
  payType: PayType;
  baseSalary: number;
  fixedAllowance: number;
  hoursPerMonth: Dec;
  daysPerMonth: Dec;
}): { monthly: Dec; hours: Dec } {
  const base = new Dec(a.baseSalary);
  const monthlyBase =
    a.payType === "monthly" ? base : a.payType === "daily" ? base.times(a.daysPerMonth) : base.times(a.hoursPerMonth);
  return { monthly: monthlyBase.plus(a.fixedAllowance), hours: a.hoursPerMonth };
}
