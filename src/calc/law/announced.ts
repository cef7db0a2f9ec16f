/**
 * Tables whose values are announced period by period (a 年度's 料率): each announcement says the months it
 * covers, so the newest one's last day is the table's horizon — adding next year's rates is one record,
 * and the horizon moves with it.
 */
import { defineTimeline, Timeline } from "./timeline";
import { isoToDay } from "../dates/calendar";
import { Revision, TimelineSpec } from "./types";

/** A value announced for the dates `effective`…`until` (ISO). */
export interface Announced<T> extends Revision<T> {
  until: string;
}

export interface AnnouncedSpec<T> extends Omit<TimelineSpec<T>, "revisions" | "knownUntil"> {
  /** Revisions in force before the first announcement (a statute's value, a levy not yet collected). */
  earlier?: Revision<T>[];
  announced: readonly Announced<T>[];
  /**
   * When true, an announcement that repeats the value in force confirms it: its sources join that revision
   * and the horizon moves, but no new revision starts (a 政令 rate 据置 for another 年度).
   */
  repeatConfirms?: boolean;
}

/**
 * A timeline of announced values. Announcements must follow one another day after day: a gap would let the
 * older value run silently through months nobody announced.
 */
export function defineAnnouncedTimeline<T>(spec: AnnouncedSpec<T>): Timeline<T> {
  const { earlier = [], announced, repeatConfirms = false, ...table } = spec;
  if (announced.length === 0) throw new Error(`law data ${spec.id}: nothing announced; add the first announced period`);
  const revisions: Revision<T>[] = earlier.map((r) => ({ ...r, sources: [...r.sources] }));
  announced.forEach((a, i) => {
    const before = announced[i - 1];
    if (before && isoToDay(a.effective) !== isoToDay(before.until) + 1) {
      throw new Error(`law data ${spec.id}: ${a.effective} does not start the day after ${before.until}; announced periods must follow one another`);
    }
    const inForce = revisions[revisions.length - 1];
    if (repeatConfirms && inForce && inForce.value === a.value) inForce.sources.push(...a.sources);
    else revisions.push(revisionOf(a));
  });
  return defineTimeline({ ...table, knownUntil: announced[announced.length - 1].until, revisions });
}

function revisionOf<T>({ effective, value, sources, confidence, note }: Announced<T>): Revision<T> {
  return { effective, value, sources: [...sources], ...(confidence && { confidence }), ...(note && { note }) };
}
