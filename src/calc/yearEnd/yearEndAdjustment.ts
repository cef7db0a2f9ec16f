import { salaryIncomeAfterDeduction } from "./salaryIncomeAfterDeduction";
import { incomeAdjustmentDeduction } from "./incomeAdjustmentDeduction";
import { basicDeduction } from "./basicDeduction";
import { spouseDeduction } from "./spouseDeduction";
import { dependentDeduction } from "./dependentDeduction";
import { specificRelativeDeduction } from "./specificRelativeDeduction";
import { personalDeductions } from "./personalDeductions";
import { lifeInsuranceDeduction } from "./lifeInsuranceDeduction";
import { earthquakeInsuranceDeduction } from "./earthquakeInsuranceDeduction";
import { incomeTaxByRate } from "./incomeTaxByRate";
import { annualTax } from "./annualTax";
import { floorTaxableIncome } from "../money/yearEndRounding";
import { YearEndInput, YearEndResult } from "./types";
import { withPreviousEmployer } from "./previousEmployer";
import { forTaxYear, specificRelativeRules } from "../law/yearEnd";
import { LifePremiums } from "./lifeInsuranceDeduction";
import { PersonalStatus } from "./personalDeductions";

function specificRelativesTotal(incomes: readonly number[] | undefined, year: number, notes: string[]): number {
  if (incomes === undefined || incomes.length === 0) return 0;
  const r = forTaxYear(specificRelativeRules, year);
  return incomes.reduce((sum, income, i) => {
    const amount = specificRelativeDeduction({ relativeTotalIncome: income, year });
    if (amount === 0) {
      const why = income <= r.lowerExclusive ? "扶養親族の所得要件内のため、扶養控除（特定扶養親族）として数えてください" : "123万円を超えるため対象外です";
      notes.push(`特定親族${i + 1}（合計所得金額 ${income.toLocaleString("ja-JP")}円）: ${why}。`);
    }
    return sum + amount;
  }, 0);
}

// An employee who declared nothing (the usual row of a YE_ANNUAL_TAX column) shares these instead of
// building empty inputs per row. Frozen: the rules only read them.
const NO_LIFE_PREMIUMS: LifePremiums = Object.freeze({ newGeneral: 0, oldGeneral: 0, careMedical: 0, newPension: 0, oldPension: 0 });
const NO_PERSONAL_STATUS: PersonalStatus = Object.freeze({
  disabled: 0, speciallyDisabled: 0, speciallyDisabledCohabiting: 0, widow: false, singleParent: false, workingStudent: false,
});

const NO_SPOUSE = Object.freeze({ amount: 0, kind: "" as const });

function lifePremiumsOf(lp: Partial<LifePremiums> | undefined): LifePremiums {
  if (lp === undefined) return NO_LIFE_PREMIUMS;
  return { newGeneral: lp.newGeneral ?? 0, oldGeneral: lp.oldGeneral ?? 0, careMedical: lp.careMedical ?? 0, newPension: lp.newPension ?? 0, oldPension: lp.oldPension ?? 0 };
}

function personalStatusOf(ps: Partial<PersonalStatus> | undefined): PersonalStatus {
  if (ps === undefined) return NO_PERSONAL_STATUS;
  return {
    disabled: ps.disabled ?? 0, speciallyDisabled: ps.speciallyDisabled ?? 0, speciallyDisabledCohabiting: ps.speciallyDisabledCohabiting ?? 0,
    widow: ps.widow ?? false, singleParent: ps.singleParent ?? false, workingStudent: ps.workingStudent ?? false,
  };
}

/**
 * 年末調整 of one employee (所得税法第190条; 国税庁「年末調整のしかた」の順序): 給与所得控除後の給与等の金額 →
 * 所得金額調整控除 → 所得控除 (社会保険料・小規模企業共済等掛金・生命保険料・地震保険料・配偶者 (特別)・扶養・
 * 特定親族特別・障害者等・基礎) → 課税給与所得金額 (1,000円未満切捨て) → 算出所得税額 → 住宅借入金等特別控除 →
 * 年調年税額 (×102.1%, 100円未満切捨て) → 過不足額. A 中途就職者's 前職分 is added to the 支給総額, 社会保険料 and
 * 源泉徴収済額 first. Returns every step. Over 2,000万円 #N/A.
 * @example yearEndAdjustment(国税庁 令和8年分の計算例) // annualTax 41,400, balance 115,270 (還付)
 */
export function yearEndAdjustment(x: YearEndInput): YearEndResult {
  const year = x.year;
  const notes: string[] = [];
  const whole = withPreviousEmployer(x);
  const salaryIncome = salaryIncomeAfterDeduction({ salary: whole.salary, year });
  const incomeAdjustment = incomeAdjustmentDeduction({ salary: whole.salary, eligible: x.incomeAdjustmentEligible ?? false });
  const salaryIncomeAdjusted = Math.max(0, salaryIncome - incomeAdjustment);
  const otherIncome = x.otherIncome ?? 0;
  const totalIncome = salaryIncomeAdjusted + otherIncome;

  const socialInsurance = whole.socialInsurance + (x.declaredSocialInsurance ?? 0);
  const smallEnterpriseMutualAid = x.smallEnterpriseMutualAid ?? 0;
  const lifeInsurance = lifeInsuranceDeduction({ premiums: lifePremiumsOf(x.lifePremiums), youngDependent: x.youngDependent ?? false, year });
  const ep = x.earthquakePremiums;
  const earthquakeInsurance = earthquakeInsuranceDeduction({ earthquake: ep?.earthquake ?? 0, oldLongTerm: ep?.oldLongTerm ?? 0 });
  const sp = x.spouse ? spouseDeduction({ earnerTotalIncome: totalIncome, spouseTotalIncome: x.spouse.totalIncome, year, elderly: x.spouse.elderly }) : NO_SPOUSE;
  if (x.spouse && sp.kind === "") notes.push("本人の合計所得金額が1,000万円を超えるか、配偶者の合計所得金額が133万円を超えるため、配偶者（特別）控除はありません。");
  const d = x.dependents;
  const dependents = dependentDeduction({ general: d?.general ?? 0, specific: d?.specific ?? 0, elderly: d?.elderly ?? 0, elderlyParents: d?.elderlyParents ?? 0, year });
  const specificRelatives = specificRelativesTotal(x.specificRelatives, year, notes);
  const personal = personalDeductions({ status: personalStatusOf(x.personal), totalIncome, otherIncome, year });
  for (const note of personal.notes) notes.push(note);
  const basic = basicDeduction({ totalIncome, year });
  const otherDeductions = x.otherDeductions ?? 0;
  const totalDeductions = socialInsurance + smallEnterpriseMutualAid + lifeInsurance + earthquakeInsurance + sp.amount + dependents + specificRelatives + personal.total + basic + otherDeductions;

  const taxableIncome = floorTaxableIncome(Math.max(0, salaryIncomeAdjusted - totalDeductions));
  const computedTax = incomeTaxByRate({ taxableIncome, year });
  const tax = annualTax({ computedTax, housingLoanCredit: x.housingLoanCredit ?? 0, year });
  const withheld = whole.withheld;
  return {
    year, salary: whole.salary, salaryIncome, incomeAdjustment, salaryIncomeAdjusted, totalIncome,
    socialInsurance, smallEnterpriseMutualAid, lifeInsurance, earthquakeInsurance,
    spouse: sp.amount, spouseKind: sp.kind, dependents, specificRelatives, personal: personal.total, basic, otherDeductions, totalDeductions,
    taxableIncome, computedTax, housingLoanCredit: tax.housingLoanCredit, adjustedTax: tax.adjustedTax, annualTax: tax.annualTax,
    withheld, balance: withheld - tax.annualTax, notes,
  };
}
