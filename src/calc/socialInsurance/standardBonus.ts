import { bonusCaps } from "../law/socialInsurance";
import { Day } from "../dates/calendar";
import { floorToThousandYen } from "../money/rounding";
import { Scheme } from "./types";

/**
 * 標準賞与額: the bonus with 1,000円未満切捨て, capped — 健康保険 at 573万円 a fiscal year (4/1〜3/31)
 * counting the 標準賞与額 already determined that year (健康保険法第45条第1項); 厚生年金 at 150万円 a month
 * counting bonuses already paid in the same month (厚生年金保険法第24条の4第1項).
 * @example standardBonus({ bonus: 2_000_500, scheme: "health", month, fiscalYearToDate: 4_500_000, monthToDate: 0 }) // 1,230,000
 */
export function standardBonus(a: { bonus: number; scheme: Scheme; month: Day; fiscalYearToDate: number; monthToDate: number }): number {
  const caps = bonusCaps.at(a.month);
  const standard = floorToThousandYen(a.bonus);
  const room = a.scheme === "health" ? caps.healthFiscalYear - a.fiscalYearToDate : caps.pensionMonthly - a.monthToDate;
  return Math.max(0, Math.min(standard, room));
}
