/**
 * The wage rows of a year, read from already-imported results: each row checked and placed in its 保険年度
 * and in the 集計表 (a salary by its 賃金締切日, a bonus by its 支給日).
 */
import { Day, readIsoDay, readIsoMonth } from "../../calc/dates/calendar";
import { Employee } from "../../calc/payroll/employee";
import { dayFixingWage, insuranceYearOfWage } from "../../calc/laborInsurance/insuranceYear";
import { JobProblem } from "../problem";

export interface NendoWageRow {
  employeeId: string;
  /** 種別: 給与 (salary) or 賞与 (bonus). */
  kind: "salary" | "bonus";
  /** 賃金締切日 (YYYY-MM-DD) of a salary; without it, 対象年月 (`period`, the month of the 賃金締切日) is used. */
  closingDate?: string;
  period?: string;
  /** 支給日 (YYYY-MM-DD): required for a bonus. */
  payDate?: string;
  /** 総支給額, 通勤手当 included (賃金総額: 徴収法第2条第2項). */
  gross: number;
  /** Where the row comes from, for messages. */
  file?: string;
  row?: number;
}

/** A row placed: its employee, the day that fixes it, its amount. */
export interface PlacedWage {
  employee: Employee;
  kind: "salary" | "bonus";
  day: Day;
  gross: number;
}

const KIND = { salary: "給与", bonus: "賞与" } as const;

/** A problem of a wage row, naming the file it came from (when known) apart from the message. */
export interface WageProblem extends JobProblem {
  file?: string;
}

function problem(w: NendoWageRow, column: string, value: unknown, message: string): WageProblem {
  return { ...(w.file !== undefined && { file: w.file }), row: w.row ?? 0, column, value: String(value ?? ""), message: `社員番号 ${w.employeeId} の${KIND[w.kind]}: ${message}`, severity: "error" };
}

function fixingDay(w: NendoWageRow): Day | undefined {
  const closingDay = w.closingDate ? readIsoDay(w.closingDate) : w.period ? readIsoMonth(w.period) : undefined;
  const payDay = w.payDate ? readIsoDay(w.payDate) : undefined;
  return dayFixingWage({ kind: w.kind, closingDay, payDay });
}

function rowProblem(w: NendoWageRow, byId: ReadonlyMap<string, Employee>, day: Day | undefined): WageProblem | undefined {
  if (!Number.isSafeInteger(w.gross) || w.gross < 0) return problem(w, "総支給額", w.gross, "総支給額は0以上の整数（円）で書いてください。");
  if (!byId.has(w.employeeId)) return problem(w, "社員番号", w.employeeId, "この社員番号は従業員マスタにありません（年度の途中で退職した人も、退職日を入れてマスタに載せてください。役員かどうか・雇用保険の有無で集計の欄が決まります）。");
  if (day !== undefined) return undefined;
  return w.kind === "salary"
    ? problem(w, w.closingDate ? "賃金締切日" : "対象年月", w.closingDate ?? w.period, "賃金締切日（YYYY-MM-DD）か対象年月（YYYY-MM）がない、または日付として読めないため、どの保険年度の賃金か決まりません。")
    : problem(w, "支給日", w.payDate, "賞与は支給日で保険年度が決まります。支給日を YYYY-MM-DD の形で書いてください。");
}

/** The rows of 保険年度 `year` (others are skipped: a results file may span two years) and the rows rejected. */
export function placeWages(rows: readonly NendoWageRow[], employees: readonly Employee[], year: number): { placed: PlacedWage[]; problems: WageProblem[] } {
  const byId = new Map(employees.map((e) => [e.id, e] as const));
  const placed: PlacedWage[] = [];
  const problems: WageProblem[] = [];
  for (const w of rows) {
    const day = fixingDay(w);
    const p = rowProblem(w, byId, day);
    if (p) problems.push(p);
    else if (insuranceYearOfWage({ kind: w.kind, closingDay: day, payDay: day }) === year) placed.push({ employee: byId.get(w.employeeId)!, kind: w.kind, day: day!, gross: w.gross });
  }
  return { placed, problems };
}
