/**
 * 「今月の結果をダウンロード（CSV）」: the month's results in the results format, written by the very job
 * behind `payroll --results-out` (runPayroll, then monthResultsCsv), so that a folder of such files — months
 * from Sonae and months from the vendor — is the year the 届書 are made from.
 */
import type { LawContext } from "../../calc/law/lawContext";
import type { PayrollSettings } from "../../calc/payroll/types";
import type { ImportResult, VariablesImportResult } from "../../import";
import { runPayroll } from "../../jobs/payroll/runPayroll";
import { monthResultsCsv } from "../../jobs/payroll/resultsFile";
import type { JobProblem } from "../../jobs/problem";
import type { DownloadFile } from "./downloads";
import type { WizardState } from "./wizard";

export interface MonthResultsFile extends DownloadFile {
  bytes: Uint8Array;
  /** How many people the file holds (one 給与 row each). */
  rows: number;
  /** What the clerk should know about the file (a 日給・時給 person without 出勤日数 has a blank 基礎日数). */
  problems: JobProblem[];
}

/** `結果_2026-11.csv`: one file a month, named so that a folder of them sorts into the year. */
export function monthResultsFileName(period: string): string {
  return `結果_${period}.csv`;
}

/**
 * The results file of the month, byte for byte what `payroll --results-out` writes for the same master,
 * 勤怠・変動 and settings (UTF-8 with a BOM, CRLF).
 */
export function monthResultsFile(a: { master: ImportResult; variables?: VariablesImportResult; settings: PayrollSettings; law?: LawContext }): MonthResultsFile {
  const run = runPayroll({ master: a.master, variables: a.variables, settings: a.settings, law: a.law });
  const file = monthResultsCsv({ details: run.details, employees: run.employees, variables: run.variables, settings: run.settings, rowOf: (id) => run.masterRows.get(id) ?? 0 });
  return { bytes: new TextEncoder().encode(file.text), fileName: monthResultsFileName(a.settings.period), mimeType: "text/csv;charset=utf-8", rows: file.rows, problems: file.problems };
}

/** The pane's state as the job's inputs: the master as read and the 勤怠・変動 file when one was read. */
export function monthResultsOf(state: WizardState, settings: PayrollSettings, law?: LawContext): MonthResultsFile | undefined {
  if (!state.master) return undefined;
  return monthResultsFile({ master: state.master, variables: state.variables.status === "loaded" ? state.variables.result : undefined, settings, law });
}
