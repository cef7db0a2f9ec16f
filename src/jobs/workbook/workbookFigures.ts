/**
 * The workbook's figures must be the payroll's, employee by employee: each computed line is compared with
 * the 給与計算 sheet's row of that employee (as the workbook evaluates it), and the sheet's totals are summed.
 */
import type { PayrollLine } from "../../calc/payroll/types";

/** The checked columns of 給与計算, by the line's key and the sheet's header. */
export const CHECKED_FIGURES: readonly (readonly [Exclude<keyof PayrollLine, "employeeId">, string])[] = [
  ["gross", "総支給額"],
  ["socialInsurance", "社会保険料計"],
  ["incomeTax", "所得税"],
  ["net", "差引支給額"],
];

export interface FigureMismatch {
  employeeId: string;
  header: string;
  /** The sheet's value as evaluated (a number, text or an error value). */
  inWorkbook: unknown;
  computed: number;
}

export function compareWorkbookFigures(a: {
  /** 社員番号 of each row of 給与計算, in order (row 1 is the first employee; row 0 the header). */
  employeeIds: readonly string[];
  lines: readonly PayrollLine[];
  /** The evaluated value of 給与計算's cell (row, column), 0-based. */
  valueAt: (row: number, col: number) => unknown;
  headers: readonly unknown[];
}): { mismatches: FigureMismatch[]; totals: Map<string, number> } {
  const rowOf = new Map(a.employeeIds.map((id, i) => [id, i + 1]));
  const mismatches: FigureMismatch[] = [];
  const totals = new Map<string, number>();
  for (const line of a.lines) {
    const row = rowOf.get(line.employeeId)!;
    for (const [key, header] of CHECKED_FIGURES) {
      const value = a.valueAt(row, a.headers.indexOf(header));
      if (value !== line[key]) mismatches.push({ employeeId: line.employeeId, header, inWorkbook: value, computed: line[key] });
      totals.set(header, (totals.get(header) ?? 0) + (typeof value === "number" ? value : 0));
    }
  }
  return { mismatches, totals };
}
