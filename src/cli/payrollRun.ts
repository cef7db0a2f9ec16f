/**
 * The payroll of a month from files, for the command line and the .xlsx rebuild: read the master (and the
 * variable items) with the import library, compute every employee with computePayroll, and report every
 * row that was rejected, every employee outside the period and every calculation that failed.
 */
import { basename } from "node:path";
import { CalcError } from "../calc/law/errors";
import { Employee, MonthlyVariables } from "../calc/payroll/employee";
import { PayrollLine, PayrollSettings } from "../calc/payroll/types";
import { PayrollDetail, PayrollSkip } from "../calc/payroll/payrollResult";
import type { LawContext } from "../calc/law/lawContext";
import { computePayroll } from "../calc/payroll/computePayroll";
import { defaultPayrollSettings, parsePeriod, readSettings } from "../calc/payroll/settings";
import { grossChangedSharply, payrollPlausibility } from "../calc/payroll/plausibility";
import { describeRowCounts } from "../import/header";
import { describeProblem, ImportError, importMasterFile, importVariablesFile, ImportReport, readTable } from "../import";
import { readHeaders } from "../import/engine";
import { DEFAULT_CONTEXT, normalizeEmployeeId } from "../import/normalize";
import { readInputFile } from "./inputFile";
import { UsageError } from "./usageError";

export interface RunProblem {
  /** Row of the file (1-based), or 0 when the problem is not about one row. */
  row: number;
  column: string;
  value: string;
  message: string;
  /** "error": the row (or the employee) has no line; "warning": computed, for the clerk to check. */
  severity?: "error" | "warning";
}

export interface PayrollRun {
  employees: Employee[];
  lines: PayrollLine[];
  details: PayrollDetail[];
  settings: PayrollSettings;
  problems: RunProblem[];
  /** Employees not employed in the period: no line (also in problems, as warnings). */
  skipped: PayrollSkip[];
  /** Rows rejected at import plus employees left without a line by an error: more than 0 means exit code 1. */
  rejectedCount: number;
  /** How many rows each file had, and how many were imported and rejected (for stderr). */
  rowCounts: string[];
  /** The file row of each employee (0 when unknown). */
  rowOf: (e: Employee) => number;
  /** The master file's row of each 社員番号 (rejected rows included), the one numbering every message uses. */
  masterRows: ReadonlyMap<string, number>;
  /** Master rows rejected at import: an employee there has no line because of that, not because it is unknown. */
  rejectedMasterRows: ReadonlySet<number>;
}

export const MASTER_LABEL = "従業員マスタ（--master）";

/**
 * Reads the files, computes every valid employee with the default settings (支給日 the 25th unless given, 末日締め,
 * 翌月徴収, 160時間・20日, 東京都, 一般) and returns lines in the master's order.
 */
export async function runPayrollFromFiles(o: {
  masterPath: string;
  period: string;
  payDate?: string;
  variablesPath?: string;
  law?: LawContext;
  /** Called as employees are computed (for a progress line). */
  onProgress?: (done: number, total: number) => void;
}): Promise<PayrollRun> {
  const settings = defaultPayrollSettings(o.period, o.payDate === undefined ? {} : { payDate: o.payDate });
  readSettings(settings); // a bad period or pay date stops here, with a message naming the setting
  const month = parsePeriod(settings.period, "対象年月");

  const masterBytes = await readInputFile(o.masterPath, MASTER_LABEL);
  const master = await namingPath(MASTER_LABEL, o.masterPath, () => importMasterFile(masterBytes, basename(o.masterPath)));
  if (master.employees.length === 0) throw new UsageError(unusableMasterMessage(o.masterPath, master));
  const problems: RunProblem[] = master.problems.map(toRunProblem);
  let rejectedCount = master.rejected.length;
  const rowCounts = [`従業員マスタ: ${describeRowCounts(master.rowCounts)}`];
  const masterRows = await rowsById(masterBytes, basename(o.masterPath), master);
  const rowOf = (e: Employee) => masterRows.get(e.id) ?? 0;

  const variablesById = new Map<string, MonthlyVariables>();
  const variablesRejected = new Map<string, number>();
  if (o.variablesPath !== undefined) {
    const bytes = await readInputFile(o.variablesPath, "勤怠・変動（--variables）");
    const vars = await namingPath("勤怠・変動（--variables）", o.variablesPath, () => importVariablesFile(bytes, basename(o.variablesPath!), undefined, master.employees));
    problems.push(...vars.problems.map(toRunProblem));
    rejectedCount += vars.rejected.length;
    rowCounts.push(`勤怠・変動: ${describeRowCounts(vars.rowCounts)}`);
    for (const v of vars.variables) variablesById.set(v.employeeId, v);
    if (vars.rejected.length > 0) {
      const idByRow = new Map([...(await rowsById(bytes, basename(o.variablesPath), vars))].map(([id, row]) => [row, id]));
      for (const r of vars.rejected) {
        const id = idByRow.get(r.row);
        if (id !== undefined) variablesRejected.set(id, r.row);
      }
    }
  }

  const lines: PayrollLine[] = [];
  const details: PayrollDetail[] = [];
  const skipped: PayrollSkip[] = [];
  for (const [index, employee] of master.employees.entries()) {
    o.onProgress?.(index, master.employees.length);
    const row = rowOf(employee);
    const badVariables = variablesRejected.get(employee.id);
    if (badVariables !== undefined) {
      // Paying without the month's hours would be a wrong figure, not a provisional one.
      problems.push({ row, column: "社員番号", value: employee.id, message: `勤怠・変動ファイルの${badVariables}行目が取り込めなかったため、社員番号 ${employee.id} の給与は計算しません。`, severity: "error" });
      continue;
    }
    try {
      const outcome = computePayroll({ employee, variables: variablesById.get(employee.id), settings, law: o.law });
      if (outcome.status === "skipped") {
        skipped.push(outcome.skip);
        const left = outcome.skip.reason === "left";
        problems.push({ row, column: left ? "退職日" : "入社日", value: (left ? employee.leaveDate : employee.hireDate) ?? "", message: outcome.skip.message, severity: "warning" });
        continue;
      }
      const findings = payrollPlausibility({ detail: outcome.detail, healthStandard: employee.healthStandard, pensionStandard: employee.pensionStandard, month });
      problems.push(...findings.map((f) => ({ row, column: f.column, value: f.value, message: `社員番号 ${employee.id}: ${f.message}`, severity: f.severity })));
      if (findings.some((f) => f.severity === "error")) {
        rejectedCount++;
        continue;
      }
      details.push(outcome.detail);
      lines.push(outcome.detail.line);
      for (const note of outcome.detail.notes) problems.push({ row, column: "", value: "", message: `社員番号 ${employee.id}: ${note}`, severity: "warning" });
    } catch (e) {
      if (!(e instanceof CalcError)) throw e;
      problems.push({ row, column: "", value: "", message: `社員番号 ${employee.id} の給与を計算できません: ${e.message}`, severity: "error" });
      rejectedCount++;
    }
  }
  o.onProgress?.(master.employees.length, master.employees.length);
  const rejectedMasterRows = new Set(master.rejected.map((r) => r.row));
  return { employees: master.employees, lines, details, settings, problems, skipped, rejectedCount, rowCounts, rowOf, masterRows, rejectedMasterRows };
}

/** 総支給額 far from the previous result's (more than 3× or under ⅓): a 注意 on the employee's master row. */
export function previousGrossProblems(run: PayrollRun, previous: readonly { employeeId: string; gross?: number }[]): RunProblem[] {
  const gross = new Map(previous.map((p) => [p.employeeId, p.gross]));
  const byId = new Map(run.employees.map((e) => [e.id, e]));
  return run.details.flatMap((d) => {
    const f = grossChangedSharply({ gross: d.gross, previousGross: gross.get(d.employeeId) });
    return f ? [{ row: run.rowOf(byId.get(d.employeeId)!), column: f.column, value: f.value, message: `社員番号 ${d.employeeId}: ${f.message}`, severity: f.severity }] : [];
  });
}

/** A file that cannot be read as a table at all (empty, .xls, unknown encoding) is a usage error naming it. */
async function namingPath<T>(label: string, path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof ImportError) throw new UsageError(`${label}「${path}」: ${e.message}`);
    throw e;
  }
}

/**
 * A master none of whose rows can be used (a required column missing, English headers, the variables file
 * given as master, every row rejected) is a usage error: paying nobody and reporting success would hide it.
 */
function unusableMasterMessage(path: string, master: ImportReport<string>): string {
  const problems = master.problems.filter((p) => p.severity === "error");
  const shown = problems.slice(0, 20).map((p) => `  ${describeProblem(p)}`);
  if (problems.length > shown.length) shown.push(`  ほか ${problems.length - shown.length}件`);
  return [`${MASTER_LABEL}「${path}」に給与を計算できる行がありません${master.rejected.length > 0 ? `（${master.rejected.length}行すべてエラー）` : ""}。何も作成していません。`, ...shown].join("\n");
}

function toRunProblem(p: { row: number; column: string; value: string; message: string; severity?: "error" | "warning" }): RunProblem {
  return { row: p.row, column: p.column, value: p.value, message: p.message, severity: p.severity };
}

/**
 * The file row of each 社員番号, so that a problem found after import (outside the period, a calculation
 * error) names the row the user sees. The import returns records without their rows, so the table is read
 * again and the 社員番号 column found by the header the import used. Empty when it cannot be found.
 */
async function rowsById(bytes: Uint8Array, fileName: string, report: ImportReport<string>): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const idHeader = (report.mapping.columns as Record<string, string | undefined>).id;
  const column = idHeader === undefined ? -1 : report.headers.indexOf(idHeader);
  if (column < 0) return out;
  const table = await readTable(bytes, fileName);
  const wanted = report.headers.join("\u0000");
  const headerIndex = table.rows.findIndex((cells) => readHeaders(cells).join("\u0000") === wanted);
  if (headerIndex < 0) return out;
  for (let i = headerIndex + 1; i < table.rows.length; i++) {
    const id = normalizeEmployeeId(table.rows[i][column] ?? "", { ...DEFAULT_CONTEXT, date1904: table.date1904 });
    if ("value" in id && !out.has(id.value)) out.set(id.value, table.rowNumbers[i]);
  }
  return out;
}
