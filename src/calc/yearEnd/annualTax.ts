import { forTaxYear, yearTaxSurtaxRate } from "../law/yearEnd";
import { microYen, Ppm, PPM } from "../money/rate";
import { floorYearTax } from "../money/yearEndRounding";

export interface AnnualTax {
  /** 住宅借入金等特別控除の額 actually used (never more than the 算出所得税額). */
  housingLoanCredit: number;
  /** 年調所得税額 = 算出所得税額 − 住宅借入金等特別控除 (0未満にしない). */
  adjustedTax: number;
  /** 年調年税額 = 年調所得税額 × 102.1%, 100円未満切捨て. */
  annualTax: number;
}

/**
 * 年調年税額 (国税庁「年末調整のしかた」): the 算出所得税額 less the 住宅借入金等特別控除 (租税特別措置法
 * 第41条; a credit against tax, never below 0 — the rest goes to 住民税), times 102.1% (復興特別所得税 2.1%),
 * 100円未満切捨て.
 * @example annualTax({ computedTax: 117_100, housingLoanCredit: 76_500, year: 2026 }) // 40,600 × 102.1% = 41,452.6 → 41,400
 */
export function annualTax(a: { computedTax: number; housingLoanCredit: number; year: number }): AnnualTax {
  const credit = Math.min(a.housingLoanCredit, a.computedTax);
  const adjustedTax = a.computedTax - credit;
  return { housingLoanCredit: credit, adjustedTax, annualTax: withSurtax(adjustedTax, forTaxYear(yearTaxSurtaxRate, a.year)) };
}

/**
 * 年調所得税額 × (100% + 復興特別所得税率), 100円未満切捨て — on the year's rate, already looked up.
 * @example withSurtax(40_600, 21_000) // 41,452.6 → 41,400
 */
export function withSurtax(adjustedTax: number, surtaxRate: Ppm): number {
  return floorYearTax(microYen(adjustedTax, PPM + surtaxRate), PPM);
}
