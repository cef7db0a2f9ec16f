/**
 * The monthly drill (備えの点検): Sonae's payroll of a month, computed by the payroll job from the exports, against
 * the payroll system's own results of that month — per employee and item, how many match to the yen, and for
 * each difference the likely reason. Run in good times, it shows whether the exports and settings Sonae would
 * use on the bad day give the system's figures. Everyone on either side is listed; nobody is dropped.
 */
import type { LawContext } from "../../calc/law/lawContext";
import type { PreviousResult } from "../../calc/records/previousResults";
import { employeeIdKey } from "../../calc/records/employeeIdKey";
import type { PayrollDetail, PayrollSkip } from "../../calc/payroll/payrollResult";
import type { Employee, MonthlyVariables } from "../../calc/payroll/employee";
import type { PayrollOfMonth } from "../payroll/runPayroll";
import type { JobProblem } from "../problem";
import { DrillCase, differs } from "./drillCase";
import { DrillItem, drillItemLabel, itemsInResults } from "./drillItems";
import { explainDifference } from "./explainDifference";
import { ResultRow, salaryRowsOfMonth } from "./salaryRowsOfMonth";

export interface DrillDifference {
  item: DrillItem;
  /** 総支給額, 健康保険 … */
  label: string;
  sonae: number;
  result: number;
  /** Sonae − 結果. */
  difference: number;
  reasons: string[];
}

export type DrillStatus = "match" | "differs" | "onlySonae" | "onlyResults";

export interface DrillEmployee {
  employeeId: string;
  name: string;
  status: DrillStatus;
  /** The row of the master (0 when not in it) and of the results file (0 when not in it). */
  masterRow: number;
  resultRow: number;
  differences: DrillDifference[];
  /** Why only one side has the employee. */
  note?: string;
}

export interface DrillReport {
  period: string;
  /** The items compared: those the results file has. */
  items: DrillItem[];
  employees: DrillEmployee[];
  matched: number;
  /** Employees who differ or are on one side only. */
  differing: number;
  /** The results rows of the month (0: the file holds other months only, named in otherMonths). */
  resultRowsOfMonth: number;
  otherMonths: string[];
  /** About the results file's rows (a person twice in the month). */
  problems: JobProblem[];
}

function compared(c: DrillCase, items: readonly DrillItem[]): DrillDifference[] {
  return items
    .filter((item) => differs(c, item))
    .map((item) => {
      const sonae = c.detail.line[item];
      const result = c.result[item] as number;
      return { item, label: drillItemLabel(item), sonae, result, difference: sonae - result, reasons: explainDifference(c, item) };
    });
}

/** The run's people by 社員番号 as compared across files (employeeIdKey): a drill of 10,000 looks each up once. */
interface RunIndex {
  employees: Map<string, Employee>;
  variables: Map<string, MonthlyVariables>;
  masterRows: Map<string, number>;
  skipped: Map<string, PayrollSkip>;
}

function indexRun(run: PayrollOfMonth): RunIndex {
  const byKey = <T>(items: readonly T[], id: (t: T) => string) => new Map(items.map((t) => [employeeIdKey(id(t)), t]));
  return {
    employees: byKey(run.employees, (e) => e.id),
    variables: byKey(run.variables, (v) => v.employeeId),
    masterRows: new Map([...run.masterRows].map(([id, row]) => [employeeIdKey(id), row])),
    skipped: byKey(run.skipped, (s) => s.employeeId),
  };
}

/** Why the results have someone Sonae did not pay this month. */
function onlyInResults(index: RunIndex, key: string): { name: string; masterRow: number; note: string } {
  const employee = index.employees.get(key);
  const masterRow = index.masterRows.get(key) ?? 0;
  const skip = index.skipped.get(key);
  if (skip) return { name: skip.name, masterRow, note: skip.message };
  if (employee) return { name: employee.name, masterRow, note: "Sonae はこの人の給与を計算できませんでした（標準エラーの「エラー」を見てください）。" };
  if (masterRow > 0) return { name: "", masterRow, note: `従業員マスタの${masterRow}行目が取り込めなかったため、Sonae は計算していません。` };
  return { name: "", masterRow: 0, note: "従業員マスタにいません（入社の登録漏れか、結果の社員番号の誤り）。" };
}

function employeeOf(a: { run: PayrollOfMonth; index: RunIndex; detail: PayrollDetail; row?: ResultRow; items: readonly DrillItem[]; law?: LawContext }): DrillEmployee {
  const key = employeeIdKey(a.detail.employeeId);
  const employee = a.index.employees.get(key) as Employee;
  const base = { employeeId: a.detail.employeeId, name: a.detail.name, masterRow: a.run.rowOf(employee), resultRow: a.row?.row ?? 0 };
  if (a.row === undefined) return { ...base, status: "onlySonae", differences: [], note: "結果ファイルにこの月の給与の行がありません（結果の出力漏れか、入社・退職の登録の違い）。" };
  const c: DrillCase = { employee, variables: a.index.variables.get(key), detail: a.detail, result: a.row.result, settings: a.run.settings, law: a.law };
  const differences = compared(c, a.items);
  return { ...base, status: differences.length === 0 ? "match" : "differs", differences };
}

export function drillMonth(a: { run: PayrollOfMonth; results: readonly PreviousResult[]; resultRows: readonly number[]; law?: LawContext }): DrillReport {
  const { run } = a;
  const month = salaryRowsOfMonth({ results: a.results, rows: a.resultRows, period: run.settings.period, payDate: run.settings.payDate });
  const items = itemsInResults(month.rows.map((r) => r.result));
  const byKey = new Map(month.rows.map((r) => [employeeIdKey(r.result.employeeId), r]));
  const index = indexRun(run);
  const employees = run.details.map((detail) => employeeOf({ run, index, detail, row: byKey.get(employeeIdKey(detail.employeeId)), items, law: a.law }));
  const paid = new Set(run.details.map((d) => employeeIdKey(d.employeeId)));
  for (const r of month.rows.filter((x) => !paid.has(employeeIdKey(x.result.employeeId)))) {
    const why = onlyInResults(index, employeeIdKey(r.result.employeeId));
    employees.push({ employeeId: r.result.employeeId, name: why.name, status: "onlyResults", masterRow: why.masterRow, resultRow: r.row, differences: [], note: why.note });
  }
  const matched = employees.filter((e) => e.status === "match").length;
  return { period: run.settings.period, items, employees, matched, differing: employees.length - matched, resultRowsOfMonth: month.rows.length, otherMonths: month.otherMonths, problems: month.problems };
}
