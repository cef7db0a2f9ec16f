/**
 * What the clerk must fix before a 届書 file is written (error) or should check (warning). Messages are
 * Japanese and name the person, the field, the value and what is allowed.
 */
export type Severity = "error" | "warning";

export interface TodokeProblem {
  /** The person's row in the source (the master's row), else their place in the list; 0 for OFFICE.json. */
  row: number;
  /** 社員番号, when the problem is a person's. */
  employeeId?: string;
  /** The field's Japanese name (カナ氏名, 事業所記号 …). */
  field: string;
  /** The field's number in the record (1-based), when it is a record field. */
  column?: number;
  value: string;
  message: string;
  severity: Severity;
}

export function hasErrors(problems: readonly TodokeProblem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** "3行目（社員番号 102）6列目 被保険者氏名（カナ）「ﾖｼﾀﾞﾀﾛｳ」: …" for a terminal or a log. */
export function describeProblem(p: TodokeProblem): string {
  const who = p.row === 0 ? "OFFICE.json" : `${p.row}行目${p.employeeId ? `（社員番号 ${p.employeeId}）` : ""}`;
  const column = p.column ? `${p.column}列目` : "";
  const tag = p.severity === "error" ? "エラー" : "注意";
  return `[${tag}] ${who}${column} ${p.field}「${p.value}」: ${p.message}`;
}
