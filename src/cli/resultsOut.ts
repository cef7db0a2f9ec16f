/**
 * `--results-out FILE` of payroll and rebuild: the month's results in the results format, written whole or
 * not at all and never over an existing file without --force.
 */
import { monthResultsCsv } from "../jobs/payroll/resultsFile";
import type { PayrollRun } from "./payrollRun";
import type { JobProblem } from "../jobs/problem";
import { checkOutputPath, writeFileAtomic } from "./writeFileAtomic";

export const RESULTS_OUT_LABEL = "給与計算の結果（--results-out）";

/** Checks the path before any work (an existing file without --force is a usage error). */
export function checkResultsOut(path: string | undefined, force: boolean): void {
  if (path !== undefined) checkOutputPath(path, { force, label: RESULTS_OUT_LABEL });
}

/** Writes the file and returns lines for stderr: its warnings (described by the caller), then where it went. */
export async function writeResultsOut(path: string, run: PayrollRun, force: boolean, describe: (p: JobProblem) => string): Promise<string[]> {
  const file = monthResultsCsv({ details: run.details, employees: run.employees, variables: run.variables, settings: run.settings, rowOf: (id) => run.masterRows.get(id) ?? 0 });
  await writeFileAtomic(path, new TextEncoder().encode(file.text), { force, label: RESULTS_OUT_LABEL });
  return [...file.problems.map(describe), `給与計算の結果 ${file.rows}人分を書きました: ${path}`];
}
