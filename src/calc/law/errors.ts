/**
 * Typed failures of the calculation core. Adapters turn them into what their users see:
 * `#VALUE!` / `#N/A` / `#NUM!` in Excel, `{"error": …}` on the command line, a row message in the pane.
 * Messages are Japanese because they reach payroll staff verbatim.
 */
export type ErrorCode = "#VALUE!" | "#N/A" | "#NUM!";

export class CalcError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CalcError";
  }
}

/** The argument is not of an allowed form (名前・値・許される値を示す). */
export function invalid(argument: string, value: unknown, allowed: string): CalcError {
  return new CalcError("#VALUE!", `${argument}「${show(value)}」は使えません。${allowed}`);
}

/** The law data has no value for this date: never reuse an old rate silently. */
export function noData(table: string, when: string): CalcError {
  return new CalcError("#N/A", `${table}は${when}のデータがありません（収録範囲外）。`);
}

/** A result that the rule itself cannot produce (the law sends the case elsewhere). */
export function notApplicable(message: string): CalcError {
  return new CalcError("#N/A", message);
}

export function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "（空欄）";
  if (typeof value === "string") return value;
  return String(value);
}
