/**
 * The controller of 「年末調整の検算シートを作る」: it reads the chosen staff list, keeps the 年分, and writes
 * the plan of workflow/yearEndCheck.ts with the Excel glue (same overwrite question, progress and cancel as
 * the payroll workbook). Loaded on demand (a chunk of its own): the 年末調整 tables and the sheet plan are
 * not part of what the pane loads at start.
 */
import { useMemo, useRef, useState } from "react";
import type { OverwriteChoice } from "../workbook/excel/writer";
import type { BuildState } from "./workflow/wizard";
import {
  YearEndCheckState, initialYearEndCheck, nenchoTemplateCsv, notesBesideProblems, parseYear, withFile, yearEndPlanOf, yearEndProblems, yearEndSummary,
} from "./workflow/yearEndCheck";
import { YearEndCheck } from "./components/YearEndCheck";
import type { PaneHost } from "./host/types";
import { downloadBytes, readFileBytes } from "./browser/download";
import { messageOf } from "./useWizard";

export interface YearEndFlowProps {
  /** The default 年分: this year's 年末調整 (the calendar year of today). */
  thisYear: number;
  host: PaneHost;
  onBack: () => void;
}

export default function YearEndFlow(p: YearEndFlowProps) {
  const inExcel = p.host.kind === "excel";
  const [check, setCheck] = useState<YearEndCheckState>(() => initialYearEndCheck(p.thisYear));
  const [busy, setBusy] = useState<string>();
  const [fileError, setFileError] = useState<string>();
  const [build, setBuild] = useState<BuildState>({ status: "idle" });
  const abort = useRef<AbortController | undefined>(undefined);
  const answer = useRef<((c: OverwriteChoice) => void) | undefined>(undefined);

  const year = parseYear(check.yearText);
  const summary = useMemo(() => yearEndSummary(check), [check]);
  const problems = useMemo(
    () => yearEndProblems(check).map((x) => ({ ...x, severity: "error" as const, severityLabel: "エラー" })),
    [check],
  );
  const ready = useMemo(() => yearEndPlanOf(check), [check]);
  const yearEndFileName = `年末調整検算_${typeof year === "number" ? year : ""}.xlsx`;

  const onFile = async (file: File) => {
    setBusy(`「${file.name}」を読み込んでいます…`);
    setFileError(undefined);
    setBuild({ status: "idle" });
    try {
      const bytes = await readFileBytes(file);
      setCheck((s) => withFile(s, file.name, bytes));
    } catch (e) {
      setFileError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  const onWrite = async () => {
    if (!("plan" in ready)) return;
    const plan = ready.plan;
    setBuild({ status: "running", done: 0, total: 0, label: "シートの内容を準備しています", cancelling: false });
    const controller = new AbortController();
    abort.current = controller;
    try {
      const report = await p.host.deliverWorkbook(plan, {
        fileName: yearEndFileName,
        valuesOnly: false,
        signal: controller.signal,
        onProgress: (x) =>
          setBuild((b) => ({
            status: "running",
            done: x.done,
            total: x.total,
            label: x.sheet ? `シート「${x.sheet}」を書き込んでいます` : "準備中",
            cancelling: b.status === "running" && b.cancelling,
          })),
        confirmOverwrite: (existing, message) =>
          new Promise<OverwriteChoice>((resolve) => {
            answer.current = resolve;
            setBuild({ status: "confirming", existing, message });
          }),
      });
      if (report.status === "written") {
        const fileName = p.host.kind === "browser" ? yearEndFileName : undefined;
        setBuild({ status: "done", sheets: report.written, backups: report.backups.map((x) => x.backup), employees: plan.employees.length, fileName });
      } else if (report.status === "failed") {
        setBuild({ status: "failed", message: report.message });
      } else {
        setBuild({ status: "cancelled", message: report.message });
      }
    } catch (e) {
      setBuild({ status: "failed", message: messageOf(e) });
    } finally {
      abort.current = undefined;
    }
  };

  const onAnswer = (choice: OverwriteChoice) => {
    const resolve = answer.current;
    answer.current = undefined;
    if (choice !== "cancel") setBuild({ status: "running", done: 1, total: 0, label: "準備中", cancelling: false });
    resolve?.(choice);
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
      build={build}
      inExcel={inExcel}
      onFile={onFile}
      onYear={(yearText) => setCheck((s) => ({ ...s, yearText }))}
      onDownloadTemplate={() => downloadBytes(nenchoTemplateCsv(), "sonae-年末調整-従業員一覧-テンプレート.csv", "text/csv;charset=utf-8")}
      onWrite={onWrite}
      onCancel={() => {
        setBuild((b) => (b.status === "running" ? { ...b, cancelling: true } : b));
        abort.current?.abort();
      }}
      onAnswer={onAnswer}
      onBack={p.onBack}
    />
  );
}
