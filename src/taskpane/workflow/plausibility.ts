/**
 * The plausibility 注意 of the month, before the workbook is built: the same findings the 検算 sheet's 備考
 * and the command line show (src/calc/payroll/plausibility.ts), as sentences for the build step.
 */
import type { Employee, MonthlyVariables } from "../../calc/payroll/employee";
import type { PayrollSettings } from "../../calc/payroll/types";
import type { LawContext } from "../../calc/law/lawContext";
import { EmployeeFindings, plausibilityOfMonth } from "../../calc/payroll/plausibilityOfMonth";
import type { PreviousResult } from "../../calc/records/previousResults";
import { previousGrossOf } from "../../workbook/sheets/check";

export function monthPlausibility(a: { employees: readonly Employee[]; variables?: readonly MonthlyVariables[]; settings: PayrollSettings; previous?: readonly PreviousResult[]; law?: LawContext }): EmployeeFindings[] {
  return plausibilityOfMonth({ employees: a.employees, variables: a.variables, settings: a.settings, previousGross: previousGrossOf(a.previous), law: a.law });
}

/** "注意: 社員番号 0002（佐藤 花子）「基本給」 今月の基本給 …" — one line per finding, every employee. */
export function plausibilityLines(found: readonly EmployeeFindings[]): string[] {
  return found.flatMap((e) => e.findings.map((f) => `${f.severity === "error" ? "エラー" : "注意"}: 社員番号 ${e.employeeId}（${e.name}）「${f.column}」 ${f.message}`));
}
