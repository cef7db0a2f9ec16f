/**
 * 賞与支払届 from the master and the 賞与 rows of a year of results: every bonus (bonusPayments over the
 * person's whole year, since the 健康保険 cap counts the 年度), optionally only those paid on one day.
 */
import { Day, monthStart, ymdOf } from "../../calc/dates/calendar";
import type { Employee } from "../../calc/payroll/employee";
import { bonusPayments } from "../../calc/socialInsurance/bonusPayment";
import type { ShoyoEntry } from "../../todoke";
import type { SourcedResult } from "../results/yearOfResults";
import { insuredPersonOf, seventyOrOverOn } from "./insuredPerson";

/**
 * @example shoyoEntries({ employees, rowOf, byEmployee, payDay: dayOf(2026, 7, 10) }) // [{ bonus: { total: 500,000, health: 500,000, … } }]
 */
export function shoyoEntries(a: { employees: readonly Employee[]; rowOf: (e: Employee) => number; byEmployee: ReadonlyMap<string, readonly SourcedResult[]>; payDay?: Day }): ShoyoEntry[] {
  const entries: ShoyoEntry[] = [];
  for (const e of a.employees) {
    if (e.healthStandard === undefined && e.pensionStandard === undefined) continue; // not insured: no 届
    const bonuses = bonusPayments(a.byEmployee.get(e.id) ?? []);
    bonuses.forEach((bonus, i) => {
      if (a.payDay !== undefined && bonus.payDay !== a.payDay) return;
      // 同一月内の賞与合算: a second bonus of the month names the day the first was paid.
      const first = bonuses.slice(0, i).find((b) => monthStart(b.payDay) === monthStart(bonus.payDay));
      const entry: ShoyoEntry = { person: insuredPersonOf(e, a.rowOf(e)), bonus, seventyOrOver: seventyOrOverOn(e, bonus.payDay), multipleOffices: e.multipleOffices };
      if (first) entry.firstPaymentDayOfMonth = ymdOf(first.payDay).day;
      entries.push(entry);
    });
  }
  return entries;
}
