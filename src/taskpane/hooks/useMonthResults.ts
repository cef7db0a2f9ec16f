/**
 * 「今月の結果をダウンロード（CSV）」 on the build step: the month's results file (workflow/monthResults.ts)
 * offered as a download, and what the clerk should know about it once it is made.
 */
import { useState } from "react";
import type { LawContext } from "../../calc/law/lawContext";
import type { PayrollSettings } from "../../calc/payroll/types";
import { downloadBytes } from "../browser/download";
import { messageOf } from "../workflow/messages";
import { monthResultsOf } from "../workflow/monthResults";
import type { ProblemRowView } from "../workflow/problemRows";
import type { WizardState } from "../workflow/wizard";

export interface MonthResultsDownload {
  /** The last file downloaded: its name, how many people, and its notes as problem rows. */
  done?: { fileName: string; rows: number; problems: ProblemRowView[] };
  error?: string;
}

export function useMonthResults(state: WizardState, settings: PayrollSettings | undefined, law: LawContext) {
  const [last, setLast] = useState<MonthResultsDownload>({});
  const onDownload = () => {
    if (!settings) return;
    try {
      const file = monthResultsOf(state, settings, law);
      if (!file) return;
      downloadBytes(file.bytes, file.fileName, file.mimeType);
      const problems = file.problems.map((p, i) => {
        const severity = p.severity ?? "error";
        return { key: String(i), ...p, severity, severityLabel: severity === "error" ? "エラー" : "注意" };
      });
      setLast({ done: { fileName: file.fileName, rows: file.rows, problems } });
    } catch (e) {
      setLast({ error: messageOf(e) });
    }
  };
  return { ...last, onDownload };
}
