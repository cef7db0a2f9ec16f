/**
 * Months without results: an employee employed in a 賃金計算期間 of the year with no 給与 row for it. The
 * 賃金総額 is the sum of what was paid, so a month that is not there cannot be taken as zero: it is told, for
 * the clerk to add (a month with nothing paid is a row with 総支給額 0).
 */
import { dayOf, isoOf, isoMonthOf, isoToDay } from "../../calc/dates/calendar";
import { Employee } from "../../calc/payroll/employee";
import { employedInPeriod } from "../../calc/payroll/employedInPeriod";
import { wagePeriod } from "../../calc/payroll/wagePeriod";
import { workerCategory } from "../../calc/laborInsurance/workerCategory";
import { PlacedWage } from "./wageRows";

export interface MissingMonth {
  employeeId: string;
  /** 対象年月 "YYYY-MM" and its 賃金締切日 (ISO). */
  month: string;
  closingDate: string;
}

const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];

/**
 * @example missingMonths({ employees: [E1 hired 2026-10-01], wages: [E1 10月…2月], year: 2026, closingDay: 31 }) // [{ employeeId: "E1", month: "2027-03", closingDate: "2027-03-31" }]
 */
export function missingMonths(a: { employees: readonly Employee[]; wages: readonly PlacedWage[]; year: number; closingDay: number }): MissingMonth[] {
  const paid = new Set(a.wages.filter((w) => w.kind === "salary").map((w) => `${w.employee.id}/${isoMonthOf(w.day)}`));
  const missing: MissingMonth[] = [];
  for (const e of a.employees) {
    // A 役員 outside both insurances has no wages in the 賃金総額: nothing of theirs can be missing.
    if (workerCategory(e) === "outside") continue;
    const hire = e.hireDate === undefined ? undefined : isoToDay(e.hireDate);
    const leave = e.leaveDate === undefined ? undefined : isoToDay(e.leaveDate);
    for (const m of FISCAL_MONTHS) {
      const period = wagePeriod({ month: dayOf(m >= 4 ? a.year : a.year + 1, m, 1), closingDay: a.closingDay });
      const month = isoMonthOf(period.month);
      if (employedInPeriod({ hire, leave, period }) !== "employed" || paid.has(`${e.id}/${month}`)) continue;
      missing.push({ employeeId: e.id, month, closingDate: isoOf(period.end) });
    }
  }
  return missing;
}
