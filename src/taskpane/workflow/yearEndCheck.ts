/**
 * 「年末調整の検算シートを作る」 as pure state: the staff CSV read with the nencho reader
 * (src/import/nenchoStaff.ts), the 年分 chosen by the clerk, every row problem as a table row (row, column,
 * value, reason), and the plan to write. No React, no Excel: the component shows this, the Excel glue
 * writes `plan` with writeWorkbook (same overwrite question as the payroll workbook).
 */
import * as A from "../../calc/vocabulary";
import { CalcError } from "../../calc/law/errors";
import { COLUMNS, readStaffList, StaffList } from "../../import/nenchoStaff";
import { normalizeHeader as fold } from "../../import/schema";
import { planYearEndWorkbook, rowProblemNote, YearEndWorkbook } from "../../workbook/yearEndPlan";
import { OutOfScope, outOfYearEnd } from "../../jobs/yearEnd/outOfScope";

export type { OutOfScope } from "../../jobs/yearEnd/outOfScope";

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
  return { ...s, fileName, list: flagDuplicateIds(readStaffList(bytes)) };
}

/**
 * The same 社員番号 on two rows is an error on each of them, naming the other rows: one person would
 * otherwise be adjusted twice, or two people mixed up. Neither row goes on the sheet until the file is fixed.
 */
export function flagDuplicateIds(list: StaffList): StaffList {
  const rowsOf = new Map<string, number[]>();
  for (const r of list.rows) if (r.id.trim() !== "") rowsOf.set(r.id.trim(), [...(rowsOf.get(r.id.trim()) ?? []), r.row]);
  return {
    ...list,
    rows: list.rows.map((r) => {
      const same = rowsOf.get(r.id.trim()) ?? [];
      if (same.length < 2) return r;
      const others = same.filter((n) => n !== r.row).map((n) => `${n}行目`).join("・");
      return { ...r, errors: [...r.errors, { row: r.row, column: "社員番号", message: `社員番号 ${r.id} が ${others}にもあります。同じ人が2回、または別の人が同じ番号で載っています。` }] };
    }),
  };
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

/** The plan's notes that the problem table does not already show (row problems are shown there). */
export function notesBesideProblems(plan: YearEndWorkbook, list: StaffList): string[] {
  const shown = new Set(list.rows.flatMap((r) => r.errors.map(rowProblemNote)));
  return plan.notes.filter((n) => !shown.has(n));
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

export interface YearEndSummary {
  /** Data rows of the file (every line but the header and blank lines). */
  rows: number;
  /** Rows without problems: the employees the sheet will hold. */
  usable: number;
  /** Rows with at least one problem (left off the sheet). */
  rejected: number;
  /** Problems in all (a row may have several). */
  problems: number;
  /** Employees the sheet marks 対象外 (所得税法第190条), for a readable 年分 the law data covers. */
  outOfScope: OutOfScope[];
  /** Column headers of the file that are not the template's (ignored). */
  warnings: string[];
  /** Why 対象外 cannot be told yet (the 年分 unreadable or outside the law data), in Japanese. */
  scopeUnknown?: string;
}

/**
 * What the clerk sees before writing: counts, and who is outside 年末調整 — the same test the sheet makes
 * (給与等の収入金額 > the 第190条 limit looked up for the 年分), so the pane can say so before Excel does.
 */
export function yearEndSummary(s: YearEndCheckState): YearEndSummary | undefined {
  const list = s.list;
  if (!list || list.fatal) return undefined;
  const usableRows = list.rows.filter((r) => r.errors.length === 0);
  const base = {
    rows: list.rows.length,
    usable: usableRows.length,
    rejected: list.rows.length - usableRows.length,
    problems: list.rows.reduce((n, r) => n + r.errors.length, 0),
    warnings: list.warnings,
  };
  const year = parseYear(s.yearText);
  if (typeof year === "string") return { ...base, outOfScope: [], scopeUnknown: year };
  const scope = outOfYearEnd({ rows: usableRows, year });
  return "scopeUnknown" in scope ? { ...base, outOfScope: [], scopeUnknown: scope.scopeUnknown } : { ...base, outOfScope: scope.outOfScope };
}

/**
 * templates/nencho-template.csv made from the reader's own columns (the pane offers it as a Blob, no
 * network): UTF-8 with a BOM so that Excel opens it right, CRLF as Excel writes.
 */
export function nenchoTemplateCsv(): string {
  return `\uFEFF${COLUMNS.map((c) => c.header).join(",")}\r\n`;
}
