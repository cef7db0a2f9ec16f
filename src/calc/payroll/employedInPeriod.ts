import { Day } from "../dates/calendar";
import { WagePeriod } from "./wagePeriod";

export type Employment = "employed" | "notYetHired" | "left";

/**
 * Whether an employee is paid for a 賃金計算期間: hired on or before its closing date and not left before its
 * first day. An employee outside the period gets no payroll line (and is reported, not dropped silently).
 * @example employedInPeriod({ hire: 2026-05-01, period: 2026-04 }) // "notYetHired"
 */
export function employedInPeriod(a: { hire?: Day; leave?: Day; period: WagePeriod }): Employment {
  if (a.hire !== undefined && a.hire > a.period.end) return "notYetHired";
  if (a.leave !== undefined && a.leave < a.period.start) return "left";
  return "employed";
}
