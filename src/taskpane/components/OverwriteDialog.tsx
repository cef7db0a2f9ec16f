/**
 * The question before an existing sheet is replaced (a backup copy offered first, since Excel cannot undo
 * what an add-in changes). Shared by 給与計算ブック and 年末調整検算: the same words, the same choices.
 */
import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

export type OverwriteAnswer = "overwrite" | "backup-and-overwrite" | "cancel";

export function OverwriteDialog(p: { open: boolean; message?: string; onAnswer: (answer: OverwriteAnswer) => void }) {
  return (
    <Dialog open={p.open} modalType="alert" onOpenChange={(_, d) => !d.open && p.onAnswer("cancel")}>
      <DialogSurface aria-describedby="overwrite-message">
        <DialogBody>
          <DialogTitle>既存のシートを作り直しますか</DialogTitle>
          <DialogContent id="overwrite-message">
            <Body1>{p.message}</Body1>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => p.onAnswer("backup-and-overwrite")}>
              バックアップしてから上書き
            </Button>
            <Button onClick={() => p.onAnswer("overwrite")}>バックアップせずに上書き</Button>
            <Button onClick={() => p.onAnswer("cancel")}>中止</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
