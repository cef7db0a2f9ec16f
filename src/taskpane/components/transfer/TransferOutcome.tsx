/** The transfers that will be made, the names written in the bank's characters, the summary and the download. */
import { Body1, Button, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import type { TransferOutcomeView } from "../../workflow/transferView";
import { TransferList } from "../TransferList";
import { StickyActions } from "../StickyActions";
import { useTransferStyles } from "./styles";

export function TransferOutcome(p: {
  outcome: TransferOutcomeView;
  leftOut: Readonly<Record<string, string>>;
  onLeaveOut: (employeeId: string, reason: string | undefined) => void;
  onDownload: () => void;
}) {
  const s = useTransferStyles();
  const outcome = p.outcome;
  return (
    <>
      <Subtitle2 as="h3">振込の一覧</Subtitle2>
      <TransferList rows={outcome.review} leftOut={p.leftOut} onLeaveOut={p.onLeaveOut} />
      {outcome.nameChanges.length > 0 && (
        <>
          <Subtitle2 as="h3">銀行の文字に直した名前（{outcome.nameChanges.length}件）</Subtitle2>
          <Body1>振込データには右の形で書き込みます。口座の名義と同じか確かめてください。</Body1>
          <ul className={s.messages} aria-label="変換した名前の一覧">
            {outcome.nameChanges.map((c) => (
              <li key={`${c.row}-${c.field}`}>
                {c.row === 0 ? "依頼人" : `${c.row}行目 ${c.employeeId}`} {c.field}: {c.before} → <span className={s.mono}>{c.after}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <MessageBar intent={outcome.canDownload ? "success" : "error"} role="status">
        <MessageBarBody>{outcome.summary}</MessageBarBody>
      </MessageBar>
      <StickyActions>
        <Button appearance="primary" data-testid="next" disabled={!outcome.canDownload} onClick={p.onDownload}>
          振込データ（{outcome.fileName}）をダウンロード
        </Button>
      </StickyActions>
    </>
  );
}
