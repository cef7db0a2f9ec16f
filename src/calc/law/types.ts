/**
 * Law as data: every rate and table is a value keyed by the date it takes effect, with its source.
 * See README "Law data" for the conventions and ../docs in each data file for citations.
 */

/** Which date selects a value. The same calendar day means different things for different laws. */
export type DateKey =
  /** 保険料の「○月分」: the premium month, not the pay date (健康保険・厚生年金). */
  | "premiumMonth"
  /** 支払日: the date salary or bonus is paid (源泉徴収税額表). */
  | "paymentDate"
  /** 賃金締切日: 雇用保険料率 apply to wages whose closing day falls on or after 4/1. */
  | "wageClosingDate"
  /** 暦年 (年末調整). */
  | "taxYear";

export interface Source {
  /** Document title down to the article or notice. */
  title: string;
  url?: string;
  /** Where in the document (article, page, table). */
  at?: string;
}

export type Confidence = "high" | "medium" | "low";

export interface Revision<T> {
  /** First day (ISO YYYY-MM-DD) the value applies to, under the timeline's date key. */
  effective: string;
  value: T;
  sources: Source[];
  confidence?: Confidence;
  note?: string;
}

export interface TimelineSpec<T> {
  /** Stable identifier, e.g. "socialInsurance.pensionRate". */
  id: string;
  /** Japanese name used in messages, e.g. "厚生年金保険料率". */
  title: string;
  unit: string;
  keyedOn: DateKey;
  /**
   * Last day (ISO) for which the newest revision is known to be in force, or null when the value is
   * fixed by statute with no scheduled end. A date after it is "no data", never the old value.
   */
  knownUntil: string | null;
  revisions: Revision<T>[];
}
