/**
 * The controller of 「年末調整の検算シートを作る」: it reads the chosen staff list, keeps the 年分, and writes
 * the plan of workflow/yearEndCheck.ts through the host (same overwrite question, progress and cancel as
 * the payroll workbook).
 */
import { useMemo, useState } from "react";
import {
  YearEndCheckState, initialYearEndCheck, nenchoTemplateCsv, notesBesideProblems, parseYear, withFile, yearEndPlanOf, yearEndProblems, yearEndSummary,
} from "../workflow/yearEndCheck";
import { messageOf } from "../workflow/messages";
import type { PaneHost } from "../host/types";
import { downloadBytes, readFileBytes } from "../browser/download";
import { useYearEndBuild } from "./useYearEndBuild";

export function useYearEndCheck(host: PaneHost, thisYear: number) {
  const [check, setCheck] = useState<YearEndCheckState>(() => initialYearEndCheck(thisYear));
  const [busy, setBusy] = useState<string>();
  const [fileError, setFileError] = useState<string>();
  const writer = useYearEndBuild(host);
  const year = parseYear(check.yearText);
  const ready = useMemo(() => yearEndPlanOf(check), [check]);
  const summary = useMemo(() => yearEndSummary(check), [check]);
  const problems = useMemo(() => yearEndProblems(check).map((x) => ({ ...x, severity: "error" as const, severityLabel: "エラー" })), [check]);

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

  return {
    check,
    busy,
    fileError,
    yearError: typeof year === "string" ? year : undefined,
    summary,
    problems,
    blocked: "reason" in ready ? ready.reason : undefined,
    notes: "plan" in ready && check.list ? notesBesideProblems(ready.plan, check.list) : [],
    writer,
    onFile,
    onYear: (yearText: string) => setCheck((s) => ({ ...s, yearText })),
    onDownloadTemplate: () => downloadBytes(nenchoTemplateCsv(), "sonae-年末調整-従業員一覧-テンプレート.csv", "text/csv;charset=utf-8"),
    onWrite: () => "plan" in ready && void writer.write(ready.plan, `年末調整検算_${typeof year === "number" ? year : ""}.xlsx`),
  };
}
