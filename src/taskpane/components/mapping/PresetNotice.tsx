/** The vendor preset a file was read by (「KING OF TIME 月別データ」として読みました), with the means to read it without. */
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface PresetNoticeProps {
  /** The preset in use, if any. */
  notice?: { text: string; description: string };
  /** The preset these headers would be read by, when the clerk turned it off. */
  offered?: string;
  busy?: boolean;
  onTurnOff: () => void;
  onTurnOn: () => void;
}

export function PresetNotice(p: PresetNoticeProps) {
  if (p.notice) {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="preset-notice">
        <MessageBarBody>
          <MessageBarTitle>{p.notice.text}</MessageBarTitle>
          {p.notice.description}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" disabled={p.busy} onClick={p.onTurnOff}>
            プリセットを使わない
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (!p.offered) return null;
  return (
    <div>
      <Caption1>「{p.offered}」のプリセットを使わず、見出しの名前だけで対応付けています。</Caption1>{" "}
      <Button size="small" disabled={p.busy} onClick={p.onTurnOn}>
        プリセットで読む
      </Button>
    </div>
  );
}
