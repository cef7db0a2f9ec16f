/** Writing the 年末調整検算 sheet: the button (or why not yet), cancel, progress and the overwrite question. */
import { Button, Caption1 } from "@fluentui/react-components";
import type { BuildState } from "../../workflow/wizard";
import { WriteProgress } from "../WriteProgress";
import { OverwriteDialog, type OverwriteAnswer } from "../OverwriteDialog";
import { useYearEndStyles } from "./styles";

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
  const s = useYearEndStyles();
  const b = p.build;
  const running = b.status === "running" || b.status === "confirming";
  return (
    <>
      <div className={s.row}>
        <Button appearance="primary" data-testid="build" disabled={running || !!p.blocked || !!p.busy} onClick={p.onWrite}>
          {writeLabel(p.inExcel, b.status === "done")}
        </Button>
        {b.status === "running" && (
          <Button disabled={b.cancelling} onClick={p.onCancel}>
            {b.cancelling ? "中止しています…" : "中止"}
          </Button>
        )}
      </div>
      {p.blocked && p.fileName && !p.busy && <Caption1>{p.blocked}</Caption1>}
      <WriteProgress build={b} doneTitle="年末調整検算シートを作成しました" failedTitle="シートを作成できませんでした" />
      <OverwriteDialog open={b.status === "confirming"} message={b.status === "confirming" ? b.message : undefined} onAnswer={p.onAnswer} />
    </>
  );
}
