/**
 * The files the commands over a year of results (todoke, nendo, ledger) read: the 従業員マスタ and any number of
 * results files, read one way so that each command names a file it cannot use in the same words.
 */
import { importInputFile } from "./inputFile";
import { UsageError } from "./usageError";
import type { Employee } from "../calc/payroll/employee";
import { importMasterFile, importPreviousResultsFile, ImportResult } from "../import";
import { describeRowCounts } from "../import/header";
import type { ResultsFileInput, YearProblem } from "../jobs/results/paymentsOfYear";

export const MASTER_LABEL = "従業員マスタ（--master）";
export const RESULTS_LABEL = "給与計算の結果（--results）";

/** The 従業員マスタ; one without a usable row is a usage error, since there is no one to file anything for. */
export async function readYearMaster(path: string): Promise<ImportResult> {
  const master = await importInputFile(MASTER_LABEL, path, (bytes, name) => importMasterFile(bytes, name));
  if (master.employees.length === 0) throw new UsageError(`${MASTER_LABEL}「${path}」に使える行がありません。`);
  return master;
}

/** A results file as the use cases take it: its rows, how many were rejected, and its problems naming the file. */
export interface ResultsFileRead extends ResultsFileInput {
  rejected: number;
  problems: YearProblem[];
}

/**
 * Every --results file, in the order given, and a row-count line per file for stderr. With `employees`, a row whose
 * 社員番号 is not in the master is a warning (a person who has left, or a typo).
 */
export async function readResultsFiles(paths: readonly string[], employees?: readonly Employee[]): Promise<{ files: ResultsFileRead[]; rowCounts: string[] }> {
  const files: ResultsFileRead[] = [];
  const rowCounts: string[] = [];
  for (const path of paths) {
    const imported = await importInputFile(RESULTS_LABEL, path, (bytes, name) => importPreviousResultsFile(bytes, name, undefined, employees));
    rowCounts.push(`${path}: ${describeRowCounts(imported.rowCounts)}`);
    files.push({ file: path, results: imported.results, rows: imported.rows, rejected: imported.rejected.length, problems: imported.problems.map((p) => ({ ...p, file: path })) });
  }
  return { files, rowCounts };
}
