/** A problem of an imported file as the pane lists it: where, the value read, what is wrong, how grave. */
import type { ImportReport } from "../../import";
import type { SideFile } from "./wizard";

export interface ProblemRowView {
  key: string;
  file?: string;
  row: number | string;
  column: string;
  value: string;
  message: string;
  severity: "error" | "warning";
  severityLabel: string;
}

/** The problems of an optional file once it is read. */
export function sideFileProblems(file: SideFile<ImportReport>): ProblemRowView[] {
  if (file.status !== "loaded") return [];
  return file.result.problems.map((problem, i) => ({ key: String(i), ...problem, severityLabel: problem.severity === "error" ? "エラー" : "注意" }));
}
