/**
 * One employee's pay for the month, as the 給与計算 sheet computes it (computePayroll): paid with the
 * detail, skipped (not employed in the period) with the core's reason, or failed with the law's message —
 * never dropped.
 */
import type { Employee, MonthlyVariables } from "../../calc/payroll/employee";
import type { PayrollSettings } from "../../calc/payroll/types";
import type { PayrollDetail, PayrollSkip } from "../../calc/payroll/payrollResult";
import type { LawContext } from "../../calc/law/lawContext";
import { computePayroll } from "../../calc/payroll/computePayroll";
import { CalcError } from "../../calc/vocabulary/errors";

export type EmployeePay = { status: "paid"; detail: PayrollDetail } | { status: "skipped"; skip: PayrollSkip } | { status: "failed"; message: string };

export function payEmployee(a: { employee: Employee; variables?: MonthlyVariables; settings: PayrollSettings; law?: LawContext }): EmployeePay {
  try {
    return computePayroll(a);
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    return { status: "failed", message: e.message };
  }
}
