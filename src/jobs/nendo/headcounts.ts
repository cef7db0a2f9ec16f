/**
 * ④常時使用労働者数 and ⑤雇用保険被保険者数 of the 申告書, from the master: who was employed on each month's
 * 賃金締切日 (入社日・退職日), in which column (役員, 雇用保険). Taken from the master, not from who was paid,
 * because the しおり counts the workers on the roll that day; a worker on unpaid leave is still one.
 */
import { dayOf, isoMonthOf, isoOf, isoToDay } from "../../calc/dates/calendar";
import { Employee } from "../../calc/payroll/employee";
import { wagePeriod } from "../../calc/payroll/wagePeriod";
import { employedOnClosingDate, monthlyAverageHeadcount } from "../../calc/laborInsurance/averageHeadcount";
import { countsForEmploymentInsurance, countsForWorkersCompensation } from "../../calc/laborInsurance/workerCategory";

export interface MonthHeadcount {
  /** 対象年月 "YYYY-MM" and its 賃金締切日 (ISO). */
  month: string;
  closingDate: string;
  /** 労災保険の対象の労働者 (常用・役員で労働者扱い・臨時) and of them the 雇用保険の被保険者. */
  workers: number;
  insured: number;
}

export interface Headcounts {
  /** ④常時使用労働者数 and ⑤雇用保険被保険者数: the 1か月平均. */
  workers: number;
  insured: number;
  months: MonthHeadcount[];
}

const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];

/** @example headcounts({ employees, year: 2025, closingDay: 31 }) // { workers: 4, insured: 2, months: [{ month: "2025-04", closingDate: "2025-04-30", workers: 5, insured: 3 }, …] } */
export function headcounts(a: { employees: readonly Employee[]; year: number; closingDay: number }): Headcounts {
  const people = a.employees.filter(countsForWorkersCompensation).map((e) => ({
    insured: countsForEmploymentInsurance(e),
    hire: e.hireDate === undefined ? undefined : isoToDay(e.hireDate),
    leave: e.leaveDate === undefined ? undefined : isoToDay(e.leaveDate),
  }));
  const months = FISCAL_MONTHS.map((m): MonthHeadcount => {
    const period = wagePeriod({ month: dayOf(m >= 4 ? a.year : a.year + 1, m, 1), closingDay: a.closingDay });
    const onRoll = people.filter((p) => employedOnClosingDate({ ...p, closingDate: period.end }));
    return { month: isoMonthOf(period.month), closingDate: isoOf(period.end), workers: onRoll.length, insured: onRoll.filter((p) => p.insured).length };
  });
  return { workers: monthlyAverageHeadcount(months.map((m) => m.workers)), insured: monthlyAverageHeadcount(months.map((m) => m.insured)), months };
}
