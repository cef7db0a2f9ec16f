/**
 * Net pay (差引支給額) of every imported employee, computed by the core exactly as the 給与計算 sheet
 * computes it (computePayroll), for the transfer step. Nobody disappears: an employee outside the pay
 * period is listed as skipped with the core's reason, one whose payroll fails is listed with the error.
 */
import type { Employee, MonthlyVariables } from "../../calc/payroll/employee";
import type { PayrollLine, PayrollSettings } from "../../calc/payroll/types";
import type { PayrollSkip } from "../../calc/payroll/payrollResult";
import { computePayroll } from "../../calc/payroll/computePayroll";
import { CalcError } from "../../calc/law/errors";

export interface PayrollFailure {
  employeeId: string;
  name: string;
  message: string;
}

export interface NetPay {
  items: { employee: Employee; net: number }[];
  lines: PayrollLine[];
  skipped: PayrollSkip[];
  failures: PayrollFailure[];
}

export function computeNetPay(a: { employees: readonly Employee[]; variables?: readonly MonthlyVariables[]; settings: PayrollSettings }): NetPay {
  const byId = new Map((a.variables ?? []).map((v) => [v.employeeId, v]));
  const out: NetPay = { items: [], lines: [], skipped: [], failures: [] };
  for (const employee of a.employees) {
    try {
      const r = computePayroll({ employee, variables: byId.get(employee.id), settings: a.settings });
      if (r.status === "skipped") out.skipped.push(r.skip);
      else {
        out.items.push({ employee, net: r.detail.net });
        out.lines.push(r.detail.line);
      }
    } catch (e) {
      if (!(e instanceof CalcError)) throw e;
      out.failures.push({ employeeId: employee.id, name: employee.name, message: e.message });
    }
  }
  return out;
}
