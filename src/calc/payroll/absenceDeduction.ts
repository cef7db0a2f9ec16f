import { PayType } from "./employee";
import { Dec } from "../money/exact";
import { absenceDeductionRounding } from "../money/wageRounding";

/**
 * 欠勤控除 (ノーワーク・ノーペイ: 労務の提供のない日の賃金は支払わなくてよい, 民法第624条第1項): for 月給, 基本給 ÷
 * 月所定労働日数 × 欠勤日数, 1円未満切捨て (a company rule in the employee's favour), never more than the 基本給.
 * 日給・時給 are paid only for the days or hours worked, so they have no 欠勤控除.
 * @example absenceDeduction({ payType: "monthly", baseSalary: 300_000, daysPerMonth: 21, absenceDays: 1 }) // 14,285
 */
export function absenceDeduction(a: { payType: PayType; baseSalary: number; daysPerMonth: Dec; absenceDays: Dec }): number {
  if (a.payType !== "monthly" || a.absenceDays.isZero()) return 0;
  const exact = new Dec(a.baseSalary).times(a.absenceDays).div(a.daysPerMonth);
  return Math.min(a.baseSalary, absenceDeductionRounding(exact));
}
