/** The transfer file and its review as the 振込データ作成 step shows them. */
import type { TransferOutcome, TransferReviewRow } from "./transfer";
import type { ProblemRowView } from "./problemRows";
import type { NameChange } from "../../zengin/build";

/** A name written in the bank's characters (before → after), as the file build reports it. */
export type NameChangeView = NameChange;

export interface TransferOutcomeView {
  review: TransferReviewRow[];
  nameChanges: NameChangeView[];
  /** Problems of the file as a whole (依頼人, 振込指定日…). */
  fileProblems: ProblemRowView[];
  summary: string;
  fileName: string;
  canDownload: boolean;
}

export function transferOutcomeView(outcome: TransferOutcome): TransferOutcomeView {
  return {
    review: outcome.review,
    nameChanges: outcome.result.nameChanges,
    fileProblems: outcome.fileProblems.map((problem, i) => ({
      key: String(i),
      row: "",
      column: problem.field,
      value: problem.value,
      message: problem.message,
      severity: problem.severity,
      severityLabel: problem.severity === "error" ? "エラー" : "注意",
    })),
    summary: outcome.summary,
    fileName: outcome.fileName,
    canDownload: outcome.result.bytes.length > 0,
  };
}
