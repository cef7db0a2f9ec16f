import { forTaxYear, incomeTaxRates } from "../law/yearEnd";
import { RateBracket } from "../law/data/yearEnd/incomeTax.data";
import { floorTaxableIncome } from "../money/yearEndRounding";

/**
 * 算出所得税額 (所得税法第89条第1項) by the 速算表: 課税給与所得金額 (1,000円未満切捨て) × 税率 − 控除額.
 * @example incomeTaxByRate({ taxableIncome: 2_146_000, year: 2026 }) // 2,146,000 × 10% − 97,500 = 117,100
 */
export function incomeTaxByRate(a: { taxableIncome: number; year: number }): number {
  return incomeTaxOnRates(forTaxYear(incomeTaxRates, a.year), a.taxableIncome);
}

/** The same on the year's 速算表, already looked up (a 年調年税額 column looks it up once per 年分). */
export function incomeTaxOnRates(rows: readonly RateBracket[], taxableIncome: number): number {
  const taxable = floorTaxableIncome(Math.max(0, taxableIncome));
  let i = rows.length - 1;
  while (i > 0 && taxable < rows[i].from) i--;
  // taxable is a multiple of 1,000 yen, so × percent / 100 is exact.
  return Math.max(0, (taxable * rows[i].percent) / 100 - rows[i].subtract);
}
