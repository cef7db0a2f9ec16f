/**
 * 社会保険・雇用保険の関数 (SONAE.SI_* / SONAE.EI_*). Each formula is declared once as a FormulaDef and once
 * as a JSDoc wrapper from which the build writes Excel's functions.json. Ids and argument order are a
 * public API: never change them; add new optional arguments only at the end.
 */
/* global CustomFunctions */
import * as A from "./args";
import { defineFormula, FormulaDef } from "./define";
import { forExcel } from "./excel";
import { standardMonthlyRemuneration } from "../calc/socialInsurance/standardMonthlyRemuneration";
import { healthInsurancePremium } from "../calc/socialInsurance/healthInsurancePremium";
import { childSupportLevy } from "../calc/socialInsurance/childSupportLevy";
import { childSupportShareWithHealth } from "../calc/socialInsurance/childSupportShareWithHealth";
import { pensionPremium } from "../calc/socialInsurance/pensionPremium";
import { childContribution } from "../calc/socialInsurance/childContribution";
import { careInsuranceApplies } from "../calc/socialInsurance/careInsuranceApplies";
import { standardBonus } from "../calc/socialInsurance/standardBonus";
import { MonthPay, teijiKettei } from "../calc/socialInsurance/teijiKettei";
import { employmentInsurancePremium } from "../calc/employmentInsurance/employmentInsurancePremium";

const remuneration = { name: "remuneration", label: "報酬月額", parse: A.amount };
const scheme = { name: "scheme", label: "制度", parse: A.scheme };
const period = { name: "period", label: "対象月（○月分）", parse: A.period };
const standardAmount = { name: "standardAmount", label: "標準報酬月額（標準賞与額）", parse: A.yen };
const insurer = { name: "insurer", label: "保険者", parse: A.insurer };
const part = { name: "part", label: "負担区分", parse: A.part, optional: true, default: "employee" };

export const SI_GRADE_DEF = defineFormula({
  id: "SI_GRADE",
  example: [300000, "health", "2026-11"],
  params: [remuneration, scheme, period],
  run: ([r, s, m]) => standardMonthlyRemuneration({ remuneration: r, scheme: s, month: m }).grade,
});

export const SI_STANDARD_MONTHLY_DEF = defineFormula({
  id: "SI_STANDARD_MONTHLY",
  example: [300000, "pension", "2026-11"],
  params: [remuneration, scheme, period],
  run: ([r, s, m]) => standardMonthlyRemuneration({ remuneration: r, scheme: s, month: m }).amount,
});

export const SI_HEALTH_DEF = defineFormula({
  id: "SI_HEALTH",
  example: [300000, "東京都", "2026-11", true],
  params: [standardAmount, insurer, period, { name: "care", label: "介護保険第2号", parse: A.bool, optional: true, default: false }, part],
  run: ([amount, ins, m, care, p], law) => healthInsurancePremium({ standardAmount: amount, insurer: ins, month: m, care, part: p, law }),
});

export const SI_CHILD_SUPPORT_DEF = defineFormula({
  id: "SI_CHILD_SUPPORT",
  example: [300000, "東京都", "2026-11"],
  params: [
    standardAmount, insurer, period, part,
    { name: "roundWithHealth", label: "健康保険料と合算して端数処理", parse: A.bool, optional: true, default: false },
    { name: "care", label: "介護保険第2号", parse: A.bool, optional: true, default: false },
  ],
  run: ([amount, ins, m, p, withHealth, care], law) => {
    if (!withHealth || p === "total" || p === "half") return childSupportLevy({ standardAmount: amount, insurer: ins, month: m, part: p, law });
    const employee = childSupportShareWithHealth({ standardAmount: amount, insurer: ins, month: m, care, law });
    return p === "employee" ? employee : childSupportLevy({ standardAmount: amount, insurer: ins, month: m, part: "total", law }) - employee;
  },
});

export const SI_PENSION_DEF = defineFormula({
  id: "SI_PENSION",
  example: [300000, "2026-11"],
  params: [standardAmount, period, part],
  run: ([amount, m, p]) => pensionPremium({ standardAmount: amount, month: m, part: p }),
});

export const SI_CHILD_CONTRIBUTION_DEF = defineFormula({
  id: "SI_CHILD_CONTRIBUTION",
  example: [300000, "2026-11"],
  params: [standardAmount, period],
  run: ([amount, m]) => childContribution({ standardAmount: amount, month: m }),
});

export const SI_CARE_APPLIES_DEF = defineFormula({
  id: "SI_CARE_APPLIES",
  example: ["1986-11-01", "2026-10"],
  params: [{ name: "birthDate", label: "生年月日", parse: A.date }, period],
  run: ([birth, m]) => careInsuranceApplies({ birth, month: m }),
});

export const SI_STANDARD_BONUS_DEF = defineFormula({
  id: "SI_STANDARD_BONUS",
  example: [2000500, "health", "2026-12", 4500000],
  params: [
    { name: "bonus", label: "賞与額", parse: A.yen },
    scheme,
    period,
    { name: "fiscalYearToDate", label: "年度内の既決定標準賞与額", parse: A.yen, optional: true, default: 0 },
    { name: "monthToDate", label: "同月内の既決定標準賞与額", parse: A.yen, optional: true, default: 0 },
  ],
  run: ([bonus, s, m, fy, mtd]) => standardBonus({ bonus, scheme: s, month: m, fiscalYearToDate: fy, monthToDate: mtd }),
});

const days = (name: string, label: string) => ({ name, label, parse: A.wholeNumber(0, 31), optional: true, default: undefined });

export const SI_TEIJI_DEF = defineFormula({
  id: "SI_TEIJI",
  example: [300000, 310000, 320000, 20, 16, 21, "general", "health", 2026],
  params: [
    { name: "apr", label: "4月の報酬", parse: A.amount },
    { name: "may", label: "5月の報酬", parse: A.amount },
    { name: "jun", label: "6月の報酬", parse: A.amount },
    days("daysApr", "4月の支払基礎日数"),
    days("daysMay", "5月の支払基礎日数"),
    days("daysJun", "6月の支払基礎日数"),
    { name: "workerType", label: "被保険者区分", parse: A.workerType, optional: true, default: "general" },
    { name: "scheme", label: "制度", parse: A.scheme, optional: true, default: "health" },
    // 定時決定の年: omitted means this calendar year (the year of the 算定基礎届 being prepared).
    { name: "year", label: "年", parse: A.year, optional: true, default: () => new Date().getFullYear() },
  ],
  run: ([apr, may, jun, dApr, dMay, dJun, workerType, s, y]) => {
    const months: MonthPay[] = [
      { remuneration: apr, days: dApr },
      { remuneration: may, days: dMay },
      { remuneration: jun, days: dJun },
    ];
    return teijiKettei({ months, workerType, scheme: s, year: y });
  },
});

export const EI_PREMIUM_DEF = defineFormula({
  id: "EI_PREMIUM",
  example: [300000, "general", "2026-11-30"],
  params: [
    { name: "wages", label: "賃金", parse: A.yen },
    { name: "businessType", label: "事業の種類", parse: A.businessType },
    { name: "period", label: "賃金締切日（またはその月）", parse: A.date_or_month },
    part,
  ],
  run: ([wages, b, day, p], law) => employmentInsurancePremium({ wages, businessType: b, day, part: p, law }),
});

export const SOCIAL_INSURANCE_FORMULAS: FormulaDef[] = [
  SI_GRADE_DEF, SI_STANDARD_MONTHLY_DEF, SI_HEALTH_DEF, SI_CHILD_SUPPORT_DEF, SI_PENSION_DEF,
  SI_CHILD_CONTRIBUTION_DEF, SI_CARE_APPLIES_DEF, SI_STANDARD_BONUS_DEF, SI_TEIJI_DEF, EI_PREMIUM_DEF,
];

// ---- Excel wrappers: the JSDoc below is Excel's formula metadata (functions.json) -------------

/**
 * 報酬月額から標準報酬月額の等級を返します（健康保険 50等級／厚生年金 32等級）。
 * @customfunction SI_GRADE
 * @param remuneration 報酬月額（円）。範囲を指定すると結果がスピルします。
 * @param scheme 制度："health"（健康保険）または "pension"（厚生年金）。
 * @param period 対象月（○月分）：日付、"2026-11"、"令和8年11月"、"R8.11" など。
 * @returns 等級
 */
export function SI_GRADE(remuneration: any[][], scheme: any[][], period: any[][]): any[][] {
  return forExcel(SI_GRADE_DEF, arguments);
}

/**
 * 報酬月額から標準報酬月額を返します（健康保険法40条・厚生年金保険法20条の等級表）。
 * @customfunction SI_STANDARD_MONTHLY
 * @param remuneration 報酬月額（円）。範囲を指定すると結果がスピルします。
 * @param scheme 制度："health"（健康保険）または "pension"（厚生年金）。
 * @param period 対象月（○月分）：日付、"2026-11"、"令和8年11月"、"R8.11" など。
 * @returns 標準報酬月額（円）
 */
export function SI_STANDARD_MONTHLY(remuneration: any[][], scheme: any[][], period: any[][]): any[][] {
  return forExcel(SI_STANDARD_MONTHLY_DEF, arguments);
}

/**
 * 健康保険料を返します。介護保険第2号のときは介護保険料を合わせた一つの額として端数処理します（保険料額表と同じ）。
 * @customfunction SI_HEALTH
 * @param standardAmount 標準報酬月額または標準賞与額（円）。
 * @param insurer 協会けんぽの都道府県（"東京都"・"東京"・13）または健康保険組合の料率（0.095・"9.5%"・介護込みは "9.5%/1.8%"）。
 * @param period 保険料の対象月（○月分。支給日ではありません）。
 * @param [care] 介護保険第2号被保険者なら TRUE（省略時 FALSE）。
 * @param [part] "employee"＝給与から控除する本人負担（50銭以下切捨て）、"half"＝折半額、"total"＝総額、"employer"＝事業主負担（省略時 employee）。
 * @returns 健康保険料（円）
 */
export function SI_HEALTH(standardAmount: any[][], insurer: any[][], period: any[][], care?: any[][], part?: any[][]): any[][] {
  return forExcel(SI_HEALTH_DEF, arguments);
}

/**
 * 子ども・子育て支援金を返します（令和8年4月分から。それより前は 0）。
 * @customfunction SI_CHILD_SUPPORT
 * @param standardAmount 標準報酬月額または標準賞与額（円）。
 * @param insurer 協会けんぽの都道府県または健康保険組合の料率（SI_HEALTH と同じ指定）。
 * @param period 保険料の対象月（○月分）。
 * @param [part] "employee"・"half"・"total"・"employer"（省略時 employee）。
 * @param [roundWithHealth] TRUE なら健康保険料と合算した率で折半して1回だけ端数処理した本人負担から健康保険料分を引いた額（厚生労働省「子ども・子育て支援金に関するQ&A」）。省略時 FALSE（支援金だけで端数処理）。
 * @param [care] roundWithHealth のとき、介護保険第2号被保険者なら TRUE（健康保険＋介護と合算）。省略時 FALSE。
 * @returns 子ども・子育て支援金（円）
 */
export function SI_CHILD_SUPPORT(standardAmount: any[][], insurer: any[][], period: any[][], part?: any[][], roundWithHealth?: any[][], care?: any[][]): any[][] {
  return forExcel(SI_CHILD_SUPPORT_DEF, arguments);
}

/**
 * 厚生年金保険料を返します（保険料率 18.3%、労使折半）。
 * @customfunction SI_PENSION
 * @param standardAmount 厚生年金の標準報酬月額または標準賞与額（円）。
 * @param period 保険料の対象月（○月分）。
 * @param [part] "employee"・"half"・"total"・"employer"（省略時 employee）。
 * @returns 厚生年金保険料（円）
 */
export function SI_PENSION(standardAmount: any[][], period: any[][], part?: any[][]): any[][] {
  return forExcel(SI_PENSION_DEF, arguments);
}

/**
 * 子ども・子育て拠出金（事業主のみ負担）を返します。
 * @customfunction SI_CHILD_CONTRIBUTION
 * @param standardAmount 厚生年金の標準報酬月額または標準賞与額（円）。
 * @param period 保険料の対象月（○月分）。
 * @returns 子ども・子育て拠出金（円、端数はそのまま）
 */
export function SI_CHILD_CONTRIBUTION(standardAmount: any[][], period: any[][]): any[][] {
  return forExcel(SI_CHILD_CONTRIBUTION_DEF, arguments);
}

/**
 * その月が介護保険第2号被保険者（40歳以上65歳未満）の保険料対象月なら TRUE を返します。年齢は誕生日の前日に到達します。
 * @customfunction SI_CARE_APPLIES
 * @param birthDate 生年月日。
 * @param period 保険料の対象月（○月分）。
 * @returns TRUE または FALSE
 */
export function SI_CARE_APPLIES(birthDate: any[][], period: any[][]): any[][] {
  return forExcel(SI_CARE_APPLIES_DEF, arguments);
}

/**
 * 標準賞与額を返します（1,000円未満切捨て、健康保険は年度累計573万円、厚生年金は1か月150万円が上限）。
 * @customfunction SI_STANDARD_BONUS
 * @param bonus 賞与の総支給額（円）。
 * @param scheme 制度："health"（健康保険）または "pension"（厚生年金）。
 * @param period 賞与を支給した月。
 * @param [fiscalYearToDate] 健康保険：同じ年度に既に決定した標準賞与額の累計（省略時 0）。
 * @param [monthToDate] 厚生年金：同じ月に既に決定した標準賞与額（省略時 0）。
 * @returns 標準賞与額（円）
 */
export function SI_STANDARD_BONUS(bonus: any[][], scheme: any[][], period: any[][], fiscalYearToDate?: any[][], monthToDate?: any[][]): any[][] {
  return forExcel(SI_STANDARD_BONUS_DEF, arguments);
}

/**
 * 定時決定（算定基礎届）の標準報酬月額を返します。支払基礎日数の基準を満たす月だけを平均します。
 * @customfunction SI_TEIJI
 * @param apr 4月の報酬（円）。
 * @param may 5月の報酬（円）。
 * @param jun 6月の報酬（円）。
 * @param [daysApr] 4月の支払基礎日数（省略時は算入）。
 * @param [daysMay] 5月の支払基礎日数（省略時は算入）。
 * @param [daysJun] 6月の支払基礎日数（省略時は算入）。
 * @param [workerType] "general"（17日以上）、"short"（短時間就労者：17日、なければ15日以上）、"specified"（特定適用事業所等の短時間労働者：11日以上）。省略時 general。
 * @param [scheme] "health" または "pension"（省略時 health）。
 * @param [year] 定時決定の年（その年の9月から適用。省略時は今年）。
 * @returns 標準報酬月額（円）
 */
export function SI_TEIJI(apr: any[][], may: any[][], jun: any[][], daysApr?: any[][], daysMay?: any[][], daysJun?: any[][], workerType?: any[][], scheme?: any[][], year?: any[][]): any[][] {
  return forExcel(SI_TEIJI_DEF, arguments);
}

/**
 * 雇用保険料を返します（賃金×雇用保険料率。本人負担は50銭以下切捨て）。
 * @customfunction EI_PREMIUM
 * @param wages 賃金（賞与を含む、円）。
 * @param businessType 事業の種類："general"（一般）、"agriculture"（農林水産・清酒製造）、"construction"（建設）。
 * @param period 賃金締切日（またはその月）。4月1日以後に締切日のある賃金から新年度の料率です。
 * @param [part] "employee"（本人負担）、"employer"（事業主負担）、"total"（総額）（省略時 employee）。
 * @returns 雇用保険料（円）
 */
export function EI_PREMIUM(wages: any[][], businessType: any[][], period: any[][], part?: any[][]): any[][] {
  return forExcel(EI_PREMIUM_DEF, arguments);
}
