/**
 * A1 addresses for the plan's zero-based coordinates. Sheet names are always quoted in references
 * ('給与計算'!F2): Excel accepts quotes on any name and requires them on names with spaces or symbols
 * such as 勤怠・変動's 「・」.
 */

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

/** '従業員'!M2 */
export function ref(sheet: string, row: number, col: number, absolute = false): string {
  return `${quoteSheet(sheet)}!${cell(row, col, absolute)}`;
}

/** Excel's 1900 date system: serial 25569 is 1970-01-01 (serial 60 is the fictitious 1900-02-29). */
export const EXCEL_SERIAL_OF_1970 = 25_569;

/** "2026-04-25" → 46137. */
export function isoToSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 + EXCEL_SERIAL_OF_1970;
}

/** 46137 → "2026-04-25". */
export function serialToIso(serial: number): string {
  return new Date((serial - EXCEL_SERIAL_OF_1970) * 86_400_000).toISOString().slice(0, 10);
}
