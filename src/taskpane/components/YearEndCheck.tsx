/**
 * 年末調整の検算シートを作る: the staff list CSV, the 年分, what was read (counts, every row problem
 * by row, column and value, who is 対象外 under 所得税法第190条), and the write into the open workbook with
 * the same overwrite question, progress and cancel as the payroll workbook. Props only: the flow's
 * controller (YearEndFlow.tsx) owns the state.
 */
import { SideFlowHeading } from "./SideFlowHeading";
import { useId } from "react";
import { Body1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { BuildState } from "../workflow/wizard";
import type { YearEndSummary } from "../workflow/yearEndCheck";
import { ProblemTable, type ProblemTableRow } from "./ProblemTable";
import type { OverwriteAnswer } from "./OverwriteDialog";
import { StaffListInput } from "./yearEnd/StaffListInput";
import { StaffListSummary } from "./yearEnd/StaffListSummary";
import { YearEndWriteActions } from "./yearEnd/YearEndWriteActions";
import { useYearEndStyles } from "./yearEnd/styles";

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

export function YearEndCheck(p: YearEndCheckProps) {
  const s = useYearEndStyles();
  const titleId = useId();
  const b = p.build;
  const running = b.status === "running" || b.status === "confirming";
  const sum = p.summary;
  return (
    <section className={s.root} aria-labelledby={titleId}>
      <SideFlowHeading title="年末調整の検算シートを作る" titleId={titleId} backDisabled={running} onBack={p.onBack} />
      <Body1>
        年末調整の従業員一覧（CSV）を選ぶと、「年末調整検算」シートを作ります（Excel ではこのブックに、ブラウザでは .xlsx ファイルとしてダウンロード）。各段階は数式で計算するので、シートの入力や年分を直すと結果も変わります。
        給与計算システムの年調年税額・過不足額の列があれば、差を並べて「一致」「差異あり」を示します。
      </Body1>
      <StaffListInput {...p} running={running} />
      {sum && <StaffListSummary summary={sum} fileName={p.fileName} yearError={p.yearError} />}
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
      <YearEndWriteActions {...p} />
    </section>
  );
}
