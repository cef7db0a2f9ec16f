/**
 * The 年度更新's files: the workbook (the command's --xlsx: 申告書に転記 and 算定基礎賃金集計表), written into the
 * open workbook in Excel or downloaded as .xlsx in the plain page, and the figures as JSON (the command's --json).
 */
import { Button, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import type { BuildState } from "../../workflow/wizard";
import { OverwriteDialog, type OverwriteAnswer } from "../OverwriteDialog";
import { WriteButtons } from "../WriteButtons";
import { WriteProgress } from "../WriteProgress";
import { useTodokeStyles } from "../todoke/styles";

export interface NendoWrite {
  build: BuildState;
  inExcel: boolean;
  onWrite: () => void;
  onCancel: () => void;
  onAnswer: (answer: OverwriteAnswer) => void;
}

function label(inExcel: boolean, done: boolean): string {
  if (inExcel) return done ? "年度更新のシートをもう一度作成する" : "年度更新のシートをこのブックに作成";
  return done ? "年度更新のブックをもう一度ダウンロードする" : "年度更新のブック（.xlsx）をダウンロード";
}

export function NendoDownloads(p: { reason?: string; ready: boolean; write: NendoWrite; onJson: () => void }) {
  const s = useTodokeStyles();
  const b = p.write.build;
  return (
    <section className={s.part} aria-labelledby="nendo-download-title">
      <Subtitle2 as="h3" id="nendo-download-title">
        年度更新のブックと JSON
      </Subtitle2>
      {p.reason && (
        <MessageBar intent="info">
          <MessageBarBody>{p.reason}</MessageBarBody>
        </MessageBar>
      )}
      <WriteButtons build={b} label={label(p.write.inExcel, b.status === "done")} disabled={!p.ready} onWrite={p.write.onWrite} onCancel={p.write.onCancel} />
      <WriteProgress build={b} doneTitle="年度更新のブックを作成しました" failedTitle="年度更新のブックを作成できませんでした" />
      <OverwriteDialog open={b.status === "confirming"} message={b.status === "confirming" ? b.message : undefined} onAnswer={p.write.onAnswer} />
      <div className={s.row}>
        <Button disabled={!p.ready} data-testid="nendo-json" onClick={p.onJson}>
          数字を JSON でダウンロード
        </Button>
      </div>
    </section>
  );
}
