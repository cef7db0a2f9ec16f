/**
 * 年末調整の関数 (SONAE.YE_*). Same conventions as socialInsurance.ts: a FormulaDef per formula and a JSDoc
 * wrapper that is Excel's metadata. Ids and argument order are a public API: never change them; add new
 * optional arguments only at the end.
 */
/* global CustomFunctions */
import * as A from "./args";
import { defineFormula, FormulaDef } from "./define";
import { forExcel } from "./excel";
import { salaryIncomeAfterDeduction } from "../calc/yearEnd/salaryIncomeAfterDeduction";
import { basicDeduction } from "../calc/yearEnd/basicDeduction";
import { spouseDeduction } from "../calc/yearEnd/spouseDeduction";
import { dependentDeduction } from "../calc/yearEnd/dependentDeduction";
import { specificRelativeDeduction } from "../calc/yearEnd/specificRelativeDeduction";
import { lifeInsuranceDeduction } from "../calc/yearEnd/lifeInsuranceDeduction";
import { earthquakeInsuranceDeduction } from "../calc/yearEnd/earthquakeInsuranceDeduction";
import { incomeAdjustmentDeduction } from "../calc/yearEnd/incomeAdjustmentDeduction";
import { incomeTaxByRate } from "../calc/yearEnd/incomeTaxByRate";
import { annualTax } from "../calc/yearEnd/annualTax";
import { annualTaxFromSalary } from "../calc/yearEnd/annualTaxFromSalary";

const year = { name: "year", label: "年分", parse: A.year };
const salary = { name: "salary", label: "給与等の収入金額", parse: A.yen };
const premium = (name: string, label: string) => ({ name, label, parse: A.yen, optional: true, default: 0 });
const count = (name: string, label: string) => ({ name, label, parse: A.wholeNumber(0, 99) });

export const YE_SALARY_INCOME_DEF = defineFormula({
  id: "YE_SALARY_INCOME",
  example: [8970000, 2026],
  params: [salary, year],
  run: ([s, y]) => salaryIncomeAfterDeduction({ salary: s, year: y }),
});

export const YE_BASIC_DEDUCTION_DEF = defineFormula({
  id: "YE_BASIC_DEDUCTION",
  example: [6973000, "令和8年"],
  params: [{ name: "totalIncome", label: "合計所得金額", parse: A.yen }, year],
  run: ([income, y]) => basicDeduction({ totalIncome: income, year: y }),
});

export const YE_SPOUSE_DEDUCTION_DEF = defineFormula({
  id: "YE_SPOUSE_DEDUCTION",
  example: [6973000, 0, 2026],
  params: [
    { name: "earnerTotalIncome", label: "本人の合計所得金額", parse: A.yen },
    { name: "spouseTotalIncome", label: "配偶者の合計所得金額", parse: A.yen },
    year,
    { name: "elderly", label: "老人控除対象配偶者", parse: A.bool, optional: true, default: false },
  ],
  run: ([earner, spouse, y, elderly]) => spouseDeduction({ earnerTotalIncome: earner, spouseTotalIncome: spouse, year: y, elderly }).amount,
});

export const YE_DEPENDENT_DEDUCTION_DEF = defineFormula({
  id: "YE_DEPENDENT_DEDUCTION",
  example: [1, 1, 0, 1, 2026],
  params: [
    count("general", "一般の控除対象扶養親族の数"),
    count("specific", "特定扶養親族の数"),
    count("elderly", "老人扶養親族（同居老親等以外）の数"),
    count("elderlyParents", "同居老親等の数"),
    year,
  ],
  run: ([general, specific, elderly, elderlyParents, y]) => dependentDeduction({ general, specific, elderly, elderlyParents, year: y }),
});

export const YE_SPECIFIC_RELATIVE_DEDUCTION_DEF = defineFormula({
  id: "YE_SPECIFIC_RELATIVE_DEDUCTION",
  example: [1000000, 2026],
  params: [{ name: "relativeTotalIncome", label: "特定親族の合計所得金額", parse: A.yen }, year],
  run: ([income, y]) => specificRelativeDeduction({ relativeTotalIncome: income, year: y }),
});

export const YE_LIFE_INSURANCE_DEDUCTION_DEF = defineFormula({
  id: "YE_LIFE_INSURANCE_DEDUCTION",
  example: [100000, 0, 100000, 100000, 0],
  params: [
    { name: "newGeneral", label: "一般の生命保険料（新契約）", parse: A.yen },
    premium("oldGeneral", "一般の生命保険料（旧契約）"),
    premium("careMedical", "介護医療保険料"),
    premium("newPension", "個人年金保険料（新契約）"),
    premium("oldPension", "個人年金保険料（旧契約）"),
    { name: "youngDependent", label: "23歳未満の扶養親族", parse: A.bool, optional: true, default: false },
    { name: "year", label: "年分", parse: A.year, optional: true, default: undefined },
  ],
  run: ([newGeneral, oldGeneral, careMedical, newPension, oldPension, youngDependent, y]) =>
    lifeInsuranceDeduction({ premiums: { newGeneral, oldGeneral, careMedical, newPension, oldPension }, youngDependent, year: y }),
});

export const YE_EARTHQUAKE_DEDUCTION_DEF = defineFormula({
  id: "YE_EARTHQUAKE_DEDUCTION",
  example: [60000, 0],
  params: [{ name: "earthquake", label: "地震保険料", parse: A.yen }, premium("oldLongTerm", "旧長期損害保険料")],
  run: ([earthquake, oldLongTerm]) => earthquakeInsuranceDeduction({ earthquake, oldLongTerm }),
});

export const YE_INCOME_ADJUSTMENT_DEF = defineFormula({
  id: "YE_INCOME_ADJUSTMENT",
  example: [8970000, true],
  params: [salary, { name: "eligible", label: "所得金額調整控除の対象", parse: A.bool }],
  run: ([s, eligible]) => incomeAdjustmentDeduction({ salary: s, eligible }),
});

const housingLoanCredit = { name: "housingLoanCredit", label: "住宅借入金等特別控除額", parse: A.yen, optional: true, default: 0 };

export const YE_INCOME_TAX_DEF = defineFormula({
  id: "YE_INCOME_TAX",
  example: [2146000, 2026, 76500],
  params: [{ name: "taxableIncome", label: "課税給与所得金額", parse: A.yen }, year, housingLoanCredit],
  run: ([taxable, y, credit]) => annualTax({ computedTax: incomeTaxByRate({ taxableIncome: taxable, year: y }), housingLoanCredit: credit, year: y }).annualTax,
});

export const YE_ANNUAL_TAX_DEF = defineFormula({
  id: "YE_ANNUAL_TAX",
  example: [8970000, 1386102, "R8", 2820000, 76500, true],
  params: [
    salary,
    { name: "socialInsurance", label: "社会保険料等", parse: A.yen },
    year,
    { name: "otherDeductions", label: "その他の所得控除の合計", parse: A.yen, optional: true, default: 0 },
    housingLoanCredit,
    { name: "incomeAdjustmentEligible", label: "所得金額調整控除の対象", parse: A.bool, optional: true, default: false },
  ],
  run: ([s, si, y, other, credit, eligible]) =>
    annualTaxFromSalary({ year: y, salary: s, socialInsurance: si, otherDeductions: other, housingLoanCredit: credit, incomeAdjustmentEligible: eligible }),
});

export const YEAR_END_FORMULAS: FormulaDef[] = [
  YE_SALARY_INCOME_DEF, YE_BASIC_DEDUCTION_DEF, YE_SPOUSE_DEDUCTION_DEF, YE_DEPENDENT_DEDUCTION_DEF, YE_SPECIFIC_RELATIVE_DEDUCTION_DEF,
  YE_LIFE_INSURANCE_DEDUCTION_DEF, YE_EARTHQUAKE_DEDUCTION_DEF, YE_INCOME_ADJUSTMENT_DEF, YE_INCOME_TAX_DEF, YE_ANNUAL_TAX_DEF,
];

// ---- Excel wrappers: the JSDoc below is Excel's formula metadata (functions.json) -------------

/**
 * 給与所得控除後の給与等の金額を返します（年末調整等のための給与所得控除後の給与等の金額の表。660万円以上は表の算式）。2,000万円を超える給与は年末調整の対象外のため #N/A です。
 * @customfunction YE_SALARY_INCOME
 * @param salary 給与等の収入金額（その年の支給総額、円）。範囲を指定すると結果がスピルします。
 * @param year 年分：2026、"2026"、"令和8年"、"R8" など（令和2年分〜令和8年分）。
 * @returns 給与所得控除後の給与等の金額（円）
 */
export function YE_SALARY_INCOME(salary: any[][], year: any[][]): any[][] {
  return forExcel(YE_SALARY_INCOME_DEF, arguments);
}

/**
 * 合計所得金額から基礎控除の額を返します（令和7年分 95/88/68/63/58万円、令和8年分 104/67/62万円、2,350万円超は 48/32/16/0万円）。
 * @customfunction YE_BASIC_DEDUCTION
 * @param totalIncome 合計所得金額（給与所得のみなら所得金額調整控除後の給与所得、円）。
 * @param year 年分：2026、"令和8年"、"R8" など。
 * @returns 基礎控除の額（円）
 */
export function YE_BASIC_DEDUCTION(totalIncome: any[][], year: any[][]): any[][] {
  return forExcel(YE_BASIC_DEDUCTION_DEF, arguments);
}

/**
 * 配偶者控除または配偶者特別控除の額を返します。配偶者の合計所得金額が令和7年分58万円・令和8年分62万円以下なら配偶者控除、133万円以下なら配偶者特別控除です。本人の合計所得金額が1,000万円を超えると 0 です。
 * @customfunction YE_SPOUSE_DEDUCTION
 * @param earnerTotalIncome 本人（給与所得者）の合計所得金額（円）。
 * @param spouseTotalIncome 配偶者の合計所得金額（円）。
 * @param year 年分：2026、"令和8年"、"R8" など。
 * @param [elderly] 配偶者が70歳以上（老人控除対象配偶者）なら TRUE（省略時 FALSE）。
 * @returns 配偶者控除または配偶者特別控除の額（円）
 */
export function YE_SPOUSE_DEDUCTION(earnerTotalIncome: any[][], spouseTotalIncome: any[][], year: any[][], elderly?: any[][]): any[][] {
  return forExcel(YE_SPOUSE_DEDUCTION_DEF, arguments);
}

/**
 * 扶養控除の額を返します（一般38万円・特定63万円・老人48万円・同居老親等58万円 × 人数）。
 * @customfunction YE_DEPENDENT_DEDUCTION
 * @param general 一般の控除対象扶養親族（16〜18歳・23〜69歳）の人数。
 * @param specific 特定扶養親族（19〜22歳）の人数。
 * @param elderly 老人扶養親族（70歳以上、同居老親等以外）の人数。
 * @param elderlyParents 同居老親等の人数。
 * @param year 年分：2026、"令和8年"、"R8" など。
 * @returns 扶養控除の額（円）
 */
export function YE_DEPENDENT_DEDUCTION(general: any[][], specific: any[][], elderly: any[][], elderlyParents: any[][], year: any[][]): any[][] {
  return forExcel(YE_DEPENDENT_DEDUCTION_DEF, arguments);
}

/**
 * 特定親族特別控除の額（19歳以上23歳未満の親族1人分）を返します。扶養親族の所得要件（令和7年分58万円・令和8年分62万円）以下なら扶養控除（特定扶養親族63万円）の対象のため 0、123万円を超えると 0 です。
 * @customfunction YE_SPECIFIC_RELATIVE_DEDUCTION
 * @param relativeTotalIncome その親族の合計所得金額（円）。
 * @param year 年分：2026、"令和8年"、"R8" など（令和7年分から）。
 * @returns 特定親族特別控除の額（円）
 */
export function YE_SPECIFIC_RELATIVE_DEDUCTION(relativeTotalIncome: any[][], year: any[][]): any[][] {
  return forExcel(YE_SPECIFIC_RELATIVE_DEDUCTION_DEF, arguments);
}

/**
 * 生命保険料控除の額を返します（一般・介護医療・個人年金の区分ごとに新契約は最高4万円、旧契約は最高5万円、新旧両方は最高4万円、合計最高12万円。1円未満切上げ）。
 * @customfunction YE_LIFE_INSURANCE_DEDUCTION
 * @param newGeneral 一般の生命保険料（新契約：平成24年以後の契約）の年間支払額（円）。ない場合は 0。
 * @param [oldGeneral] 一般の生命保険料（旧契約）の年間支払額（円、省略時 0）。
 * @param [careMedical] 介護医療保険料の年間支払額（円、省略時 0）。
 * @param [newPension] 個人年金保険料（新契約）の年間支払額（円、省略時 0）。
 * @param [oldPension] 個人年金保険料（旧契約）の年間支払額（円、省略時 0）。
 * @param [youngDependent] 23歳未満の扶養親族がいれば TRUE（令和8年分は一般の生命保険料（新）の上限が6万円。省略時 FALSE）。
 * @param [year] 年分（youngDependent が TRUE のときは必須）：2026、"令和8年"、"R8" など。
 * @returns 生命保険料控除の額（円）
 */
export function YE_LIFE_INSURANCE_DEDUCTION(newGeneral: any[][], oldGeneral?: any[][], careMedical?: any[][], newPension?: any[][], oldPension?: any[][], youngDependent?: any[][], year?: any[][]): any[][] {
  return forExcel(YE_LIFE_INSURANCE_DEDUCTION_DEF, arguments);
}

/**
 * 地震保険料控除の額を返します（地震保険料は最高5万円、旧長期損害保険料は最高1万5千円、合計最高5万円。1円未満切上げ）。
 * @customfunction YE_EARTHQUAKE_DEDUCTION
 * @param earthquake 地震保険料の年間支払額（円）。ない場合は 0。
 * @param [oldLongTerm] 旧長期損害保険料の年間支払額（円、省略時 0）。
 * @returns 地震保険料控除の額（円）
 */
export function YE_EARTHQUAKE_DEDUCTION(earthquake: any[][], oldLongTerm?: any[][]): any[][] {
  return forExcel(YE_EARTHQUAKE_DEDUCTION_DEF, arguments);
}

/**
 * 所得金額調整控除（子ども・特別障害者等を有する者等）の額を返します：（給与等の収入金額（上限1,000万円）− 850万円）× 10%、1円未満切上げ、最高15万円。
 * @customfunction YE_INCOME_ADJUSTMENT
 * @param salary 給与等の収入金額（円）。
 * @param eligible 本人が特別障害者、23歳未満の扶養親族がいる、または特別障害者の同一生計配偶者・扶養親族がいるなら TRUE。
 * @returns 所得金額調整控除の額（円）
 */
export function YE_INCOME_ADJUSTMENT(salary: any[][], eligible: any[][]): any[][] {
  return forExcel(YE_INCOME_ADJUSTMENT_DEF, arguments);
}

/**
 * 課税給与所得金額から年調年税額を返します：速算表の算出所得税額 − 住宅借入金等特別控除、× 102.1%、100円未満切捨て。
 * @customfunction YE_INCOME_TAX
 * @param taxableIncome 課税給与所得金額（円。1,000円未満は切り捨てて計算します）。
 * @param year 年分：2026、"令和8年"、"R8" など。
 * @param [housingLoanCredit] 住宅借入金等特別控除額（円、省略時 0。算出所得税額を超える分は控除しません）。
 * @returns 年調年税額（円）
 */
export function YE_INCOME_TAX(taxableIncome: any[][], year: any[][], housingLoanCredit?: any[][]): any[][] {
  return forExcel(YE_INCOME_TAX_DEF, arguments);
}

/**
 * 給与等の収入金額から年調年税額を返します。給与所得控除後の給与等の金額・所得金額調整控除・基礎控除（合計所得金額から算出）を自動で計算し、社会保険料等とその他の所得控除を差し引きます。
 * @customfunction YE_ANNUAL_TAX
 * @param salary 給与等の収入金額（その年の支給総額、円）。2,000万円を超えると #N/A（年末調整の対象外）。
 * @param socialInsurance 社会保険料等の控除額（給与から控除した額と申告分の合計、円）。
 * @param year 年分：2026、"令和8年"、"R8" など。
 * @param [otherDeductions] 基礎控除と社会保険料以外の所得控除の合計（生命保険料・地震保険料・配偶者・扶養・特定親族・障害者等、円。省略時 0）。
 * @param [housingLoanCredit] 住宅借入金等特別控除額（円、省略時 0）。
 * @param [incomeAdjustmentEligible] 所得金額調整控除の対象なら TRUE（省略時 FALSE）。
 * @returns 年調年税額（円）
 */
export function YE_ANNUAL_TAX(salary: any[][], socialInsurance: any[][], year: any[][], otherDeductions?: any[][], housingLoanCredit?: any[][], incomeAdjustmentEligible?: any[][]): any[][] {
  return forExcel(YE_ANNUAL_TAX_DEF, arguments);
}
