/** Writing the 年末調整検算 sheet: the button (or why not yet), cancel, progress and the overwrite question. */
import { Caption1 } from "@fluentui/react-components";
import type { BuildState } from "../../workflow/wizard";
import { WriteProgress } from "../WriteProgress";
import { WriteButtons } from "../WriteButtons";
import { OverwriteDialog, type OverwriteAnswer } from "../OverwriteDialog";

function writeLabel(inExcel: boolean, done: boolean): string {
  if (inExcel) return done ? "もう一度作成する" : "年末調整検算シートを作成";
  return done ? "もう一度ダウンロードする" : "年末調整検算ブック（.xlsx）をダウンロード";
}

export function YearEndWriteActions(p: {
  build: BuildState;
  inExcel: boolean;
  blocked?: string;
  busy?: string;
  fileName?: string;
  onWrite: () => void;
  onCancel: () => void;
  onAnswer: (answer: OverwriteAnswer) => void;
}) {
  const build = p.build;
  return (
    <>
      <WriteButtons build={build} label={writeLabel(p.inExcel, build.status === "done")} disabled={!!p.blocked || !!p.busy} onWrite={p.onWrite} onCancel={p.onCancel} />
      {p.blocked && p.fileName && !p.busy && <Caption1>{p.blocked}</Caption1>}
      <WriteProgress build={build} doneTitle="年末調整検算シートを作成しました" failedTitle="シートを作成できませんでした" />
      <OverwriteDialog open={build.status === "confirming"} message={build.status === "confirming" ? build.message : undefined} onAnswer={p.onAnswer} />
    </>
  );
}
