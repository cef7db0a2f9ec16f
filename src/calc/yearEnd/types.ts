import { DependentCounts } from "./dependentDeduction";
import { LifePremiums } from "./lifeInsuranceDeduction";
import { PersonalStatus } from "./personalDeductions";
import { SpouseDeductionKind } from "./spouseDeduction";

/**
 * One employee's year, as the 源泉徴収簿 and the 申告書 (扶養控除等・基・配・特・所・保険料控除) give it. Yen.
 */
export interface YearEndInput {
  /** 年分 (暦年). */
  year: number;
  /** 給与等の収入金額 (その年中の支給総額, 賞与を含む). */
  salary: number;
  /** 給与等から控除した社会保険料. */
  socialInsurance: number;
  /** 申告による社会保険料 (国民年金保険料など). */
  declaredSocialInsurance?: number;
  /** 小規模企業共済等掛金 (iDeCo など). */
  smallEnterpriseMutualAid?: number;
  /** 給与所得以外の所得の合計額 (基礎控除申告書の見積額), 合計所得金額 に加える. */
  otherIncome?: number;
  /** 源泉徴収済額 (年間の源泉徴収税額の合計). */
  withheld?: number;
  /** 配偶者: the spouse's 合計所得金額, and 老人控除対象配偶者 (70歳以上). undefined = none. */
  spouse?: { totalIncome: number; elderly: boolean };
  dependents?: Partial<DependentCounts>;
  /** 特定親族 (19〜22歳, 扶養親族の所得要件を超える) の合計所得金額, one per relative. */
  specificRelatives?: number[];
  personal?: Partial<PersonalStatus>;
  /** 年齢23歳未満の扶養親族を有する (令和8年分の一般生命保険料控除の特例). */
  youngDependent?: boolean;
  /** 所得金額調整控除の対象 (本人が特別障害者 / 23歳未満の扶養親族 / 特別障害者の同一生計配偶者・扶養親族). */
  incomeAdjustmentEligible?: boolean;
  lifePremiums?: Partial<LifePremiums>;
  earthquakePremiums?: { earthquake?: number; oldLongTerm?: number };
  /** 所得控除 already computed elsewhere, added as one amount (YE_ANNUAL_TAX's otherDeductions). */
  otherDeductions?: number;
  /** 住宅借入金等特別控除可能額 (年末調整で控除できる額). */
  housingLoanCredit?: number;
  /** 前職分 of a 中途就職者: the figures of the previous employer's 源泉徴収票, added to this employer's. */
  previousEmployer?: PreviousEmployer;
}

/**
 * 前職分: 支払金額, 社会保険料等の金額 and 源泉徴収税額 of the previous employer's 源泉徴収票 of the same year. The
 * 年末調整 covers the 給与等 another payer paid while the 扶養控除等申告書 was with it (所得税法第190条, the
 * bracketed clause), so they are added to this employer's before anything is computed.
 */
export interface PreviousEmployer {
  salary: number;
  socialInsurance: number;
  withheld: number;
}

/** Every step of the calculation, in the order of the 源泉徴収簿 年末調整欄. */
export interface YearEndResult {
  year: number;
  /** 給与等の収入金額: this employer's 支給総額 plus the 前職分. */
  salary: number;
  /** 給与所得控除後の給与等の金額 (表). */
  salaryIncome: number;
  /** 所得金額調整控除額. */
  incomeAdjustment: number;
  /** 給与所得控除後の給与等の金額 (調整控除後) = 給与所得の金額. */
  salaryIncomeAdjusted: number;
  /** 合計所得金額 (給与所得 + 給与以外の所得). */
  totalIncome: number;
  /** 社会保険料控除 (給与分 + 申告分). */
  socialInsurance: number;
  smallEnterpriseMutualAid: number;
  lifeInsurance: number;
  earthquakeInsurance: number;
  spouse: number;
  spouseKind: SpouseDeductionKind;
  dependents: number;
  specificRelatives: number;
  /** 障害者・寡婦・ひとり親・勤労学生控除の合計. */
  personal: number;
  basic: number;
  otherDeductions: number;
  /** 所得控除額の合計. */
  totalDeductions: number;
  /** 課税給与所得金額 (1,000円未満切捨て). */
  taxableIncome: number;
  /** 算出所得税額. */
  computedTax: number;
  /** 住宅借入金等特別控除の額 (実際に控除した額). */
  housingLoanCredit: number;
  /** 年調所得税額. */
  adjustedTax: number;
  /** 年調年税額. */
  annualTax: number;
  /** 源泉徴収済額: this employer's plus the 前職分. */
  withheld: number;
  /** 過不足額 = 源泉徴収済額 − 年調年税額: > 0 超過額 (還付), < 0 不足額 (徴収). */
  balance: number;
  /** Why something declared gave no deduction (Japanese). */
  notes: string[];
}
