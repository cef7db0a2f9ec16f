/**
 * One employee whose month differs: what each reason of the drill looks at. Sonae's figures come from the
 * payroll job; the system's from its results row. The reasons are pure functions of this.
 */
import type { Employee, MonthlyVariables } from "../../calc/payroll/employee";
import type { PayrollDetail } from "../../calc/payroll/payrollResult";
import type { PayrollSettings } from "../../calc/payroll/types";
import type { LawContext } from "../../calc/law/lawContext";
import type { PreviousResult } from "../../calc/records/previousResults";
import { isoToDay, type Day } from "../../calc/dates/calendar";
import { resolveInsurer } from "../../calc/payroll/resolveInsurer";
import type { Insurer } from "../../calc/socialInsurance/types";
import { groupDigits } from "../../zengin/validate";
import type { DrillItem } from "./drillItems";

export interface DrillCase {
  employee: Employee;
  variables?: MonthlyVariables;
  /** Sonae's month of this employee. */
  detail: PayrollDetail;
  /** The system's results row of the same month. */
  result: PreviousResult;
  settings: PayrollSettings;
  law?: LawContext;
}

/** Whether the results have the item and say another amount than Sonae. */
export function differs(c: DrillCase, item: DrillItem): boolean {
  const theirs = c.result[item];
  return theirs !== undefined && theirs !== c.detail.line[item];
}

/** The one premium month Sonae deducted (○月分), or undefined when a leaver's pay deducts two. */
export function singlePremiumMonth(c: DrillCase): Day | undefined {
  const months = c.detail.premiumMonths;
  return months.length === 1 ? isoToDay(`${months[0].month}-01`) : undefined;
}

/** The employee's 健康保険 insurer as the payroll reads it. */
export function insurerOf(c: DrillCase): Insurer {
  return resolveInsurer({ insurer: c.employee.healthInsurer, fallback: c.settings.defaultInsurer, label: `社員番号 ${c.employee.id} の健康保険` });
}

/** "300,000円" */
export function yen(n: number): string {
  return `${groupDigits(n)}円`;
}
