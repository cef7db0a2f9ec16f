/**
 * The controller of 「年末調整の検算シートを作る」: it reads the chosen staff list, keeps the 年分, and writes
 * the plan of workflow/yearEndCheck.ts through the host (same overwrite question, progress and cancel as
 * the payroll workbook). Loaded on demand (a chunk of its own): the 年末調整 tables and the sheet plan are
 * not part of what the pane loads at start.
 */
import { useMemo, useState } from "react";
import {
  YearEndCheckState, initialYearEndCheck, nenchoTemplateCsv, notesBesideProblems, parseYear, withFile, yearEndPlanOf, yearEndProblems, yearEndSummary,
} from "./workflow/yearEndCheck";
import { messageOf } from "./workflow/messages";
import { YearEndCheck } from "./components/YearEndCheck";
import type { PaneHost } from "./host/types";
import { downloadBytes, readFileBytes } from "./browser/download";
import { useYearEndBuild } from "./hooks/useYearEndBuild";

export interface YearEndFlowProps {
  /** The default 年分: this year's 年末調整 (the calendar year of today). */
  thisYear: number;
  host: PaneHost;
  onBack: () => void;
}

export default function YearEndFlow(p: YearEndFlowProps) {
  const [check, setCheck] = useState<YearEndCheckState>(() => initialYearEndCheck(p.thisYear));
  const [busy, setBusy] = useState<string>();
  const [fileError, setFileError] = useState<string>();
  const writer = useYearEndBuild(p.host);

  const year = parseYear(check.yearText);
  const summary = useMemo(() => yearEndSummary(check), [check]);
  const problems = useMemo(() => yearEndProblems(check).map((x) => ({ ...x, severity: "error" as const, severityLabel: "エラー" })), [check]);
  const ready = useMemo(() => yearEndPlanOf(check), [check]);

  const onFile = async (file: File) => {
    setBusy(`「${file.name}」を読み込んでいます…`);
    setFileError(undefined);
    writer.resetBuild();
    try {
      const bytes = await readFileBytes(file);
      setCheck((s) => withFile(s, file.name, bytes));
    } catch (e) {
      setFileError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <YearEndCheck
      fileName={check.fileName}
      busy={busy}
      fileError={fileError}
      yearText={check.yearText}
      yearError={typeof year === "string" ? year : undefined}
      summary={summary}
      problems={problems}
      blocked={"reason" in ready ? ready.reason : undefined}
      notes={"plan" in ready && check.list ? notesBesideProblems(ready.plan, check.list) : []}
      build={writer.build}
      inExcel={p.host.kind === "excel"}
      onFile={onFile}
      onYear={(yearText) => setCheck((s) => ({ ...s, yearText }))}
      onDownloadTemplate={() => downloadBytes(nenchoTemplateCsv(), "sonae-年末調整-従業員一覧-テンプレート.csv", "text/csv;charset=utf-8")}
      onWrite={() => "plan" in ready && void writer.write(ready.plan, `年末調整検算_${typeof year === "number" ? year : ""}.xlsx`)}
      onCancel={writer.cancel}
      onAnswer={writer.onAnswer}
      onBack={p.onBack}
    />
  );
}
