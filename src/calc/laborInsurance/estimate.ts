import { AnnualDeclarationRules } from "../law/laborInsurance";

/**
 * 概算保険料の賃金総額の見込額: when the year's estimate is between 50% and 200% of the last year's 賃金総額
 * (both included), the last year's 賃金総額 is used instead (徴収法第15条第1項, 施行規則第24条第1項). With no
 * estimate given, the last year's is used.
 * @example estimatedWages({ lastYear: 10_000_000, estimate: 19_000_000, rules }) // 10,000,000
 */
export function estimatedWages(a: { lastYear: number; estimate?: number; rules: AnnualDeclarationRules }): number {
  if (a.estimate === undefined) return a.lastYear;
  const [low, high] = a.rules.estimateRangePercent;
  const within = a.estimate * 100 >= a.lastYear * low && a.estimate * 100 <= a.lastYear * high;
  return within ? a.lastYear : a.estimate;
}

/**
 * 延納 of the 概算保険料 of a 継続事業 (徴収法第18条, 施行規則第27条): allowed from 400,000円, or 200,000円 when only
 * one of 労災・雇用 applies; three instalments, any yen that does not divide going into the first
 * (国等の債権債務等の金額の端数計算に関する法律第3条). Below the minimum: one payment, so no instalments.
 * @example instalments({ estimate: 500_000, bothInsurances: true, rules }) // [166,668, 166,666, 166,666]
 */
export function instalments(a: { estimate: number; bothInsurances: boolean; rules: AnnualDeclarationRules }): number[] {
  const minimum = a.bothInsurances ? a.rules.instalmentMinimumBoth : a.rules.instalmentMinimumSingle;
  if (a.estimate < minimum) return [];
  const n = a.rules.instalments;
  const each = Math.floor(a.estimate / n);
  return Array.from({ length: n }, (_, i) => (i === 0 ? a.estimate - each * (n - 1) : each));
}
