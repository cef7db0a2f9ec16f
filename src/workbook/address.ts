/**
 * A1 addresses for the plan's zero-based coordinates. Sheet names are always quoted in references
 * ('給与計算'!F2): Excel accepts quotes on any name and requires them on names with spaces or symbols
 * such as 勤怠・変動's 「・」.
 */
import { readIsoDay } from "../calc/dates/calendar";
import { serialOfDay } from "../calc/dates/excelSerial";

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 26. */
export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (1, 5) → "F2"; absolute → "$F$2". */
export function cell(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnName(col)}$${row + 1}` : `${columnName(col)}${row + 1}`;
}

/** Area → "F2:F11" (a single cell → "F2"). */
export function area(row: number, col: number, rows: number, cols: number): string {
  const first = cell(row, col);
  return rows === 1 && cols === 1 ? first : `${first}:${cell(row + rows - 1, col + cols - 1)}`;
}

/** 'name' with quotes doubled inside. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "2026-04-25" → 46137: a date of the plan as the Excel serial a sheet stores. */
export function isoToSerial(iso: string): number {
  const day = readIsoDay(iso);
  if (day === undefined) throw new Error(`not an ISO date: ${iso}`);
  return serialOfDay(day);
}
