/**
 * 給与計算: one row per employee (the row of 従業員 and 勤怠・変動), the month's payroll as computePayroll
 * (src/calc/payroll/computePayroll.ts) computes it, rule for rule:
 * - ordinary Excel for the arithmetic: 基本給 by 給与形態, 割増賃金 per category rounded once (ROUND: 50銭未満
 *   切捨て・50銭以上切上げ, 昭和63年基発第150号), 欠勤控除 (ROUNDDOWN), 総支給, 課税対象額, 控除計, 差引支給額;
 * - one spill formula per custom-function column (=SONAE.SI_HEALTH('給与計算'!AI2:AI11, …)): the sheet makes a
 *   couple of dozen custom-function calls whatever the number of employees;
 * - the premiums of the month 設定 selects (翌月徴収: the pay month's previous month), and for an employee
 *   who leaves in this period and whose last insured month is the pay month, that month too;
 * - an employee not employed in the 賃金計算期間 shows 状態「対象外」 and 0 everywhere (the payroll command
 *   prints no line for them).
 * The columns right of 差引支給額 (grey headers) are the custom functions' inputs and outputs.
 */
import { Employee } from "../../calc/payroll/employee";
import { emp, empAll, setting, SHEET, supportRoundedWithHealth, TIMING_WORDS, vari, VariableKey } from "../layout";
import { Column, RowRefs, tableSheet, TableSheet, TableRefs } from "../table";
import { DATE_FORMAT } from "./settings";
import { MasterField } from "../../calc/records/master";

const YEN = "#,##0";
const EXACT = "#,##0.00";

type Month = 1 | 2;

/** Custom-function columns of one premium month (1: 設定「控除する保険料」, 2: 退職者の当月分). */
function premiumColumns(m: Month, count: number): Column[] {
  const month = setting(m === 1 ? "premiumMonth" : "leaverMonth");
  const monthNo = setting(m === 1 ? "premiumMonthNo" : "leaverMonthNo");
  const label = m === 1 ? "控除月" : "退職者の当月分";
  const E = (f: MasterField, x: RowRefs) => emp(f, x.r);
  // 資格取得月から喪失月の前月まで (同月得喪はその月): insuredInPremiumMonth.
  const insured = (x: RowRefs, std: MasterField, loss: string) =>
    `AND(NOT(ISBLANK(${E(std, x)})),${monthNo}>=${x.at("hireNo")},OR(${monthNo}<${x.at(loss)},AND(${monthNo}=${x.at(loss)},${x.at("hireNo")}=${x.at(loss)})))`;
  const owed = (x: RowRefs) => (m === 1 ? x.at("employed") : `${x.at("employed")},${x.at("leaverToo")}`);
  const k = (name: string) => `${name}${m}`;
  const all = (t: TableRefs, name: string) => t.data(k(name));
  return [
    { key: k("hStd"), header: `健保標準報酬（${label}）`, width: 11, format: YEN, helper: true, formula: (x) => `=IF(AND(${owed(x)},${insured(x, "healthStandard", "healthLossNo")}),${E("healthStandard", x)},"")` },
    { key: k("pStd"), header: `厚年標準報酬（${label}）`, width: 11, format: YEN, helper: true, formula: (x) => `=IF(AND(${owed(x)},${insured(x, "pensionStandard", "pensionLossNo")}),${E("pensionStandard", x)},"")` },
    { key: k("careAuto"), header: `介護・生年月日から（${label}）`, width: 9, helper: true, spill: () => `=SONAE.SI_CARE_APPLIES(${empAll("birthDate", count)},${month})` },
    { key: k("care"), header: `介護（${label}）`, width: 7, helper: true, formula: (x) => `=IF(ISBLANK(${E("care", x)}),${x.at(k("careAuto"))},${E("care", x)})` },
    { key: k("h"), header: `健康保険（${label}）`, width: 10, format: YEN, helper: true, spill: (t) => `=SONAE.SI_HEALTH(${all(t, "hStd")},${t.data("insurer")},${month},FALSE)` },
    { key: k("hc"), header: `健康保険＋介護（${label}）`, width: 10, format: YEN, helper: true, spill: (t) => `=SONAE.SI_HEALTH(${all(t, "hStd")},${t.data("insurer")},${month},${all(t, "care")})` },
    { key: k("cs"), header: `支援金（${label}）`, width: 9, format: YEN, helper: true, spill: (t) => `=SONAE.SI_CHILD_SUPPORT(${all(t, "hStd")},${t.data("insurer")},${month},"employee",${supportRoundedWithHealth()},${all(t, "care")})` },
    { key: k("p"), header: `厚生年金（${label}）`, width: 10, format: YEN, helper: true, spill: (t) => `=SONAE.SI_PENSION(${all(t, "pStd")},${month})` },
  ];
}

/** Employer-side totals of one premium month, for 集計 (納付額の照合). */
function employerColumns(m: Month): Column[] {
  const month = setting(m === 1 ? "premiumMonth" : "leaverMonth");
  const label = m === 1 ? "控除月" : "退職者の当月分";
  const k = (name: string) => `${name}${m}`;
  return [
    { key: k("hcTotal"), header: `健保＋介護 総額（${label}）`, width: 11, format: EXACT, helper: true, spill: (t) => `=SONAE.SI_HEALTH(${t.data(k("hStd"))},${t.data("insurer")},${month},${t.data(k("care"))},"total")` },
    { key: k("csTotal"), header: `支援金 総額（${label}）`, width: 11, format: EXACT, helper: true, spill: (t) => `=SONAE.SI_CHILD_SUPPORT(${t.data(k("hStd"))},${t.data("insurer")},${month},"total")` },
    { key: k("pTotal"), header: `厚生年金 総額（${label}）`, width: 11, format: EXACT, helper: true, spill: (t) => `=SONAE.SI_PENSION(${t.data(k("pStd"))},${month},"total")` },
    { key: k("contrib"), header: `子ども・子育て拠出金（${label}）`, width: 11, format: EXACT, helper: true, spill: (t) => `=SONAE.SI_CHILD_CONTRIBUTION(${t.data(k("pStd"))},${month})` },
  ];
}

/** lastInsuredMonth: the month before the month of 資格喪失, or that month itself when acquired in it (同月得喪). */
function lastInsuredNo(x: RowRefs, lossNo: "healthLossNo" | "pensionLossNo"): string {
  return `IF(${x.at("hireNo")}=${x.at(lossNo)},${x.at(lossNo)},${x.at(lossNo)}-1)`;
}

/** 状態 of an employee paid this month (others are 対象外（…）). */
export const PAID_STATUS = "支給";

/** The keys of the visible amount columns, in order (the payslip and 集計 read them). */
export const PAYROLL_AMOUNTS = [
  "basePay", "fixedAllowance", "overtime", "overtimeOver60", "holiday", "lateNight", "absenceDeduction", "commuteAllowance",
  "extraTaxable", "extraNonTaxable", "gross", "health", "care", "childSupport", "pension", "employment", "socialInsurance",
  "taxable", "incomeTax", "residentTax", "extraDeduction", "deductions", "net",
] as const;

export type PayrollAmount = (typeof PAYROLL_AMOUNTS)[number];

export function payrollSheet(employees: readonly Employee[]): TableSheet {
  const count = employees.length;
  const E = (f: MasterField, x: RowRefs) => emp(f, x.r);
  const V = (k: VariableKey, x: RowRefs) => `N(${vari(k, x.r)})`;
  const on = (x: RowRefs, then: string, otherwise = "0") => `=IF(${x.at("employed")},${then},${otherwise})`;
  const base = (x: RowRefs) => `N(${E("baseSalary", x)})`;
  const hours = setting("hoursPerMonth");
  // 1時間当たり賃金 × 時間 × (1 + 割増率): one division, rounded once per category.
  const premium = (x: RowRefs, h: string, rate: string, plusOne: boolean) =>
    on(x, `ROUND(${x.at("basis")}*${h}*(${plusOne ? "100+" : ""}${rate})/(100*${hours}),0)`);
  const sum = (x: RowRefs, keys: string[]) => keys.map((k) => x.at(k)).join("+");

  const columns: Column[] = [
    { key: "id", header: "社員番号", width: 10, formula: (x) => `=${E("id", x)}` },
    { key: "name", header: "氏名", width: 14, formula: (x) => `=${E("name", x)}` },
    {
      key: "status", header: "状態", width: 12,
      formula: (x) => on(x, `"${PAID_STATUS}"`, `IF(AND(NOT(ISBLANK(${E("hireDate", x)})),${E("hireDate", x)}>${setting("periodEnd")}),"対象外（入社前）","対象外（退職済み）")`),
    },
    { key: "payType", header: "給与形態", width: 8, formula: (x) => `=${E("payType", x)}` },
    { key: "hourlyWage", header: "1時間当たり賃金", width: 10, format: EXACT, formula: (x) => on(x, `ROUND(${x.at("basis")}/${hours},2)`) },
    {
      key: "basePay", header: "基本給", width: 11, format: YEN, total: true,
      formula: (x) => on(x, `IF(${x.at("payType")}="月給",${base(x)},IF(${x.at("payType")}="日給",ROUND(${V("workDays", x)}*${base(x)},0),ROUND(${V("workHours", x)}*${base(x)},0)))`),
    },
    { key: "fixedAllowance", header: "固定手当", width: 10, format: YEN, total: true, formula: (x) => on(x, `N(${E("fixedAllowance", x)})`) },
    { key: "overtime", header: "時間外手当", width: 10, format: YEN, total: true, formula: (x) => premium(x, `MIN(${V("overtimeHours", x)},${setting("over60Hours")})`, setting("overtimeRate"), true) },
    { key: "overtimeOver60", header: "時間外手当（60時間超）", width: 10, format: YEN, total: true, formula: (x) => premium(x, `MAX(${V("overtimeHours", x)}-${setting("over60Hours")},0)`, setting("over60Rate"), true) },
    { key: "holiday", header: "休日手当", width: 10, format: YEN, total: true, formula: (x) => premium(x, V("holidayHours", x), setting("holidayRate"), true) },
    { key: "lateNight", header: "深夜手当", width: 10, format: YEN, total: true, formula: (x) => premium(x, V("lateNightHours", x), setting("lateNightRate"), false) },
    {
      key: "absenceDeduction", header: "欠勤控除", width: 10, format: YEN, total: true,
      formula: (x) => `=IF(AND(${x.at("employed")},${x.at("payType")}="月給"),MIN(${base(x)},ROUNDDOWN(${base(x)}*${V("absenceDays", x)}/${setting("daysPerMonth")},0)),0)`,
    },
    { key: "commuteAllowance", header: "通勤手当", width: 10, format: YEN, total: true, formula: (x) => on(x, `N(${E("commuteAllowance", x)})`) },
    { key: "extraTaxable", header: "臨時の課税手当", width: 10, format: YEN, total: true, formula: (x) => on(x, V("extraTaxable", x)) },
    { key: "extraNonTaxable", header: "臨時の非課税手当", width: 10, format: YEN, total: true, formula: (x) => on(x, V("extraNonTaxable", x)) },
    {
      key: "gross", header: "総支給額", width: 11, format: YEN, total: true,
      formula: (x) => `=${sum(x, ["basePay", "fixedAllowance", "overtime", "overtimeOver60", "holiday", "lateNight"])}-${x.at("absenceDeduction")}+${sum(x, ["commuteAllowance", "extraTaxable", "extraNonTaxable"])}`,
    },
    { key: "health", header: "健康保険", width: 10, format: YEN, total: true, formula: (x) => on(x, `N(${x.at("h1")})+N(${x.at("h2")})`) },
    { key: "care", header: "介護保険", width: 10, format: YEN, total: true, formula: (x) => on(x, `N(${x.at("hc1")})-N(${x.at("h1")})+N(${x.at("hc2")})-N(${x.at("h2")})`) },
    { key: "childSupport", header: "子ども・子育て支援金", width: 10, format: YEN, total: true, formula: (x) => on(x, `N(${x.at("cs1")})+N(${x.at("cs2")})`) },
    { key: "pension", header: "厚生年金", width: 10, format: YEN, total: true, formula: (x) => on(x, `N(${x.at("p1")})+N(${x.at("p2")})`) },
    { key: "employment", header: "雇用保険", width: 10, format: YEN, total: true, formula: (x) => on(x, `N(${x.at("ei")})`) },
    { key: "socialInsurance", header: "社会保険料計", width: 11, format: YEN, total: true, formula: (x) => `=${sum(x, ["health", "care", "childSupport", "pension", "employment"])}` },
    {
      key: "taxable", header: "課税対象額", width: 11, format: YEN, total: true,
      formula: (x) => on(x, `MAX(0,${x.at("gross")}-MIN(N(${E("commuteAllowance", x)}),N(${E("commuteExempt", x)}))-${x.at("extraNonTaxable")}-${x.at("socialInsurance")})`),
    },
    { key: "incomeTax", header: "所得税", width: 10, format: YEN, total: true, formula: (x) => on(x, `N(${x.at("wht")})`) },
    { key: "residentTax", header: "住民税", width: 10, format: YEN, total: true, formula: (x) => on(x, `N(${E("residentTax", x)})`) },
    { key: "extraDeduction", header: "臨時の控除", width: 10, format: YEN, total: true, formula: (x) => on(x, V("extraDeduction", x)) },
    { key: "deductions", header: "控除計", width: 11, format: YEN, total: true, formula: (x) => `=${sum(x, ["socialInsurance", "incomeTax", "residentTax", "extraDeduction"])}` },
    { key: "net", header: "差引支給額", width: 11, format: YEN, total: true, formula: (x) => `=${x.at("gross")}-${x.at("deductions")}` },

    // ---- 計算用 ----
    {
      key: "employed", header: "賃金計算期間に在籍", width: 9, helper: true,
      formula: (x) => `=NOT(OR(AND(NOT(ISBLANK(${E("hireDate", x)})),${E("hireDate", x)}>${setting("periodEnd")}),AND(NOT(ISBLANK(${E("leaveDate", x)})),${E("leaveDate", x)}<${setting("periodStart")})))`,
    },
    {
      key: "basis", header: "割増賃金の基礎（月額）", width: 11, format: YEN, helper: true,
      formula: (x) => `=IF(${x.at("payType")}="月給",${base(x)},IF(${x.at("payType")}="日給",${base(x)}*${setting("daysPerMonth")},${base(x)}*${hours}))+N(${E("fixedAllowance", x)})`,
    },
    { key: "insurer", header: "健康保険の保険者", width: 12, helper: true, formula: (x) => `=IF(ISBLANK(${E("healthInsurer", x)}),${setting("defaultInsurer")},${E("healthInsurer", x)})` },
    { key: "hireNo", header: "資格取得月の番号", width: 9, format: "0", helper: true, formula: (x) => `=IF(ISBLANK(${E("hireDate", x)}),-1,YEAR(${E("hireDate", x)})*12+MONTH(${E("hireDate", x)}))` },
    {
      key: "healthLoss", header: "健保 資格喪失日", width: 11, format: DATE_FORMAT, helper: true,
      formula: (x) => {
        const at75 = `DATE(YEAR(${E("birthDate", x)})+75,MONTH(${E("birthDate", x)}),DAY(${E("birthDate", x)}))`;
        return `=IF(ISBLANK(${E("leaveDate", x)}),${at75},MIN(${E("leaveDate", x)}+1,${at75}))`;
      },
    },
    { key: "healthLossNo", header: "健保 喪失月の番号", width: 9, format: "0", helper: true, formula: (x) => `=YEAR(${x.at("healthLoss")})*12+MONTH(${x.at("healthLoss")})` },
    {
      key: "pensionLoss", header: "厚年 資格喪失日", width: 11, format: DATE_FORMAT, helper: true,
      formula: (x) => {
        const at70 = `DATE(YEAR(${E("birthDate", x)})+70,MONTH(${E("birthDate", x)}),DAY(${E("birthDate", x)}))-1`;
        return `=IF(ISBLANK(${E("leaveDate", x)}),${at70},MIN(${E("leaveDate", x)}+1,${at70}))`;
      },
    },
    { key: "pensionLossNo", header: "厚年 喪失月の番号", width: 9, format: "0", helper: true, formula: (x) => `=YEAR(${x.at("pensionLoss")})*12+MONTH(${x.at("pensionLoss")})` },
    {
      key: "leaverToo", header: "退職者の当月分も控除", width: 9, helper: true,
      formula: (x) =>
        `=AND(${setting("timing")}="${TIMING_WORDS.nextMonth}",NOT(ISBLANK(${E("leaveDate", x)})),${E("leaveDate", x)}<=${setting("periodEnd")},MAX(${lastInsuredNo(x, "healthLossNo")},${lastInsuredNo(x, "pensionLossNo")})=${setting("leaverMonthNo")})`,
    },
    ...premiumColumns(1, count),
    ...premiumColumns(2, count),
    { key: "eiType", header: "雇用保険の区分", width: 12, helper: true, formula: (x) => `=IF(ISBLANK(${E("employmentInsurance", x)}),${setting("defaultEmployment")},${E("employmentInsurance", x)})` },
    { key: "eiWages", header: "雇用保険の賃金", width: 11, format: YEN, helper: true, formula: (x) => `=IF(AND(${x.at("employed")},${x.at("eiType")}<>"対象外"),${x.at("gross")}-${x.at("extraNonTaxable")},"")` },
    { key: "ei", header: "雇用保険料（本人）", width: 10, format: YEN, helper: true, spill: (t) => `=SONAE.EI_PREMIUM(${t.data("eiWages")},${t.data("eiType")},${setting("periodEnd")})` },
    { key: "whtTaxable", header: "税額表の課税対象額", width: 11, format: YEN, helper: true, formula: (x) => on(x, x.at("taxable"), `""`) },
    { key: "wht", header: "源泉所得税（月額表）", width: 10, format: YEN, helper: true, spill: (t) => `=SONAE.WHT_MONTHLY(${t.data("whtTaxable")},${empAll("dependents", count)},${empAll("taxColumn", count)},${setting("payDate")})` },
    ...employerColumns(1),
    ...employerColumns(2),
    { key: "eiEmployer", header: "雇用保険料（事業主）", width: 11, format: EXACT, helper: true, spill: (t) => `=SONAE.EI_PREMIUM(${t.data("eiWages")},${t.data("eiType")},${setting("periodEnd")},"employer")` },
  ];
  return tableSheet({ name: SHEET.payroll, columns, count, totals: true, freezeCols: 2, tabColor: "#2F75B5" });
}
