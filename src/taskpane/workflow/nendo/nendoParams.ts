/**
 * What the clerk types for the 年度更新, read as the command line reads --year, --closing-day,
 * --estimate-rosai / --estimate-koyo and --declared-estimate, each error in Japanese naming the value.
 */
import * as A from "../../../calc/vocabulary";
import { CalcError } from "../../../calc/vocabulary/errors";

export interface NendoParams {
  /** 保険年度: 2025, 令和7年度. */
  yearText: string;
  /** 締め日 1〜31; blank = 末日 (31), the command's default. */
  closingDayText: string;
  /** 翌年度の賃金総額の見込額 (円); blank = this year's. */
  estimateRosaiText: string;
  estimateKoyoText: string;
  /** ⑱申告済概算保険料額 (円, last year's 申告書); blank = OFFICE.json's declaredEstimate, or none. */
  declaredEstimateText: string;
}

export type NendoParamKey = keyof NendoParams;

export interface CheckedNendoParams {
  year?: number;
  closingDay?: number;
  estimate: { rosai?: number; koyo?: number };
  declaredEstimate?: number;
  errors: Partial<Record<NendoParamKey, string>>;
}

/**
 * The 保険年度 declared in this June: the one that ended on the last 31 March before today (労働保険徴収法
 * 第19条: the 確定保険料 of the 保険年度 just ended, declared from 1 June to 10 July).
 * @example defaultNendoYear(2026, 6) // 2025 (2025-04〜2026-03); defaultNendoYear(2027, 2) // 2025
 */
export function defaultNendoYear(year: number, month: number): number {
  return month >= 4 ? year - 1 : year - 2;
}

export const initialNendoParams = (year: number): NendoParams => ({ yearText: String(year), closingDayText: "", estimateRosaiText: "", estimateKoyoText: "", declaredEstimateText: "" });

function yearOf(text: string): number | string {
  try {
    // 「令和7年度」 is how the 申告書 names it; the year reader takes 令和7年.
    return A.year(text.trim().replace(/年度$/, "年"), "保険年度");
  } catch (e) {
    if (e instanceof CalcError) return e.message;
    throw e;
  }
}

function closingDayOf(text: string): number | string | undefined {
  const t = text.normalize("NFKC").trim();
  if (t === "") return undefined;
  const day = Number(t);
  return /^\d+$/.test(t) && day >= 1 && day <= 31 ? day : `締め日「${text}」は 1〜31 の整数で入れてください（末日は 31）。`;
}

function yenOf(text: string, what: string, example = "16,500,000"): number | string | undefined {
  const t = text.normalize("NFKC").trim().replace(/,/g, "").replace(/円$/, "");
  if (t === "") return undefined;
  const yen = Number(t);
  return /^\d+$/.test(t) && Number.isSafeInteger(yen) ? yen : `${what}「${text}」は円の整数で入れてください（例 ${example}）。`;
}

export function checkNendoParams(p: NendoParams): CheckedNendoParams {
  const out: CheckedNendoParams = { estimate: {}, errors: {} };
  const year = yearOf(p.yearText);
  if (typeof year === "string") out.errors.yearText = year;
  else out.year = year;
  const closingDay = closingDayOf(p.closingDayText);
  if (typeof closingDay === "string") out.errors.closingDayText = closingDay;
  else if (closingDay !== undefined) out.closingDay = closingDay;
  const rosai = yenOf(p.estimateRosaiText, "労災保険の見込額");
  if (typeof rosai === "string") out.errors.estimateRosaiText = rosai;
  else if (rosai !== undefined) out.estimate.rosai = rosai;
  const koyo = yenOf(p.estimateKoyoText, "雇用保険の見込額");
  if (typeof koyo === "string") out.errors.estimateKoyoText = koyo;
  else if (koyo !== undefined) out.estimate.koyo = koyo;
  const declared = yenOf(p.declaredEstimateText, "申告済概算保険料額", "220,987");
  if (typeof declared === "string") out.errors.declaredEstimateText = declared;
  else if (declared !== undefined) out.declaredEstimate = declared;
  return out;
}
