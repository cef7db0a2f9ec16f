/**
 * A 届書 worksheet described once, as columns — header, width, number format and the cell of each line —
 * so the CSV on stdout, the .xlsx sheet and the pane show the same figures under the same headers.
 */
import { csvCell } from "../../import/csvText";
import { tableSheet } from "../../workbook/table";
import type { SheetPlan } from "../../workbook/types";

export interface WorksheetColumn<T> {
  header: string;
  /** Width in characters (the .xlsx sheet). */
  width: number;
  /** "#,##0" for yen, "@" for codes whose leading zeros matter (社員番号, 被保険者整理番号). */
  format?: string;
  value: (line: T) => string | number;
}

export const YEN = "#,##0";
export const TEXT = "@";

/** The cells, one array per line (numbers as numbers). */
export function worksheetRows<T>(columns: readonly WorksheetColumn<T>[], lines: readonly T[]): (string | number)[][] {
  return lines.map((l) => columns.map((c) => c.value(l)));
}

/** The worksheet as CSV lines, header first. */
export function worksheetCsvLines<T>(columns: readonly WorksheetColumn<T>[], lines: readonly T[]): string[] {
  return [columns.map((c) => c.header), ...worksheetRows(columns, lines)].map((r) => r.map(csvCell).join(","));
}

/** The worksheet as a sheet of values: header row, one row per line, frozen on the first `freezeCols` columns. */
export function worksheetSheet<T>(name: string, columns: readonly WorksheetColumn<T>[], lines: readonly T[], freezeCols = 2): SheetPlan {
  const cell = (i: number, c: WorksheetColumn<T>) => {
    const v = c.value(lines[i]);
    return v === "" ? null : v;
  };
  const sheet = tableSheet({
    name,
    count: lines.length,
    freezeCols,
    columns: columns.map((c, k) => ({ key: String(k), header: c.header, width: c.width, format: c.format, value: (i: number) => cell(i, c) })),
  }).sheet;
  // Two lines for the wrapped headers: LibreOffice keeps the default height on open and would cut them.
  return { ...sheet, rowHeights: [{ row: 0, rows: 1, height: 30 }] };
}
