import { microYen, Ppm, PPM } from "../money/rate";
import { floorToThousandYen, floorYen } from "../money/rounding";

/**
 * 保険料算定基礎額: 賃金総額の1,000円未満の端数は切り捨てる (徴収法第15条第1項第1号・第19条第1項の括弧書き).
 * @example premiumBase(12_345_678) // 12,345,000
 */
export function premiumBase(wages: number): number {
  return floorToThousandYen(wages);
}

/**
 * 一般保険料 = 賃金総額 × 一般保険料率 (徴収法第11条第1項・第12条), 1円未満切捨て (国等の債権債務等の金額の端数計算に
 * 関する法律第2条第1項). The 雇用保険 part uses the whole 雇用保険率 (事業主負担＋労働者負担).
 * @example premiumOf(12_345_000, 3_000) // 37,035
 */
export function premiumOf(base: number, rate: Ppm): number {
  return floorYen(microYen(base, rate), PPM);
}

/** One part of a year over which the 雇用保険率 stays the same (令和4年度の上期・下期). */
export interface RatePeriod {
  rate: Ppm;
  wages: number;
}

/**
 * 雇用保険分 when the rate changes inside the 保険年度: each part's 賃金総額 is cut below 1,000円 and multiplied
 * by its own rate, then the premiums are added (徴収法第12条; 令和4年度 申告書の上期・下期の欄).
 * @example employmentPremiumByRatePeriod([{ rate: 9_500, wages: 6_000_500 }, { rate: 13_500, wages: 6_000_500 }]) // { base: 12,000,000, premium: 138,000 }
 */
export function employmentPremiumByRatePeriod(periods: readonly RatePeriod[]): { base: number; premium: number } {
  let base = 0;
  let premium = 0;
  for (const p of periods) {
    const b = premiumBase(p.wages);
    base += b;
    premium += premiumOf(b, p.rate);
  }
  return { base, premium };
}

/**
 * 一般拠出金 = 労災保険の確定賃金総額 (1,000円未満切捨て後) × 一般拠出金率, 1円未満切捨て (石綿健康被害救済法第37条).
 * @example asbestosLevy(12_345_000, 20) // 246
 */
export function asbestosLevy(rosaiBase: number, rate: Ppm): number {
  return premiumOf(rosaiBase, rate);
}
