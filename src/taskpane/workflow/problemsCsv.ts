/**
 * A problem list as a CSV the clerk can keep beside the file being fixed (UTF-8 with a BOM, so that Excel
 * opens it in Japanese). A value that Excel would take for a formula (=, +, -, @) is written after an
 * apostrophe, so that opening the list never runs what an imported cell contained.
 */
export interface CsvProblem {
  file?: string;
  row: number | string;
  column: string;
  value: string;
  message: string;
  severityLabel: string;
}

function quote(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** @example problemsCsv([{ row: 4, column: "生年月日", value: "1990/13/01", message: "…", severityLabel: "エラー" }]) // "\uFEFF種類,ファイル,行,列,値,内容\r\n…" */
export function problemsCsv(problems: readonly CsvProblem[]): string {
  const lines = [["種類", "ファイル", "行", "列", "値", "内容"].join(",")];
  for (const p of problems) lines.push([p.severityLabel, p.file ?? "", String(p.row), p.column, p.value, p.message].map(quote).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
