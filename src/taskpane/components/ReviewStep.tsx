/**
 * Step 3 確認: how many rows can be imported, every problem (row, column, value, what is wrong), the
 * columns that were dropped, and the clerk's decision: fix the file, or import only the valid rows.
 */
import {
  Body1, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles, tokens,
} from "@fluentui/react-components";
import type { ReviewSummary } from "../workflow/review";
import { ProblemTable } from "./ProblemTable";

export interface ReviewStepProps {
  sourceName: string;
  /** Where the master came from: a file, or cells pasted into a sheet (the wording follows). */
  sourceKind: "file" | "sheet";
  summary: ReviewSummary;
  accepted: boolean;
  onFix: () => void;
  onAcceptValidOnly: () => void;
  onNext: () => void;
  onDownloadProblems: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  counts: { display: "grid", gridTemplateColumns: "auto auto", justifyContent: "start", columnGap: tokens.spacingHorizontalL, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  number: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function ReviewStep(p: ReviewStepProps) {
  const s = useStyles();
  const r = p.summary;
  const where = p.sourceKind === "sheet" ? "シート" : "ファイル";
  return (
    <section className={s.root} aria-labelledby="step-review-title">
      <Subtitle2 as="h2" id="step-review-title">
        3. 確認
      </Subtitle2>
      <dl className={s.counts} aria-label="取り込みの結果">
        <dt className={s.term}>{where}</dt>
        <dd className={s.number}>{p.sourceName}</dd>
        <dt className={s.term}>文字コード</dt>
        <dd className={s.number}>{r.encodingLabel}</dd>
        <dt className={s.term}>読み込んだ行</dt>
        <dd className={s.number}>{r.totalRows}行</dd>
        <dt className={s.term}>取り込める行</dt>
        <dd className={s.number}>{r.validRows}行</dd>
        <dt className={s.term}>エラーのある行</dt>
        <dd className={s.number}>{r.rejectedRows}行</dd>
      </dl>
      {r.notes.map((n) => (
        <MessageBar key={n} intent="info">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      {r.problems.length > 0 ? (
        <>
          <Body1>
            エラー {r.errors}件・注意 {r.warnings}件。エラーのある行は取り込みません。注意は取り込みますが、内容を確かめてください。
          </Body1>
          <ProblemTable label="取り込みの問題の一覧" rows={r.problems} showFile={r.problems.some((x) => x.file !== r.problems[0].file)} onDownloadCsv={p.onDownloadProblems} />
        </>
      ) : (
        <MessageBar intent="success">
          <MessageBarBody>問題は見つかりませんでした。</MessageBarBody>
        </MessageBar>
      )}
      {r.needsDecision ? (
        <>
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>エラーのある行が {r.rejectedRows}行あります</MessageBarTitle>
              元の{where}を直して読み込み直すか、エラーのない {r.validRows}行だけで続けるかを選んでください。エラーのある行の従業員は給与計算ブックに入りません。
            </MessageBarBody>
          </MessageBar>
          <div className={s.buttons}>
            <Button onClick={p.onFix}>{where}を修正する</Button>
            <Button appearance="primary" data-testid="import-valid" disabled={r.validRows === 0} onClick={p.onAcceptValidOnly}>
              正しい行だけ取り込む
            </Button>
          </div>
          {r.validRows === 0 && <Caption1>取り込める行がありません。{where}を修正してください。</Caption1>}
        </>
      ) : (
        <div className={s.buttons}>
          <Button onClick={p.onFix}>{where}を修正する</Button>
          <Button appearance="primary" data-testid="next" disabled={r.validRows === 0} onClick={p.onNext}>
            次へ（設定）
          </Button>
        </div>
      )}
    </section>
  );
}
