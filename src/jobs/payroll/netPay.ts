/**
 * Net pay (差引支給額) of every imported employee, for the transfer step and the build step's warnings.
 * Nobody disappears: an employee outside the pay period is listed as skipped with the core's reason, one
 * whose payroll fails is listed with the error.
 */
import type { Employee, MonthlyVariables } from "../../calc/payroll/employee";
import type { PayrollLine, PayrollSettings } from "../../calc/payroll/types";
import type { PayrollSkip } from "../../calc/payroll/payrollResult";
import type { LawContext } from "../../calc/law/lawContext";
import { payEmployee } from "./payEmployee";

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

/** With `law`, the rates and tables the clerk added count, as they do in the workbook. */
export function netPayOfEveryone(a: { employees: readonly Employee[]; variables?: readonly MonthlyVariables[]; settings: PayrollSettings; law?: LawContext }): NetPay {
  const variablesById = new Map((a.variables ?? []).map((v) => [v.employeeId, v]));
  const out: NetPay = { items: [], lines: [], skipped: [], failures: [] };
  for (const employee of a.employees) {
    const pay = payEmployee({ employee, variables: variablesById.get(employee.id), settings: a.settings, law: a.law });
    if (pay.status === "skipped") out.skipped.push(pay.skip);
    else if (pay.status === "failed") out.failures.push({ employeeId: employee.id, name: employee.name, message: pay.message });
    else {
      out.items.push({ employee, net: pay.detail.net });
      out.lines.push(pay.detail.line);
    }
  }
  return out;
}
