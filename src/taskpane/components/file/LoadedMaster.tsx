/** The master that was read (its name, encoding and row counts) and the way on to 列の対応付け. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";

export interface LoadedFileInfo {
  name: string;
  encodingLabel: string;
  validRows: number;
  rejectedRows: number;
}

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS } });

export function LoadedMaster(p: { loaded: LoadedFileInfo; busy?: string; onNext?: () => void }) {
  const s = useStyles();
  return (
    <>
      {!p.busy && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{p.loaded.name}</MessageBarTitle>
            文字コード: {p.loaded.encodingLabel}　取り込める行 {p.loaded.validRows}行・エラーのある行 {p.loaded.rejectedRows}行
          </MessageBarBody>
        </MessageBar>
      )}
      {p.onNext && (
        <div className={s.row}>
          <Button appearance="primary" data-testid="next" onClick={p.onNext}>
            次へ（列の対応付け）
          </Button>
        </div>
      )}
    </>
  );
}
