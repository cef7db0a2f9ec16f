/**
 * The plausibility findings of a whole month, for the task pane before it builds and for the workbook's 検算
 * sheet: every employee computed as the 給与計算 sheet computes them, then checked by payrollPlausibility.
 * Employees outside the period or whose payroll fails are left to the messages that already report them.
 */
import { CalcError } from "../law/errors";
import { computePayroll } from "./computePayroll";
import { Employee, MonthlyVariables } from "./employee";
import { PlausibilityFinding, payrollPlausibility } from "./plausibility";
import { parsePeriod } from "./settings";
import { PayrollSettings } from "./types";

export interface EmployeeFindings {
  employeeId: string;
  name: string;
  findings: PlausibilityFinding[];
}

/** @example plausibilityOfMonth({ employees, settings }) // [{ employeeId: "0001", name: "山田 太郎", findings: [{ column: "基本給", … }] }] */
export function plausibilityOfMonth(a: {
  employees: readonly Employee[];
  variables?: readonly MonthlyVariables[];
  settings: PayrollSettings;
  /** 総支給額 of the previous results, by 社員番号. */
  previousGross?: ReadonlyMap<string, number>;
}): EmployeeFindings[] {
  const byId = new Map((a.variables ?? []).map((v) => [v.employeeId, v]));
  const month = parsePeriod(a.settings.period, "設定「対象年月」");
  const out: EmployeeFindings[] = [];
  for (const e of a.employees) {
    let outcome;
    try {
      outcome = computePayroll({ employee: e, variables: byId.get(e.id), settings: a.settings });
    } catch (err) {
      if (err instanceof CalcError) continue;
      throw err;
    }
    if (outcome.status !== "paid") continue;
    const findings = payrollPlausibility({ detail: outcome.detail, healthStandard: e.healthStandard, pensionStandard: e.pensionStandard, previousGross: a.previousGross?.get(e.id), month });
    if (findings.length > 0) out.push({ employeeId: e.id, name: e.name, findings });
  }
  return out;
}
