/**
 * The worksheet the office checks before filing (the command's --xlsx): written into the open workbook in
 * Excel, downloaded as .xlsx in the plain page — with the overwrite question, progress and cancel.
 */
import type { BuildState } from "../../workflow/wizard";
import { OverwriteDialog, type OverwriteAnswer } from "../OverwriteDialog";
import { WriteButtons } from "../WriteButtons";
import { WriteProgress } from "../WriteProgress";

function label(inExcel: boolean, done: boolean): string {
  if (inExcel) return done ? "ワークシートをもう一度作成する" : "ワークシートをこのブックに作成";
  return done ? "ワークシートをもう一度ダウンロードする" : "ワークシート（.xlsx）をダウンロード";
}

export function WorksheetWrite(p: { build: BuildState; inExcel: boolean; onWrite: () => void; onCancel: () => void; onAnswer: (answer: OverwriteAnswer) => void }) {
  const b = p.build;
  return (
    <>
      <WriteButtons build={b} label={label(p.inExcel, b.status === "done")} onWrite={p.onWrite} onCancel={p.onCancel} />
      <WriteProgress build={b} doneTitle="ワークシートを作成しました" failedTitle="ワークシートを作成できませんでした" />
      <OverwriteDialog open={b.status === "confirming"} message={b.status === "confirming" ? b.message : undefined} onAnswer={p.onAnswer} />
    </>
  );
}
