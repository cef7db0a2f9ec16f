/**
 * 年末調整の検算シートを作る (issue 4): the staff list CSV, the 年分, what was read (counts, every row problem
 * by row, column and value, who is 対象外 under 所得税法第190条), and the write into the open workbook with
 * the same overwrite question, progress and cancel as the payroll workbook. Props only: the flow's
 * controller (YearEndFlow.tsx) owns the state.
 */
import { FileError } from "./FileError";
import { useEffect, useId, useRef } from "react";
import {
  Body1, Button, Caption1, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2,
  makeStyles, tokens,
} from "@fluentui/react-components";
import { WriteProgress } from "./WriteProgress";
import type { BuildState } from "../workflow/wizard";
import type { YearEndSummary } from "../workflow/yearEndCheck";
import { FilePicker } from "./FilePicker";
import { ProblemTable, type ProblemTableRow } from "./ProblemTable";
import { OverwriteDialog, type OverwriteAnswer } from "./OverwriteDialog";

export interface YearEndCheckProps {
  fileName?: string;
  busy?: string;
  /** The file could not be read at all (in Japanese). */
  fileError?: string;
  yearText: string;
  /** Why the 年分 cannot be read, when it cannot. */
  yearError?: string;
  /** What was read (absent before a file, or when the file cannot be read). */
  summary?: YearEndSummary;
  problems: ProblemTableRow[];
  /** Why the sheet cannot be written yet; absent when it can. */
  blocked?: string;
  /** Notes of the plan (a 年分 without law data …). */
  notes: string[];
  build: BuildState;
  inExcel: boolean;
  onFile: (file: File) => void;
  onYear: (text: string) => void;
  onDownloadTemplate: () => void;
  onWrite: () => void;
  onCancel: () => void;
  onAnswer: (answer: OverwriteAnswer) => void;
  onBack: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  counts: { display: "grid", gridTemplateColumns: "auto auto", justifyContent: "start", columnGap: tokens.spacingHorizontalL, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  number: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  year: { maxWidth: "220px" },
  heading: { outlineStyle: "none" },
});

export function YearEndCheck(p: YearEndCheckProps) {
  const s = useStyles();
  const titleId = useId();
  const root = useRef<HTMLElement>(null);
  // Entering the flow: the screen reader starts at its title, not at a button that is gone.
  useEffect(() => root.current?.querySelector<HTMLElement>("h2")?.focus(), []);
  const b = p.build;
  const running = b.status === "running" || b.status === "confirming";
  const sum = p.summary;
  return (
    <section ref={root} className={s.root} aria-labelledby={titleId}>
      <div className={s.row}>
        <Button appearance="subtle" disabled={running} onClick={p.onBack}>
          ← 給与計算に戻る
        </Button>
      </div>
      <Subtitle2 as="h2" id={titleId} tabIndex={-1} className={s.heading}>
        年末調整の検算シートを作る
      </Subtitle2>
      <Body1>
        年末調整の従業員一覧（CSV）を選ぶと、「年末調整検算」シートを作ります（Excel ではこのブックに、ブラウザでは .xlsx ファイルとしてダウンロード）。各段階は数式で計算するので、シートの入力や年分を直すと結果も変わります。
        給与計算システムの年調年税額・過不足額の列があれば、差を並べて「一致」「差異あり」を示します。
      </Body1>
      <FilePicker
        label="年末調整の従業員一覧のファイル"
        buttonText="従業員一覧（CSV）を選ぶ"
        hint="またはここにファイルをドラッグ＆ドロップ（.csv / .txt、UTF-8・Shift_JIS）"
        accept=".csv,.txt,.tsv,text/csv,text/plain"
        disabled={!!p.busy || running}
        onFile={p.onFile}
      />
      <div className={s.row}>
        <Link as="button" onClick={p.onDownloadTemplate}>
          年末調整の従業員一覧のテンプレート（CSV）をダウンロード
        </Link>
      </div>
      <Field
        className={s.year}
        label="年分"
        hint="西暦（2026）または和暦（令和8年・R8）"
        validationState={p.yearError ? "error" : "none"}
        validationMessage={p.yearError}
      >
        <Input value={p.yearText} disabled={running} onChange={(_, d) => p.onYear(d.value)} />
      </Field>
      {p.busy && <Spinner size="small" label={p.busy} />}
      <FileError message={p.fileError} />
      {sum && (
        <dl className={s.counts} aria-label="従業員一覧の読み込み結果">
          <dt className={s.term}>ファイル</dt>
          <dd className={s.number}>{p.fileName}</dd>
          <dt className={s.term}>データの行</dt>
          <dd className={s.number}>{sum.rows}行</dd>
          <dt className={s.term}>シートに載せる行</dt>
          <dd className={s.number}>{sum.usable}行</dd>
          <dt className={s.term}>エラーのある行</dt>
          <dd className={s.number}>{sum.rejected}行（{sum.problems}件）</dd>
          <dt className={s.term}>年末調整の対象外</dt>
          <dd className={s.number}>{sum.scopeUnknown ? "—" : `${sum.outOfScope.length}人`}</dd>
        </dl>
      )}
      {sum?.warnings.map((w) => (
        <MessageBar key={w} intent="info">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}
      {sum && sum.outOfScope.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>年末調整の対象外の従業員がいます（所得税法第190条）</MessageBarTitle>
            <ul className={s.list} aria-label="年末調整の対象外の従業員">
              {sum.outOfScope.map((o) => (
                <li key={o.row}>
                  {o.row}行目 {o.id} {o.name}: {o.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {sum?.scopeUnknown && p.fileName && !p.yearError && (
        <MessageBar intent="warning">
          <MessageBarBody>{sum.scopeUnknown}</MessageBarBody>
        </MessageBar>
      )}
      {p.problems.length > 0 && (
        <>
          <Body1>エラーのある行はシートに載せません。ファイルを直して選び直すと、読み直します。</Body1>
          <ProblemTable label="従業員一覧の問題の一覧" rows={p.problems} />
        </>
      )}
      {sum && p.problems.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>問題は見つかりませんでした。</MessageBarBody>
        </MessageBar>
      )}
      {p.notes.map((n) => (
        <MessageBar key={n} intent="warning">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      <div className={s.row}>
        <Button appearance="primary" data-testid="build" disabled={running || !!p.blocked || !!p.busy} onClick={p.onWrite}>
          {p.inExcel
            ? b.status === "done" ? "もう一度作成する" : "年末調整検算シートを作成"
            : b.status === "done" ? "もう一度ダウンロードする" : "年末調整検算ブック（.xlsx）をダウンロード"}
        </Button>
        {b.status === "running" && (
          <Button disabled={b.cancelling} onClick={p.onCancel}>
            {b.cancelling ? "中止しています…" : "中止"}
          </Button>
        )}
      </div>
      {p.blocked && p.fileName && !p.busy && <Caption1>{p.blocked}</Caption1>}
      <WriteProgress build={b} doneTitle="年末調整検算シートを作成しました" failedTitle="シートを作成できませんでした" />
      <OverwriteDialog open={b.status === "confirming"} message={b.status === "confirming" ? b.message : undefined} onAnswer={p.onAnswer} />
    </section>
  );
}
