/** The state of an optional file (振込口座・勤怠・前回の結果): reading, read (with counts), or why it failed. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";

import type { SideFileView } from "../workflow/sideFileViews";

export type { SideFileView };

export function SideFileStatus(p: { view: SideFileView; onClear: () => void }) {
  const v = p.view;
  if (v.status === "none") return null;
  if (v.status === "loading") return <Spinner size="tiny" label={`「${v.fileName}」を読み込んでいます…`} />;
  const clear = (
    <MessageBarActions>
      <Button size="small" onClick={p.onClear}>
        取り消す
      </Button>
    </MessageBarActions>
  );
  if (v.status === "failed") {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{v.fileName}</MessageBarTitle>
          {v.message}
        </MessageBarBody>
        {clear}
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={v.errors > 0 ? "warning" : "success"}>
      <MessageBarBody>
        <MessageBarTitle>{v.fileName}</MessageBarTitle>
        {v.summary}
        {v.errors + v.warnings > 0 && `（エラー ${v.errors}件・注意 ${v.warnings}件）`}
      </MessageBarBody>
      {clear}
    </MessageBar>
  );
}
