/**
 * Step 1 ファイルを選択: the master as a CSV (Shift_JIS or UTF-8, detected) or an .xlsx, by drag-and-drop or
 * the picker; or the cells pasted into the active sheet; and the template to start from.
 */
import { FileError } from "./FileError";
import { Body1, Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { FilePicker } from "./FilePicker";
import { ProblemTable, type ProblemTableRow } from "./ProblemTable";

export interface LoadedFileInfo {
  name: string;
  encodingLabel: string;
  validRows: number;
  rejectedRows: number;
}

export interface FileStepProps {
  busy?: string;
  fileError?: string;
  notice?: string;
  /** The problems of the file the clerk went to fix, kept until another file is read. */
  toFix?: { sourceName: string; problems: ProblemTableRow[] };
  onDownloadProblems?: () => void;
  /** Inside Excel: the pasted sheet can be read. */
  inExcel: boolean;
  loaded?: LoadedFileInfo;
  onFile: (file: File) => void;
  onReadSheet: () => void;
  onDownloadTemplate: () => void;
  onNext?: () => void;
  /** Switch to 「年末調整の検算シートを作る」 (a flow of its own). */
  onYearEnd: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function FileStep(p: FileStepProps) {
  const s = useStyles();
  return (
    <section className={s.root} aria-labelledby="step-file-title">
      <Subtitle2 as="h2" id="step-file-title">
        1. ファイルを選択
      </Subtitle2>
      <Body1>
        給与計算システムから出力した従業員マスタを選んでください。CSV（Shift_JIS・UTF-8、自動で判別）と Excel ブック（.xlsx）が使えます。
        ファイルはこのパソコンの中だけで読み、どこにも送信しません。
      </Body1>
      {p.notice && (
        <MessageBar intent="info">
          <MessageBarBody>{p.notice}</MessageBarBody>
        </MessageBar>
      )}
      {p.toFix && p.toFix.problems.length > 0 && (
        <ProblemTable label={`「${p.toFix.sourceName}」の問題の一覧（修正の参考に）`} rows={p.toFix.problems} showFile onDownloadCsv={p.onDownloadProblems} />
      )}
      <FilePicker
        label="従業員マスタのファイル"
        testId="master-file"
        buttonText="ファイルを選ぶ"
        hint="またはここにファイルをドラッグ＆ドロップ（.csv / .txt / .xlsx）"
        accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={!!p.busy}
        onFile={p.onFile}
      />
      <div className={s.row}>
        <Button disabled={!!p.busy || !p.inExcel} onClick={p.onReadSheet}>
          貼り付けたシートから読み込む
        </Button>
        {!p.inExcel && <Body1>（Excel の中で開いたときに使えます）</Body1>}
      </div>
      <Body1>
        作業中のシートに見出し行とデータを貼り付けた場合は「貼り付けたシートから読み込む」を押してください。
      </Body1>
      <div className={s.row}>
        <Link as="button" onClick={p.onDownloadTemplate}>
          従業員マスタのテンプレート（CSV）をダウンロード
        </Link>
      </div>
      <div className={s.row}>
        <Button appearance="secondary" disabled={!!p.busy} onClick={p.onYearEnd}>
          年末調整の検算シートを作る
        </Button>
        <Body1>（給与計算とは別の作業: 年末調整の従業員一覧から検算シートを作ります）</Body1>
      </div>
      {p.busy && <Spinner size="small" label={p.busy} />}
      <FileError message={p.fileError} />
      {p.loaded && !p.busy && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{p.loaded.name}</MessageBarTitle>
            文字コード: {p.loaded.encodingLabel}　取り込める行 {p.loaded.validRows}行・エラーのある行 {p.loaded.rejectedRows}行
          </MessageBarBody>
        </MessageBar>
      )}
      {p.loaded && p.onNext && (
        <div className={s.row}>
          <Button appearance="primary" data-testid="next" onClick={p.onNext}>
            次へ（列の対応付け）
          </Button>
        </div>
      )}
    </section>
  );
}
