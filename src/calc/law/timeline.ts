import { CalcError, noData } from "../vocabulary/errors";
import { describeDay, describeMonth, isoToDay } from "../dates/calendar";
import { Revision, TimelineSpec } from "./types";

/** A loaded timeline: revisions sorted by day, with the horizon as a day number. */
export interface Timeline<T> {
  readonly spec: TimelineSpec<T>;
  /**
   * The value in force on `day`, or a #N/A CalcError naming the table and the date — as a premium month
   * ("2026年11月分") for month-keyed data, else as a day.
   */
  at(day: number, describe?: () => string): T;
  /** Like `at`, but undefined instead of an error. */
  find(day: number): T | undefined;
  readonly firstDay: number;
  readonly lastDay: number;
}

/**
 * Load a timeline strictly: ISO dates, strictly increasing, at least one source per revision, a horizon
 * not before the last revision. A data error fails at load with a message saying how to fix it.
 */
export function defineTimeline<T>(spec: TimelineSpec<T>): Timeline<T> {
  const where = `law data ${spec.id}`;
  if (spec.revisions.length === 0) throw new Error(`${where}: no revisions; add at least one dated value`);
  const days: number[] = [];
  spec.revisions.forEach((r: Revision<T>, i) => {
    const day = isoToDay(r.effective);
    if (i > 0 && day <= days[i - 1]) {
      throw new Error(`${where}: revision ${r.effective} is not after ${spec.revisions[i - 1].effective}; sort by date, no duplicates`);
    }
    if (!r.sources || r.sources.length === 0 || r.sources.some((s) => !s.title)) {
      throw new Error(`${where}: revision ${r.effective} has no source; name the document (title, article, URL)`);
    }
    days.push(day);
  });
  const lastDay = spec.knownUntil === null ? Number.POSITIVE_INFINITY : isoToDay(spec.knownUntil);
  if (lastDay < days[days.length - 1]) {
    throw new Error(`${where}: knownUntil ${spec.knownUntil} is before the last revision`);
  }
  return new LoadedTimeline(spec, days, lastDay);
}

/**
 * A class rather than a closure per timeline, so that `find` is one method for every table: a 年末調整 looks
 * up a dozen tables per employee, and a shared method is inlined where a dozen closures are not.
 */
class LoadedTimeline<T> implements Timeline<T> {
  readonly firstDay: number;
  private readonly values: T[];
  // A broadcast usually asks for the same day row after row: remember the last answer.
  private memoDay = Number.NaN;
  private memoValue: T | undefined = undefined;

  constructor(readonly spec: TimelineSpec<T>, private readonly days: number[], readonly lastDay: number) {
    this.values = spec.revisions.map((r) => r.value);
    this.firstDay = days[0];
  }

  find(day: number): T | undefined {
    if (day === this.memoDay) return this.memoValue;
    let v: T | undefined;
    if (day >= this.firstDay && day <= this.lastDay) {
      const days = this.days;
      for (let i = days.length - 1; i >= 0; i--) {
        if (day >= days[i]) {
          v = this.values[i];
          break;
        }
      }
    }
    this.memoDay = day;
    this.memoValue = v;
    return v;
  }

  at(day: number, describe?: () => string): T {
    const v = this.find(day);
    if (v === undefined) {
      const spec = this.spec;
      const when = describe ? describe() : spec.keyedOn === "premiumMonth" ? describeMonth(day) : describeDay(day);
      const range = `収録: ${spec.revisions[0].effective}〜${spec.knownUntil ?? ""}`;
      const e = noData(spec.title, when);
      throw new CalcError("#N/A", `${e.message}（${range}）`);
    }
    return v;
  }
}
