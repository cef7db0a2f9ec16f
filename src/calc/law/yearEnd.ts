/**
 * 年末調整 (所得税法第190条) law data, keyed on the tax year (暦年: a year's values are looked up at its
 * 1月1日). Each year's tables are whole values (src/calc/law/data/yearEnd); rules never branch on the year.
 *
 * Horizon: 令和8年分 is the last year whose figures are settled here. 令和9年分 changes ひとり親控除 and
 * 復興・防衛特別所得税, so a year after 2026 is #N/A, never last year's table.
 */
import { defineTimeline, Timeline } from "./timeline";
import { Revision, Source } from "./types";
import { dayOf, Day } from "../dates/calendar";
import { ERAS } from "../dates/era";
import { Ppm, ppmFromPercent } from "../money/rate";
import { SALARY_INCOME_R02, SALARY_INCOME_R07, SALARY_INCOME_R08, SalaryIncomeTable } from "./data/yearEnd/salaryIncomeTable.data";
import { BASIC_DEDUCTION_R07, BASIC_DEDUCTION_R08, BasicDeductionTable } from "./data/yearEnd/basicDeduction.data";
import { SPOUSE_DEDUCTION_R07, SPOUSE_DEDUCTION_R08, SpouseDeductionRules } from "./data/yearEnd/spouseDeduction.data";
import { DEPENDENT_DEDUCTION_R07, DEPENDENT_DEDUCTION_R08, DependentDeductionRules } from "./data/yearEnd/dependentDeduction.data";
import { SPECIFIC_RELATIVE_R07, SPECIFIC_RELATIVE_R08, SpecificRelativeRules } from "./data/yearEnd/specificRelativeDeduction.data";
import { PERSONAL_DEDUCTIONS_R07, PERSONAL_DEDUCTIONS_R08, PersonalDeductionRules } from "./data/yearEnd/personalDeductions.data";
import {
  EARTHQUAKE_INSURANCE, EarthquakeInsuranceRules, LIFE_INSURANCE, LIFE_INSURANCE_YOUNG_DEPENDENT_R08, LifeInsuranceRules,
  YoungDependentLifeRules,
} from "./data/yearEnd/insurancePremiums.data";
import { INCOME_ADJUSTMENT, INCOME_TAX_RATES_2015, IncomeAdjustmentRules, RateBracket } from "./data/yearEnd/incomeTax.data";

const INCOME_TAX_ACT: Source = { title: "所得税法", url: "https://laws.e-gov.go.jp/law/340AC0000000033" };
const SPECIAL_MEASURES_ACT: Source = { title: "租税特別措置法", url: "https://laws.e-gov.go.jp/law/332AC0000000026" };
const TAX_ANSWER = (no: number, title: string): Source => ({
  title: `国税庁 タックスアンサー No.${no} ${title}`,
  url: `https://www.nta.go.jp/taxes/shiraberu/taxanswer/shotoku/${no}.htm`,
});
const NENCHO_R07: Source = { title: "国税庁 令和7年分 年末調整のしかた", url: "https://www.nta.go.jp/publication/pamph/gensen/nencho2025/pdf/nencho_all.pdf" };
const NENCHO_R08: Source = { title: "国税庁 令和8年分 年末調整のしかた", url: "https://www.nta.go.jp/publication/pamph/gensen/nencho2026/pdf/nencho_all.pdf" };
const REFORM_R07: Source = {
  title: "国税庁 令和7年度税制改正による所得税の基礎控除の見直し等について（Q&A）",
  url: "https://www.nta.go.jp/publication/pamph/gensen/0025005-051.pdf",
  at: "令和7年12月1日施行、令和7年分以後の所得税に適用",
};
const REFORM_R08: Source = {
  title: "国税庁 令和8年4月 源泉所得税の改正のあらまし（令和8年度税制改正、令和8年法律第12号）",
  url: "https://www.nta.go.jp/publication/pamph/gensen/2026kaisei.pdf",
  at: "1頁 基礎控除・給与所得控除、2頁 扶養親族等の所得要件・配偶者特別控除・特定親族特別控除の表",
};
const REFORM_R08_QA: Source = {
  title: "国税庁 令和8年度税制改正（所得税の基礎控除の引上げ等関係）Q&A",
  url: "https://www.nta.go.jp/users/gensen/2026kiso/pdf/0026005-024.pdf",
  at: "Q1-1 令和8年12月1日施行・令和8年12月の年末調整で適用",
};

/** The last tax year whose tables are settled here. */
const KNOWN_UNTIL = "2026-12-31";

let memoYear = Number.NaN;
let memoYearDay: Day = Number.NaN;

/**
 * The day a tax year's values are looked up at (its 1月1日). Remembered for the last year asked: one
 * 年末調整 asks a dozen times for the same year.
 */
export function taxYearDay(year: number): Day {
  if (year !== memoYear) {
    memoYearDay = dayOf(year, 1, 1);
    memoYear = year;
  }
  return memoYearDay;
}

/** "2026年分（令和8年分）" for messages. */
export function describeTaxYear(year: number): string {
  const era = ERAS.find((e) => year >= e.startYear);
  if (!era) return `${year}年分`;
  const n = year - era.startYear + 1;
  return `${year}年分（${era.name}${n === 1 ? "元" : n}年分）`;
}

/**
 * A timeline's value for a tax year, or #N/A naming the table and the year. A 年末調整 looks up a dozen
 * tables per employee, so the usual case (a year in the data) builds no message closure.
 */
export function forTaxYear<T>(timeline: Timeline<T>, year: number): T {
  const day = taxYearDay(year);
  const v = timeline.find(day);
  return v !== undefined ? v : timeline.at(day, () => describeTaxYear(year));
}

/** 年末調整等のための給与所得控除後の給与等の金額の表 (所得税法別表第五) and the limit of 第190条. */
export const salaryIncomeTable = defineTimeline<SalaryIncomeTable>({
  id: "yearEnd.salaryIncomeTable",
  title: "年末調整等のための給与所得控除後の給与等の金額の表",
  unit: "円",
  keyedOn: "taxYear",
  knownUntil: KNOWN_UNTIL,
  revisions: [
    {
      effective: "2020-01-01",
      value: SALARY_INCOME_R02,
      sources: [{ ...INCOME_TAX_ACT, at: "第28条第4項・別表第五（平成30年法律第7号による改正、令和2年分以後）" }, TAX_ANSWER(1410, "給与所得控除")],
      confidence: "medium",
      note: "令和2〜6年分。表そのものの写しは未入手: 不規則な行（1,619,000〜1,628,000円）は独立した公開実装と一致することを確認",
    },
    {
      effective: "2025-01-01",
      value: SALARY_INCOME_R07,
      sources: [{ ...NENCHO_R07, at: "令和7年分の年末調整等のための給与所得控除後の給与等の金額の表" }, REFORM_R07],
      confidence: "high",
    },
    {
      effective: "2026-01-01",
      value: SALARY_INCOME_R08,
      sources: [{ ...NENCHO_R08, at: "令和8年分の年末調整等のための給与所得控除後の給与等の金額の表（47〜54頁）" }, REFORM_R08, REFORM_R08_QA],
      confidence: "high",
    },
  ],
});

export const basicDeductionTable = defineTimeline<BasicDeductionTable>({
  id: "yearEnd.basicDeduction",
  title: "基礎控除の額",
  unit: "円",
  keyedOn: "taxYear",
  knownUntil: KNOWN_UNTIL,
  revisions: [
    { effective: "2025-01-01", value: BASIC_DEDUCTION_R07, sources: [{ ...INCOME_TAX_ACT, at: "第86条" }, SPECIAL_MEASURES_ACT, REFORM_R07, TAX_ANSWER(1199, "基礎控除")], confidence: "high" },
    { effective: "2026-01-01", value: BASIC_DEDUCTION_R08, sources: [{ ...INCOME_TAX_ACT, at: "第86条" }, REFORM_R08, REFORM_R08_QA], confidence: "high" },
  ],
});

export const spouseDeductionRules = defineTimeline<SpouseDeductionRules>({
  id: "yearEnd.spouseDeduction",
  title: "配偶者控除・配偶者特別控除の額",
  unit: "円",
  keyedOn: "taxYear",
  knownUntil: KNOWN_UNTIL,
  revisions: [
    {
      effective: "2025-01-01",
      value: SPOUSE_DEDUCTION_R07,
      sources: [{ ...INCOME_TAX_ACT, at: "第83条・第83条の2" }, TAX_ANSWER(1191, "配偶者控除"), TAX_ANSWER(1195, "配偶者特別控除"), REFORM_R07],
      confidence: "high",
    },
    { effective: "2026-01-01", value: SPOUSE_DEDUCTION_R08, sources: [{ ...INCOME_TAX_ACT, at: "第83条・第83条の2" }, REFORM_R08], confidence: "high" },
  ],
});

export const dependentDeductionRules = defineTimeline<DependentDeductionRules>({
  id: "yearEnd.dependentDeduction",
  title: "扶養控除の額",
  unit: "円（1人あたり）",
  keyedOn: "taxYear",
  knownUntil: KNOWN_UNTIL,
  revisions: [
    { effective: "2025-01-01", value: DEPENDENT_DEDUCTION_R07, sources: [{ ...INCOME_TAX_ACT, at: "第84条" }, { ...SPECIAL_MEASURES_ACT, at: "第41条の16（同居老親等）" }, TAX_ANSWER(1180, "扶養控除"), REFORM_R07], confidence: "high" },
    { effective: "2026-01-01", value: DEPENDENT_DEDUCTION_R08, sources: [{ ...INCOME_TAX_ACT, at: "第84条" }, REFORM_R08], confidence: "high" },
  ],
});

export const specificRelativeRules = defineTimeline<SpecificRelativeRules>({
  id: "yearEnd.specificRelativeDeduction",
  title: "特定親族特別控除の額",
  unit: "円（1人あたり）",
  keyedOn: "taxYear",
  knownUntil: KNOWN_UNTIL,
  revisions: [
    { effective: "2025-01-01", value: SPECIFIC_RELATIVE_R07, sources: [{ ...INCOME_TAX_ACT, at: "第84条の2（令和7年度改正で新設）" }, REFORM_R07], confidence: "high" },
    { effective: "2026-01-01", value: SPECIFIC_RELATIVE_R08, sources: [{ ...INCOME_TAX_ACT, at: "第84条の2" }, REFORM_R08], confidence: "high" },
  ],
});

export const personalDeductionRules = defineTimeline<PersonalDeductionRules>({
  id: "yearEnd.personalDeductions",
  title: "障害者・寡婦・ひとり親・勤労学生控除の額",
  unit: "円",
  keyedOn: "taxYear",
  knownUntil: KNOWN_UNTIL,
  revisions: [
    {
      effective: "2025-01-01",
      value: PERSONAL_DEDUCTIONS_R07,
      sources: [
        { ...INCOME_TAX_ACT, at: "第79条〜第82条、第2条第1項第30号〜第32号" },
        TAX_ANSWER(1160, "障害者控除"), TAX_ANSWER(1170, "寡婦控除"), TAX_ANSWER(1171, "ひとり親控除"), TAX_ANSWER(1175, "勤労学生控除"), REFORM_R07,
      ],
      confidence: "medium",
      note: "障害者 27万・特別 40万・同居特別 75万は税務研究会 税務用語辞典（法79①②③）で照合。勤労学生の所得要件 85万は令和7年度改正",
    },
    {
      effective: "2026-01-01",
      value: PERSONAL_DEDUCTIONS_R08,
      sources: [{ ...INCOME_TAX_ACT, at: "第79条〜第82条" }, REFORM_R08],
      confidence: "medium",
      note: "勤労学生の所得要件 89万円は改正のあらまし（公開の転記による）",
    },
  ],
});

/** 令和8年分の特例: 23歳未満の扶養親族がある人の一般生命保険料控除. null = no special rule that year. */
export const lifeInsuranceYoungDependentRules = defineTimeline<YoungDependentLifeRules | null>({
  id: "yearEnd.lifeInsuranceYoungDependent",
  title: "生命保険料控除（23歳未満の扶養親族を有する場合の特例）",
  unit: "円",
  keyedOn: "taxYear",
  knownUntil: KNOWN_UNTIL,
  revisions: [
    { effective: "2012-01-01", value: null, sources: [{ ...INCOME_TAX_ACT, at: "第76条（特例なし）" }], confidence: "high" },
    {
      effective: "2026-01-01",
      value: LIFE_INSURANCE_YOUNG_DEPENDENT_R08,
      sources: [
        { ...SPECIAL_MEASURES_ACT, at: "令和7年度改正（令和8年分の一般生命保険料控除の特例）" },
        { title: "財務省 令和7年度税制改正の大綱（子育て支援に関する政策税制: 生命保険料控除の拡充）", url: "https://www.mof.go.jp/tax_policy/tax_reform/outline/fy2025/20241227taikou.pdf" },
        { title: "明治安田生命「生命保険料控除制度」改正について（令和8年1月時点の法令）", url: "https://www.meijiyasuda.co.jp/contractor/deduction" },
      ],
      confidence: "medium",
      note: "令和9年分以後に延長されるかは未確認",
    },
  ],
});

/** 所得税の速算表. Unchanged since 平成27年分; fixed by statute with no scheduled end. */
export const incomeTaxRates = defineTimeline<readonly RateBracket[]>({
  id: "yearEnd.incomeTaxRates",
  title: "所得税の税率（速算表）",
  unit: "%・円",
  keyedOn: "taxYear",
  knownUntil: null,
  revisions: [
    { effective: "2015-01-01", value: INCOME_TAX_RATES_2015, sources: [{ ...INCOME_TAX_ACT, at: "第89条第1項（平成25年法律第5号による改正、平成27年分以後）" }, TAX_ANSWER(2260, "所得税の税率")], confidence: "high" },
  ],
});

/**
 * 年調年税額 = 年調所得税額 × (100% + this rate), 100円未満切捨て. The rate is the 復興特別所得税 2.1%
 * (東日本大震災からの復興のための施策を実施するために必要な財源の確保に関する特別措置法 第13条,
 * 平成25年分〜令和19年分). From 令和9年分 the 防衛特別所得税 reshapes this; not settled here.
 */
export const yearTaxSurtaxRate = defineTimeline<Ppm>({
  id: "yearEnd.surtaxRate",
  title: "年調年税額の復興特別所得税率",
  unit: "ppm（年調所得税額に対する率）",
  keyedOn: "taxYear",
  knownUntil: KNOWN_UNTIL,
  revisions: [
    {
      effective: "2013-01-01",
      value: ppmFromPercent("2.1"),
      sources: [
        { title: "東日本大震災からの復興のための施策を実施するために必要な財源の確保に関する特別措置法", url: "https://laws.e-gov.go.jp/law/423AC0000000117", at: "第13条（基準所得税額の2.1%）" },
        { ...NENCHO_R08, at: "年調年税額の計算（年調所得税額×102.1%、100円未満切捨て）" },
      ],
      confidence: "high",
    },
  ],
});

/**
 * 生命保険料控除 as 所得税法第76条 writes it (平成24年分以後). The formula has no tax year, so it is a single
 * dated value rather than a timeline; the one year-bound special rule is lifeInsuranceYoungDependentRules.
 */
export const lifeInsuranceRules: Revision<LifeInsuranceRules> = {
  effective: "2012-01-01",
  value: LIFE_INSURANCE,
  sources: [{ ...INCOME_TAX_ACT, at: "第76条第1項〜第4項（平成22年法律第6号による改正、平成24年分以後）" }, TAX_ANSWER(1140, "生命保険料控除"), { ...NENCHO_R08, at: "保険料控除申告書の受理と内容の確認（1円未満の端数は切上げ）" }],
  confidence: "high",
};

/** 地震保険料控除 (所得税法第77条, 平成19年分以後; 旧長期損害保険料の経過措置を含む). */
export const earthquakeInsuranceRules: Revision<EarthquakeInsuranceRules> = {
  effective: "2007-01-01",
  value: EARTHQUAKE_INSURANCE,
  sources: [
    { ...INCOME_TAX_ACT, at: "第77条（平成18年法律第10号による改正）; 同法附則第10条（旧長期損害保険料）" },
    TAX_ANSWER(1145, "地震保険料控除"),
    { ...NENCHO_R08, at: "地震保険料の控除額の計算（1円未満の端数は切上げ）" },
  ],
  confidence: "high",
};

/** 所得金額調整控除 (子ども・特別障害者等を有する者等). No tax-year dependence since 令和2年分. */
export const incomeAdjustmentRules: Revision<IncomeAdjustmentRules> = {
  effective: "2020-01-01",
  value: INCOME_ADJUSTMENT,
  sources: [{ ...SPECIAL_MEASURES_ACT, at: "第41条の3の3第1項・第41条の3の4（年末調整）" }, TAX_ANSWER(1411, "所得金額調整控除")],
  confidence: "high",
};
