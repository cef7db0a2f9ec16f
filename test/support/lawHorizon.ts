/**
 * The first day past a law table's data, in the forms tests write it. A test that shows "no data means
 * #N/A, never the old rate" asks the table where its data ends instead of naming a month, so it keeps
 * probing past the data when next year's rates are added.
 */
import type { Timeline } from "../../src/calc/law/timeline";

export interface PastHorizon {
  /** "2027-03-01" */
  iso: string;
  /** "2027-03": a premium month as the formulas take it. */
  month: string;
  /** "2027年3月分": a premium month as #N/A messages name it. */
  monthName: string;
  year: number;
  /** "令和9年分": the calendar year of a tax table. */
  reiwaYear: string;
  /** "令和9年度": the 年度 (April–March) the day falls in. */
  reiwaFiscalYear: string;
  /** `months` later (or earlier), as "YYYY-MM". */
  monthPlus(months: number): string;
}

const DAY_MS = 86_400_000;
const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** The day after `timeline`'s horizon (its knownUntil); fails for a table without one. */
export function pastHorizon(timeline: Timeline<unknown>): PastHorizon {
  const until = timeline.spec.knownUntil;
  if (until === null) throw new Error(`${timeline.spec.id} has no horizon: it is fixed by statute`);
  const first = new Date(Date.parse(`${until}T00:00:00Z`) + DAY_MS);
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + 1;
  const fiscalYear = month >= 4 ? year : year - 1;
  return {
    iso: isoOf(first),
    month: isoOf(first).slice(0, 7),
    monthName: monthName(isoOf(first).slice(0, 7)),
    year,
    reiwaYear: `令和${year - 2018}年分`,
    reiwaFiscalYear: `令和${fiscalYear - 2018}年度`,
    monthPlus: (months) => isoOf(new Date(Date.UTC(year, month - 1 + months, 1))).slice(0, 7),
  };
}

/** "2028-03" → "2028年3月分", as #N/A messages name a premium month. */
export function monthName(month: string): string {
  const [year, number] = month.split("-").map(Number);
  return `${year}年${number}月分`;
}

/** "2028-02" → "2028-02-29". */
export function lastDayOfMonth(month: string): string {
  const [year, number] = month.split("-").map(Number);
  return isoOf(new Date(Date.UTC(year, number, 0)));
}
