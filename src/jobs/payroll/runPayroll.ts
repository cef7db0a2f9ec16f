/**
 * The payroll of a month from the imported master (and variable items): every employee computed, every
 * problem named by its file row — rows rejected at import, employees outside the period, plausibility
 * findings and calculations that failed. Lines come in the master's order.
 */
import type { Employee, MonthlyVariables } from "../../calc/payroll/employee";
import type { PayrollLine, PayrollSettings } from "../../calc/payroll/types";
import type { PayrollDetail, PayrollSkip } from "../../calc/payroll/payrollResult";
import type { LawContext } from "../../calc/law/lawContext";
import type { Day } from "../../calc/dates/calendar";
import { parsePeriod } from "../../calc/payroll/settings";
import { payrollPlausibility } from "../../calc/payroll/plausibility";
import type { ImportResult } from "../../import/master";
import type { VariablesImportResult } from "../../import/variables";
import { asJobProblem, JobProblem } from "../problem";
import { payEmployee } from "./payEmployee";
import { rowsOfIds } from "./rowsOfIds";

export interface PayrollOfMonth {
  employees: Employee[];
  /** The imported variable items (empty without a variables file). */
  variables: MonthlyVariables[];
  lines: PayrollLine[];
  details: PayrollDetail[];
  settings: PayrollSettings;
  problems: JobProblem[];
  /** Employees not employed in the period: no line (also in problems, as warnings). */
  skipped: PayrollSkip[];
  /** Rows rejected at import plus employees left without a line by an error: more than 0 means exit code 1. */
  rejectedCount: number;
  /** The file row of each employee (0 when unknown). */
  rowOf: (e: Employee) => number;
  /** The master file's row of each 社員番号 (rejected rows included), the one numbering every message uses. */
  masterRows: ReadonlyMap<string, number>;
  /** Master rows rejected at import: an employee there has no line because of that, not because it is unknown. */
  rejectedMasterRows: ReadonlySet<number>;
}

/**
 * The 社員番号 whose variables row was rejected, with that row: paying them without the month's hours
 * would be a wrong figure, not a provisional one.
 */
function rejectedVariables(variables: VariablesImportResult | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (variables === undefined || variables.rejected.length === 0) return out;
  const firstRows = rowsOfIds({ ids: variables.variables.map((v) => v.employeeId), ...variables });
  variables.rejected.forEach((r, i) => {
    const id = variables.rejectedIds[i];
    // A repeated number is named by its first row, as every other message about it is.
    if (id !== undefined && firstRows.get(id) === r.row) out.set(id, r.row);
  });
  return out;
}

export function runPayroll(a: {
  master: ImportResult;
  variables?: VariablesImportResult;
  settings: PayrollSettings;
  law?: LawContext;
  /** Called as employees are computed (for a progress line). */
  onProgress?: (done: number, total: number) => void;
}): PayrollOfMonth {
  const { master, settings } = a;
  const month = parsePeriod(settings.period, "対象年月");
  const masterRows = rowsOfIds({ ids: master.employees.map((e) => e.id), ...master });
  const rowOf = (e: Employee) => masterRows.get(e.id) ?? 0;
  const variables = a.variables?.variables ?? [];
  const variablesById = new Map(variables.map((v) => [v.employeeId, v]));
  const badVariables = rejectedVariables(a.variables);
  const run: PayrollOfMonth = {
    employees: master.employees,
    variables,
    lines: [],
    details: [],
    settings,
    problems: [...master.problems, ...(a.variables?.problems ?? [])].map(asJobProblem),
    skipped: [],
    rejectedCount: master.rejected.length + (a.variables?.rejected.length ?? 0),
    rowOf,
    masterRows,
    rejectedMasterRows: new Set(master.rejected.map((r) => r.row)),
  };
  for (const [index, employee] of master.employees.entries()) {
    a.onProgress?.(index, master.employees.length);
    const badRow = badVariables.get(employee.id);
    if (badRow !== undefined) {
      run.problems.push({ row: rowOf(employee), column: "社員番号", value: employee.id, message: `勤怠・変動ファイルの${badRow}行目が取り込めなかったため、社員番号 ${employee.id} の給与は計算しません。`, severity: "error" });
      continue;
    }
    payOne(run, { employee, variables: variablesById.get(employee.id), law: a.law, month });
  }
  a.onProgress?.(master.employees.length, master.employees.length);
  return run;
}

/** One employee into the run: a line, or the reason there is none; plausibility errors withhold the line. */
function payOne(run: PayrollOfMonth, a: { employee: Employee; variables?: MonthlyVariables; law?: LawContext; month: Day }): void {
  const { employee } = a;
  const row = run.rowOf(employee);
  const pay = payEmployee({ employee, variables: a.variables, settings: run.settings, law: a.law });
  if (pay.status === "failed") {
    run.problems.push({ row, column: "", value: "", message: `社員番号 ${employee.id} の給与を計算できません: ${pay.message}`, severity: "error" });
    run.rejectedCount++;
    return;
  }
  if (pay.status === "skipped") {
    run.skipped.push(pay.skip);
    const left = pay.skip.reason === "left";
    run.problems.push({ row, column: left ? "退職日" : "入社日", value: (left ? employee.leaveDate : employee.hireDate) ?? "", message: pay.skip.message, severity: "warning" });
    return;
  }
  const findings = payrollPlausibility({ detail: pay.detail, healthStandard: employee.healthStandard, pensionStandard: employee.pensionStandard, month: a.month });
  run.problems.push(...findings.map((f) => ({ row, column: f.column, value: f.value, message: `社員番号 ${employee.id}: ${f.message}`, severity: f.severity })));
  if (findings.some((f) => f.severity === "error")) {
    run.rejectedCount++;
    return;
  }
  run.details.push(pay.detail);
  run.lines.push(pay.detail.line);
  for (const note of pay.detail.notes) run.problems.push({ row, column: "", value: "", message: `社員番号 ${employee.id}: ${note}`, severity: "warning" });
}
