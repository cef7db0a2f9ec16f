/** A message about the workbook's settings that could not be saved: shown until dismissed, blocking nothing. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";

export function HostMessage(p: { message?: string; onDismiss: () => void }) {
  if (!p.message) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{p.message}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={p.onDismiss}>
          閉じる
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
