/**
 * A problem a use case reports, in the words every adapter shows: the row of the file the clerk opened
 * (0 when it is not about one row), the column by the file's header, the value as written, and what is
 * wrong. An error means the row or the employee has no result; a warning is computed, for the clerk to check.
 */
export interface JobProblem {
  /** Row of the file (1-based), or 0 when the problem is not about one row. */
  row: number;
  column: string;
  value: string;
  message: string;
  /** "error": the row (or the employee) has no result; "warning": computed, for the clerk to check. */
  severity?: "error" | "warning";
}

/** An import problem (or any with the same fields) as a job problem. */
export function asJobProblem(p: JobProblem): JobProblem {
  return { row: p.row, column: p.column, value: p.value, message: p.message, severity: p.severity };
}
