/**
 * Step 1 ファイルを選択: the master as a CSV (Shift_JIS or UTF-8, detected) or an .xlsx, by drag-and-drop or
 * the picker; or the cells pasted into the active sheet; and the template to start from.
 */
import { FileError } from "./FileError";
import { Body1, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { MasterSourcePicker } from "./file/MasterSourcePicker";
import { LoadedMaster, type LoadedFileInfo } from "./file/LoadedMaster";
import { ProblemTable, type ProblemTableRow } from "./ProblemTable";
import { SideFlowList } from "./file/SideFlowList";

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
  /** The work besides the payroll (年末調整の検算, 届書, …), each a flow of its own. */
  sideFlows: readonly { id: string; label: string; description: string }[];
  onSideFlow: (id: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
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
      <MasterSourcePicker {...p} />
      <SideFlowList flows={p.sideFlows} disabled={!!p.busy} onOpen={p.onSideFlow} />
      {p.busy && <Spinner size="small" label={p.busy} />}
      <FileError message={p.fileError} />
      {p.loaded && <LoadedMaster loaded={p.loaded} busy={p.busy} onNext={p.onNext} />}
    </section>
  );
}
