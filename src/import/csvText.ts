/**
 * The CSV files Sonae writes for the clerk to keep and read back (results, ledgers, 勤怠・変動 lines): UTF-8 with a
 * BOM and CRLF, as Excel saves 「CSV UTF-8」, so Excel opens them in Japanese and the import reads them as written.
 */

/** One cell: quoted only when it holds a comma, a quote or a line break. */
export function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** @example csvText([["社員番号", "氏名"], ["0001", "見本, 一郎"]]) // "\uFEFF社員番号,氏名\r\n0001,\"見本, 一郎\"\r\n" */
export function csvText(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
