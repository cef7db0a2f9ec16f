/**
 * The results files the clerk picked for the 届書, as the picker lists them: which months each holds (by
 * 支給日, the day the 届書 go by) and how many rows — so a missing or doubled month shows before any figure.
 */
import type { PreviousResultsImportResult } from "../../../import";

export interface ResultsFileSummary {
  /** Rows read as results. */
  rows: number;
  /** Rows left out with an error. */
  rejected: number;
  /** The 支給月 held, e.g. "2026年4月〜6月"; "" when no row has a 支給日. */
  months: string;
  /** Rows of 賞与. */
  bonuses: number;
}

/** "YYYY-MM" months as runs: ["2026-04","2026-05","2026-06","2026-12"] → "2026年4月〜6月・12月". */
export function describeMonths(months: readonly string[]): string {
  const sorted = [...new Set(months)].sort();
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const runs: string[][] = [];
  for (const m of sorted) {
    const run = runs[runs.length - 1];
    if (run && index(m) === index(run[run.length - 1]) + 1) run.push(m);
    else runs.push([m]);
  }
  let year = "";
  return runs
    .map((run) => {
      // The year is written when it changes, so a run reads "2025年12月〜2026年2月".
      const label = (m: string) => {
        const y = m.slice(0, 4);
        const text = `${y === year ? "" : `${y}年`}${Number(m.slice(5, 7))}月`;
        year = y;
        return text;
      };
      const start = label(run[0]);
      return run.length === 1 ? start : `${start}〜${label(run[run.length - 1])}`;
    })
    .join("・");
}

export function resultsFileSummary(r: PreviousResultsImportResult): ResultsFileSummary {
  const months = r.results.flatMap((x) => (x.payDate ? [x.payDate.slice(0, 7)] : []));
  return { rows: r.results.length, rejected: r.rejected.length, months: describeMonths(months), bonuses: r.results.filter((x) => x.kind === "賞与").length };
}
