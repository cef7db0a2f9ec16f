/**
 * The plausibility findings of a whole month, for the task pane before it builds and for the workbook's 検算
 * sheet: every employee computed as the 給与計算 sheet computes them, then checked by payrollPlausibility.
 * Employees outside the period or whose payroll fails are left to the messages that already report them.
 */
import { Day } from "../dates/calendar";
import { CalcError } from "../vocabulary/errors";
import type { LawContext } from "../law/lawContext";
import { computePayroll } from "./computePayroll";
import { Employee, MonthlyVariables } from "./employee";
import { PayrollDetail } from "./payrollResult";
import { PlausibilityFinding, payrollPlausibility } from "./plausibility";
import { parsePeriod } from "./settings";
import { PayrollSettings } from "./types";

export interface EmployeeFindings {
  employeeId: string;
  name: string;
  findings: PlausibilityFinding[];
}

/** The findings of months already computed (the command line has them), employees with findings only. */
export function plausibilityOfDetails(a: { details: readonly PayrollDetail[]; employees: readonly Employee[]; previousGross?: ReadonlyMap<string, number>; month: Day }): EmployeeFindings[] {
  const byId = new Map(a.employees.map((e) => [e.id, e]));
  return a.details.flatMap((detail) => {
    const e = byId.get(detail.employeeId);
    const findings = payrollPlausibility({ detail, healthStandard: e?.healthStandard, pensionStandard: e?.pensionStandard, previousGross: a.previousGross?.get(detail.employeeId), month: a.month });
    return findings.length > 0 ? [{ employeeId: detail.employeeId, name: detail.name, findings }] : [];
  });
}

/** @example plausibilityOfMonth({ employees, settings }) // [{ employeeId: "0001", name: "山田 太郎", findings: [{ column: "基本給", … }] }] */
export function plausibilityOfMonth(a: {
  employees: readonly Employee[];
  variables?: readonly MonthlyVariables[];
  settings: PayrollSettings;
  /** 総支給額 of the previous results, by 社員番号. */
  previousGross?: ReadonlyMap<string, number>;
  /** The law with the user's rows, as the payroll itself is computed. */
  law?: LawContext;
}): EmployeeFindings[] {
  const byId = new Map((a.variables ?? []).map((v) => [v.employeeId, v]));
  const details: PayrollDetail[] = [];
  for (const e of a.employees) {
    try {
      const outcome = computePayroll({ employee: e, variables: byId.get(e.id), settings: a.settings, law: a.law });
      if (outcome.status === "paid") details.push(outcome.detail);
    } catch (err) {
      if (!(err instanceof CalcError)) throw err;
    }
  }
  return plausibilityOfDetails({ details, employees: a.employees, previousGross: a.previousGross, month: parsePeriod(a.settings.period, "設定「対象年月」") });
}
