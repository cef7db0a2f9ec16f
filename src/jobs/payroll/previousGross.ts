/**
 * 総支給額 far from the previous result's (more than 3× or under ⅓, grossChangedSharply): a 注意 on the
 * employee's master row, for the clerk to check before paying.
 */
import type { Employee } from "../../calc/payroll/employee";
import type { PayrollDetail } from "../../calc/payroll/payrollResult";
import { grossChangedSharply } from "../../calc/payroll/plausibility";
import type { JobProblem } from "../problem";

export function previousGrossProblems(
  run: { employees: readonly Employee[]; details: readonly PayrollDetail[]; rowOf: (e: Employee) => number },
  previous: readonly { employeeId: string; gross?: number }[],
): JobProblem[] {
  const gross = new Map(previous.map((p) => [p.employeeId, p.gross]));
  const byId = new Map(run.employees.map((e) => [e.id, e]));
  return run.details.flatMap((d) => {
    const finding = grossChangedSharply({ gross: d.gross, previousGross: gross.get(d.employeeId) });
    return finding ? [{ row: run.rowOf(byId.get(d.employeeId)!), column: finding.column, value: finding.value, message: `社員番号 ${d.employeeId}: ${finding.message}`, severity: finding.severity }] : [];
  });
}
