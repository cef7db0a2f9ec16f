/**
 * What the clerk must fix (error: no file is produced) or confirm (warning: the file is produced).
 * Messages are Japanese and name the row, the field, the value and what is allowed.
 */
export type Severity = "error" | "warning";

export interface ZenginProblem {
  /** The row's sourceRow (the command line: the master file's row), else its 1-based place in the transfer list; 0 for the sender settings, the date or the whole file. */
  row: number;
  /** The field's Japanese name (受取人名, 口座番号, 振込指定日 …). */
  field: string;
  value: string;
  message: string;
  severity: Severity;
  /** 社員番号 of the row, when it comes from an employee. */
  employeeId?: string;
}

export function hasErrors(problems: readonly ZenginProblem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** "3行目（社員番号 102）口座番号「12345678」: …" for a terminal or a log. */
export function describeProblem(p: ZenginProblem): string {
  const where = p.row === 0 ? "" : `${p.row}行目${p.employeeId ? `（社員番号 ${p.employeeId}）` : ""} `;
  const tag = p.severity === "error" ? "エラー" : "注意";
  return `[${tag}] ${where}${p.field}「${p.value}」: ${p.message}`;
}
