import { Day, fiscalYearOf } from "../dates/calendar";

/**
 * 保険年度 (4月1日〜翌年3月31日, 徴収法第2条第4項). 賃金 belongs to the year in which it became fixed (確定): a
 * salary by its 賃金締切日 — so a March close paid in April belongs to the year before (昭和24年基災収第5178号) —
 * and a bonus, which has no closing day, by the day it is paid.
 * @example insuranceYearOfWage({ kind: "salary", closingDay: 2027-03-31 }) // 2026
 */
export function insuranceYearOfWage(w: { kind: "salary" | "bonus"; closingDay?: Day; payDay?: Day }): number | undefined {
  const day = dayFixingWage(w);
  return day === undefined ? undefined : fiscalYearOf(day);
}

/** The day that fixes a wage (賃金締切日 of a salary, 支給日 of a bonus): it selects the 雇用保険料率 too. */
export function dayFixingWage(w: { kind: "salary" | "bonus"; closingDay?: Day; payDay?: Day }): Day | undefined {
  return w.kind === "salary" ? w.closingDay : w.payDay;
}
