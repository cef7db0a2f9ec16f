import {
  basicDeductionTable, dependentDeductionRules, forTaxYear, incomeTaxRates, personalDeductionRules, salaryIncomeTable, yearTaxSurtaxRate,
} from "../law/yearEnd";
import { BasicDeductionTable } from "../law/data/yearEnd/basicDeduction.data";
import { RateBracket } from "../law/data/yearEnd/incomeTax.data";
import { SalaryIncomeTable } from "../law/data/yearEnd/salaryIncomeTable.data";
import { Ppm } from "../money/rate";
import { CalcError } from "../vocabulary/errors";
import { salaryIncomeOnTable } from "./salaryIncomeAfterDeduction";
import { incomeAdjustmentDeduction } from "./incomeAdjustmentDeduction";
import { basicDeductionOnTable } from "./basicDeduction";
import { incomeTaxOnRates } from "./incomeTaxByRate";
import { withSurtax } from "./annualTax";

/** What a 年調年税額 from the salary alone needs besides the salary: what YE_ANNUAL_TAX is given. */
export interface SalaryOnlyYear {
  year: number;
  salary: number;
  /** 社会保険料等 (給与分と申告分の合計). */
  socialInsurance: number;
  /** 基礎控除と社会保険料控除以外の所得控除の合計. */
  otherDeductions: number;
  /** 住宅借入金等特別控除可能額. */
  housingLoanCredit: number;
  incomeAdjustmentEligible: boolean;
}

interface LaterTables {
  basic: BasicDeductionTable;
  rates: readonly RateBracket[];
  surtax: Ppm;
}

/** One 年分's tables, or the #N/A of the first one missing after the 給与所得控除後 table. */
interface YearTables {
  year: number;
  salaryIncome: SalaryIncomeTable;
  later: LaterTables | CalcError;
}

/** The last 年分 looked up: a YE_ANNUAL_TAX column asks for the same year on every row. */
let last: YearTables | undefined;

function tablesOf(year: number): YearTables {
  const l = last;
  if (l !== undefined && l.year === year) return l;
  const salaryIncome = forTaxYear(salaryIncomeTable, year);
  let later: LaterTables | CalcError;
  try {
    // yearEndAdjustment reads the 扶養控除 and 人的控除 tables even when they give 0, so a 年分 without
    // them is #N/A there: the same here, naming the same table.
    forTaxYear(dependentDeductionRules, year);
    forTaxYear(personalDeductionRules, year);
    later = { basic: forTaxYear(basicDeductionTable, year), rates: forTaxYear(incomeTaxRates, year), surtax: forTaxYear(yearTaxSurtaxRate, year) };
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    later = e;
  }
  return (last = { year, salaryIncome, later });
}

/**
 * 年調年税額 of an employee whose 所得控除 are the 社会保険料等, the 基礎控除 and one sum of the others — the
 * 年末調整 of yearEndAdjustment (国税庁「年末調整のしかた」の順序) for exactly those inputs, step for step and
 * to the yen, without its notes and result of every step: a YE_ANNUAL_TAX column computes this per row.
 * 給与所得控除後の給与等の金額 → 所得金額調整控除 → 基礎控除 (合計所得金額 = 給与所得) → 課税給与所得金額
 * (1,000円未満切捨て) → 算出所得税額 → 住宅借入金等特別控除 → ×102.1%, 100円未満切捨て. Over 2,000万円 #N/A.
 * @example annualTaxFromSalary({ year: 2026, salary: 8_970_000, socialInsurance: 1_386_102, otherDeductions: 2_820_000, housingLoanCredit: 76_500, incomeAdjustmentEligible: true }) // 41,400
 */
export function annualTaxFromSalary(x: SalaryOnlyYear): number {
  const t = tablesOf(x.year);
  const salaryIncome = salaryIncomeOnTable(t.salaryIncome, x.salary, x.year);
  const later = t.later;
  if (later instanceof CalcError) throw later;
  const incomeAdjustment = incomeAdjustmentDeduction({ salary: x.salary, eligible: x.incomeAdjustmentEligible });
  const totalIncome = Math.max(0, salaryIncome - incomeAdjustment);
  const totalDeductions = x.socialInsurance + basicDeductionOnTable(later.basic, totalIncome) + x.otherDeductions;
  // incomeTaxOnRates cuts the 課税給与所得金額 to 1,000円 itself: cutting it here too costs a division per row.
  const computedTax = incomeTaxOnRates(later.rates, totalIncome - totalDeductions);
  return withSurtax(computedTax - Math.min(x.housingLoanCredit, computedTax), later.surtax);
}
