/**
 * Net pay (差引支給額) of every imported employee for the transfer step: the netPayOfEveryone job, under
 * the name the pane has always called it by.
 */
import type { Employee, MonthlyVariables } from "../../calc/payroll/employee";
import type { PayrollSettings } from "../../calc/payroll/types";
import type { LawContext } from "../../calc/law/lawContext";
import { NetPay, netPayOfEveryone } from "../../jobs/payroll/netPay";

export type { NetPay, PayrollFailure } from "../../jobs/payroll/netPay";

/** With `law`, the clerk's own law rows count, as they do in the workbook the pane builds. */
export function computeNetPay(a: { employees: readonly Employee[]; variables?: readonly MonthlyVariables[]; settings: PayrollSettings; law?: LawContext }): NetPay {
  return netPayOfEveryone(a);
}
