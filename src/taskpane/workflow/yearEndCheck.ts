/**
 * 「年末調整の検算シートを作る」 as pure state: the staff CSV read with the nencho reader
 * (src/import/nenchoStaff.ts), the 年分 chosen by the clerk, every row problem as a table row (row, column,
 * value, reason), and the plan to write. No React, no Excel: the component shows this, the Excel glue
 * writes `plan` with writeWorkbook (same overwrite question as the payroll workbook).
 */
import * as A from "../../functions/args";
import { CalcError } from "../../calc/law/errors";
import { fold, readStaffList, StaffList } from "../../import/nenchoStaff";
import { planYearEndWorkbook, YearEndWorkbook } from "../../workbook/yearEndPlan";

export interface YearEndProblem {
  key: string;
  row: number;
  column: string;
  value: string;
  message: string;
}

export interface YearEndCheckState {
  fileName?: string;
  list?: StaffList;
  /** What the clerk typed: 2026, 令和8年, R8. */
  yearText: string;
}

export function initialYearEndCheck(thisYear: number): YearEndCheckState {
  return { yearText: String(thisYear) };
}

export function withFile(s: YearEndCheckState, fileName: string, bytes: Uint8Array): YearEndCheckState {
  return { ...s, fileName, list: readStaffList(bytes) };
}

/** The 年分, or the reason it cannot be read (in Japanese). */
export function parseYear(text: string): number | string {
  try {
    return A.year(text, "年分");
  } catch (e) {
    if (e instanceof CalcError) return e.message;
    throw e;
  }
}

/** Every problem of the file: a file that cannot be read at all is one problem on row 1. */
export function yearEndProblems(s: YearEndCheckState): YearEndProblem[] {
  const list = s.list;
  if (!list) return [];
  if (list.fatal) return [{ key: "fatal", row: 1, column: "（ファイル）", value: s.fileName ?? "", message: list.fatal }];
  return list.rows.flatMap((r) =>
    r.errors.map((e, k) => {
      return { key: `${r.row}-${k}`, row: e.row, column: e.column, value: columnValue(s, r.row, e.column), message: e.message };
    }),
  );
}

function columnValue(s: YearEndCheckState, row: number, column: string): string {
  // The column of a problem is the template's header: find it in the file's header line.
  const r = s.list!.rows.find((x) => x.row === row)!;
  const i = headerIndex(s, column);
  return i < 0 ? "" : (r.cells[i] ?? "");
}

function headerIndex(s: YearEndCheckState, column: string): number {
  return s.list?.header?.findIndex((h) => fold(h) === fold(column)) ?? -1;
}

/** Ready to write: a file with at least one usable row and a readable 年分. */
export function yearEndPlanOf(s: YearEndCheckState): { plan: YearEndWorkbook } | { reason: string } {
  if (!s.list) return { reason: "従業員一覧の CSV を選んでください。" };
  if (s.list.fatal) return { reason: s.list.fatal };
  const year = parseYear(s.yearText);
  if (typeof year === "string") return { reason: year };
  if (!s.list.rows.some((r) => r.errors.length === 0)) return { reason: "エラーのない行がありません。" };
  return { plan: planYearEndWorkbook({ rows: s.list.rows, year }) };
}
