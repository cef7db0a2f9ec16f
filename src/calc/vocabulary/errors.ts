/**
 * Typed failures of the calculation core. Adapters turn them into what their users see:
 * `#VALUE!` / `#N/A` / `#NUM!` in Excel, `{"error": …}` on the command line, a row message in the pane.
 * Messages are Japanese because they reach payroll staff verbatim.
 */
export type ErrorCode = "#VALUE!" | "#N/A" | "#NUM!";

/** A value refused as an argument: which argument, the value as given, and what is allowed instead. */
export interface Refusal {
  readonly argument: string;
  readonly value: unknown;
  readonly allowed: string;
}

export class CalcError extends Error {
  /** The argument refused, when the error is a refused value (`invalid`). */
  readonly argument?: string;
  /** The value as given, when the error is a refused value. */
  readonly value?: unknown;
  /** What is allowed instead, when the error is a refused value: the message without its「label「value」は使えません。」lead. */
  readonly allowed?: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    refusal?: Refusal,
  ) {
    super(message);
    this.name = "CalcError";
    if (refusal) {
      this.argument = refusal.argument;
      this.value = refusal.value;
      this.allowed = refusal.allowed;
    }
  }
}

/** The argument is not of an allowed form (名前・値・許される値を示す). */
export function invalid(argument: string, value: unknown, allowed: string): CalcError {
  return new CalcError("#VALUE!", `${argument}「${show(value)}」は使えません。${allowed}`, { argument, value, allowed });
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
