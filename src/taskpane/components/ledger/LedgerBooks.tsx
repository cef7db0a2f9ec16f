/**
 * 賃金台帳・源泉徴収簿を作る: the master, the results files (one at a time, any number), the 年末調整 staff list
 * (optional), the year and the 締め日 (the 設定's, a settings.json's, or typed),
 * what was read, who gets a ledger and every note (months without data, items a file lacked), and the write
 * (Excel: sheets 「賃金台帳」「源泉徴収簿」 in the open workbook; browser: an .xlsx). Props only: LedgerFlow.tsx
 * owns the state.
 */
import { SideFlowHeading } from "../SideFlowHeading";
import { useId } from "react";
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { BuildState } from "../../workflow/wizard";
import { FilePicker } from "../FilePicker";
import { MasterChoice } from "../file/MasterChoice";
import type { LoadedMaster } from "../../sideFlows";
import { ACCEPT, LedgerOptions, type LedgerOptionsProps } from "./LedgerOptions";
import { FileError } from "../FileError";
import { OverwriteDialog, type OverwriteAnswer } from "../OverwriteDialog";
import { WriteButtons } from "../WriteButtons";
import { WriteProgress } from "../WriteProgress";
import { useYearEndStyles } from "../yearEnd/styles";

/** The options (staff list, year, 締め日: LedgerOptions.tsx) and the rest of the flow. */
export interface LedgerBooksProps extends Omit<LedgerOptionsProps, "disabled" | "running"> {
  busy?: string;
  fileError?: string;
  counts: { name: string; text: string; removable: boolean }[];
  problems: { file: string; row: number; column: string; message: string }[];
  lines: string[];
  notes: string[];
  blocked?: string;
  build: BuildState;
  inExcel: boolean;
  /** The master of the payroll steps, offered before a file. */
  loadedMaster?: LoadedMaster;
  /** The master in use when it is the payroll steps' one (a file's is listed with the other files). */
  masterFromPayroll?: { name: string; employees: number; fromPayroll: true };
  onMaster: (file: File) => void;
  onLoadedMaster: (m: LoadedMaster) => void;
  onResults: (file: File) => void;
  onRemove: (name: string) => void;
  onWrite: () => void;
  onCancel: () => void;
  onAnswer: (answer: OverwriteAnswer) => void;
  onBack: () => void;
}

export function LedgerBooks(p: LedgerBooksProps) {
  const s = useYearEndStyles();
  const titleId = useId();
  const b = p.build;
  const running = b.status === "running" || b.status === "confirming";
  const done = b.status === "done";
  const label = p.inExcel ? (done ? "もう一度作成する" : "賃金台帳・源泉徴収簿のシートを作成") : done ? "もう一度ダウンロードする" : "賃金台帳・源泉徴収簿（.xlsx）をダウンロード";
  return (
    <section className={s.root} aria-labelledby={titleId}>
      <SideFlowHeading title="賃金台帳・源泉徴収簿を作る" titleId={titleId} backDisabled={running} onBack={p.onBack} />
      <Body1>
        従業員マスタと、その年の給与計算の結果（給与システムの出力と Sonae の結果ファイル。いくつでも、順不同）から、1人1ページの賃金台帳と源泉徴収簿を作ります。
        結果のない月は「データなし」、ファイルにない項目は「不明」と書きます（0 とは書きません）。
      </Body1>
      <MasterChoice
        label="従業員マスタのファイル"
        hint="氏名・性別・入社日・退職日・税区分を使います"
        loaded={p.loadedMaster}
        chosen={p.masterFromPayroll}
        disabled={!!p.busy || running}
        testId="ledger-master"
        onUseLoaded={p.onLoadedMaster}
        onFile={p.onMaster}
      />
      <FilePicker label="給与計算の結果のファイル" buttonText="結果のファイルを追加" hint="1つずつ追加できます（同じ名前は置き換え）" accept={ACCEPT} disabled={!!p.busy || running} onFile={p.onResults} compact testId="ledger-results" />
      <LedgerOptions {...p} disabled={!!p.busy || running} running={running} />
      {p.busy && <Spinner size="small" label={p.busy} />}
      <FileError message={p.fileError} />
      {p.counts.length > 0 && (
        <ul className={s.list} aria-label="読み込んだファイル">
          {p.counts.map((c) => (
            <li key={c.name}>
              {c.name}: {c.text}{" "}
              {c.removable && (
                <Button size="small" appearance="subtle" disabled={running} onClick={() => p.onRemove(c.name)}>
                  外す
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {p.problems.map((x, i) => (
        <MessageBar key={`p${i}`} intent="error">
          <MessageBarBody>{`${x.file ? `${x.file} ` : ""}${x.row > 0 ? `${x.row}行目 ` : ""}${x.column ? `「${x.column}」 ` : ""}${x.message}`}</MessageBarBody>
        </MessageBar>
      ))}
      {p.lines.length > 0 && (
        <ul className={s.list} aria-label="台帳を作る人">
          {p.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
      {p.notes.map((n, i) => (
        <MessageBar key={`n${i}`} intent="warning">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      <WriteButtons build={b} label={label} disabled={!!p.blocked || !!p.busy} onWrite={p.onWrite} onCancel={p.onCancel} />
      {p.blocked && <Caption1>{p.blocked}</Caption1>}
      <WriteProgress build={b} doneTitle="賃金台帳・源泉徴収簿を作成しました" failedTitle="台帳を作成できませんでした" />
      <OverwriteDialog open={b.status === "confirming"} message={b.status === "confirming" ? b.message : undefined} onAnswer={p.onAnswer} />
    </section>
  );
}
