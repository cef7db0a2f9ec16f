/**
 * The month's results in the results format (docs/master-template.md 「給与計算の結果」): the same file Sonae
 * reads back for 検算 and 前月同額 and, with the vendor's own exports, as the year of results the June
 * procedures are computed from. UTF-8 with a BOM (Excel opens it in Japanese) and CRLF.
 */
import { csvText } from "../../import/csvText";
import type { Employee, MonthlyVariables } from "../../calc/payroll/employee";
import type { PayrollDetail } from "../../calc/payroll/payrollResult";
import type { PayrollSettings } from "../../calc/payroll/types";
import { ItemAmount, WRITTEN_RESULTS_SCHEMA, PreviousResultsField, RESULT_AMOUNTS } from "../../calc/records/previousResults";
import { VARIABLE_FIELDS } from "../../calc/records/variables";
import { isoToDay } from "../../calc/dates/calendar";
import { paymentBasisDays } from "../../calc/socialInsurance/paymentBasisDays";
import type { JobProblem } from "../problem";

export interface ResultsFile {
  text: string;
  /** One data row per paid employee, in the order of the details. */
  rows: number;
  problems: JobProblem[];
}

type Cells = Partial<Record<PreviousResultsField, string | number>>;

/** 暦日 of the wage period (賃金計算期間), both ends included. */
function calendarDays(detail: PayrollDetail): number {
  return isoToDay(detail.periodEnd) - isoToDay(detail.periodStart) + 1;
}

/** Each kind of wage as the payroll line computed it: the 賃金台帳 shows them month by month. */
function itemsOf(d: PayrollDetail): Record<ItemAmount, number> {
  return {
    basePay: d.basePay, fixedAllowance: d.fixedAllowance, overtimePay: d.overtime, overtimeOver60Pay: d.overtimeOver60,
    holidayPay: d.holiday, lateNightPay: d.lateNight, commuteAllowance: d.commuteAllowance, absenceDeduction: d.absenceDeduction,
  };
}

function cellsOf(detail: PayrollDetail, employee: Employee | undefined, variables: MonthlyVariables | undefined, settings: PayrollSettings): Cells {
  const cells: Cells = {
    id: detail.employeeId,
    name: detail.name,
    period: detail.period,
    kind: "給与",
    payDate: detail.payDate,
    basisDays: paymentBasisDays({ payType: detail.payType, calendarDays: calendarDays(detail), workDays: variables?.workDays, absenceDays: variables?.absenceDays, scheduledDays: settings.scheduledDaysPerMonth }),
    // Sonae's payroll has no 現物給与 input: nothing was paid in kind.
    inKind: 0,
    fixedWage: employee ? employee.baseSalary + employee.fixedAllowance : undefined,
    dependents: detail.dependents,
    ...itemsOf(detail),
  };
  for (const f of RESULT_AMOUNTS) cells[f.key] = detail.line[f.key];
  for (const f of VARIABLE_FIELDS) cells[f.key] = variables?.[f.key];
  return cells;
}

/**
 * The results file of a month's payroll: 総支給額 includes 通勤手当 (it is 報酬 for social insurance), 基礎日数
 * per paymentBasisDays. A 日給・時給 person without 出勤日数 gets a blank 基礎日数 and a warning, since the
 * 算定基礎届 cannot count that month without it.
 * @example monthResultsCsv({ details, employees, variables, settings }).text // "\uFEFF社員番号,氏名,対象年月,種別,支給日,…\r\nF001,見本 一郎,2026-05,給与,2026-05-25,31,…\r\n"
 */
export function monthResultsCsv(a: { details: readonly PayrollDetail[]; employees: readonly Employee[]; variables: readonly MonthlyVariables[]; settings: PayrollSettings; rowOf?: (id: string) => number }): ResultsFile {
  const employees = new Map(a.employees.map((e) => [e.id, e]));
  const variables = new Map(a.variables.map((v) => [v.employeeId, v]));
  const problems: JobProblem[] = [];
  const lines: (string | number | undefined)[][] = [WRITTEN_RESULTS_SCHEMA.map((f) => f.header)];
  for (const d of a.details) {
    const cells = cellsOf(d, employees.get(d.employeeId), variables.get(d.employeeId), a.settings);
    if (cells.basisDays === undefined) {
      problems.push({ row: a.rowOf?.(d.employeeId) ?? 0, column: "出勤日数", value: "", message: `社員番号 ${d.employeeId}: ${d.payType === "daily" ? "日給" : "時給"}の人の出勤日数がないため、結果ファイルの基礎日数を空欄にしました（算定基礎届・月額変更届に必要です。勤怠・変動に出勤日数を入れてください）。`, severity: "warning" });
    }
    lines.push(WRITTEN_RESULTS_SCHEMA.map((f) => cells[f.key]));
  }
  return { text: csvText(lines), rows: a.details.length, problems };
}
