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

/** Which premium month: 1 the month 設定 selects, 2 a leaver's own last month. */
type Month = 1 | 2;

/** Custom-function columns of one premium month (1: 設定「控除する保険料」, 2: 退職者の当月分). */
function premiumColumns(which: Month, count: number): Column[] {
  const month = setting(which === 1 ? "premiumMonth" : "leaverMonth");
  const monthNo = setting(which === 1 ? "premiumMonthNo" : "leaverMonthNo");
  const label = which === 1 ? "控除月" : "退職者の当月分";
  const master = (field: MasterField, row: RowRefs) => emp(field, row.excelRow);
  // 資格取得月から喪失月の前月まで (同月得喪はその月): insuredInPremiumMonth.
  const insured = (row: RowRefs, std: MasterField, loss: string) =>
    `AND(NOT(ISBLANK(${master(std, row)})),${monthNo}>=${row.at("hireNo")},OR(${monthNo}<${row.at(loss)},AND(${monthNo}=${row.at(loss)},${row.at("hireNo")}=${row.at(loss)})))`;
  const owed = (row: RowRefs) => (which === 1 ? row.at("employed") : `${row.at("employed")},${row.at("leaverToo")}`);
  const ofMonth = (name: string) => `${name}${which}`;
  const monthData = (table: TableRefs, name: string) => table.data(ofMonth(name));
  return [
    { key: ofMonth("hStd"), header: `健保標準報酬（${label}）`, width: 11, format: YEN, helper: true, formula: (row) => `=IF(AND(${owed(row)},${insured(row, "healthStandard", "healthLossNo")}),${master("healthStandard", row)},"")` },
    { key: ofMonth("pStd"), header: `厚年標準報酬（${label}）`, width: 11, format: YEN, helper: true, formula: (row) => `=IF(AND(${owed(row)},${insured(row, "pensionStandard", "pensionLossNo")}),${master("pensionStandard", row)},"")` },
    { key: ofMonth("careAuto"), header: `介護・生年月日から（${label}）`, width: 9, helper: true, spill: () => `=SONAE.SI_CARE_APPLIES(${empAll("birthDate", count)},${month})` },
    { key: ofMonth("care"), header: `介護（${label}）`, width: 7, helper: true, formula: (row) => `=IF(ISBLANK(${master("care", row)}),${row.at(ofMonth("careAuto"))},${master("care", row)})` },
    { key: ofMonth("h"), header: `健康保険（${label}）`, width: 10, format: YEN, helper: true, spill: (table) => `=SONAE.SI_HEALTH(${monthData(table, "hStd")},${table.data("insurer")},${month},FALSE)` },
    { key: ofMonth("hc"), header: `健康保険＋介護（${label}）`, width: 10, format: YEN, helper: true, spill: (table) => `=SONAE.SI_HEALTH(${monthData(table, "hStd")},${table.data("insurer")},${month},${monthData(table, "care")})` },
    { key: ofMonth("cs"), header: `支援金（${label}）`, width: 9, format: YEN, helper: true, spill: (table) => `=SONAE.SI_CHILD_SUPPORT(${monthData(table, "hStd")},${table.data("insurer")},${month},"employee",${supportRoundedWithHealth()},${monthData(table, "care")})` },
    { key: ofMonth("p"), header: `厚生年金（${label}）`, width: 10, format: YEN, helper: true, spill: (table) => `=SONAE.SI_PENSION(${monthData(table, "pStd")},${month})` },
  ];
}

/** Employer-side totals of one premium month, for 集計 (納付額の照合). */
function employerColumns(which: Month): Column[] {
  const month = setting(which === 1 ? "premiumMonth" : "leaverMonth");
  const label = which === 1 ? "控除月" : "退職者の当月分";
  const ofMonth = (name: string) => `${name}${which}`;
  return [
    { key: ofMonth("hcTotal"), header: `健保＋介護 総額（${label}）`, width: 11, format: EXACT, helper: true, spill: (table) => `=SONAE.SI_HEALTH(${table.data(ofMonth("hStd"))},${table.data("insurer")},${month},${table.data(ofMonth("care"))},"total")` },
    { key: ofMonth("csTotal"), header: `支援金 総額（${label}）`, width: 11, format: EXACT, helper: true, spill: (table) => `=SONAE.SI_CHILD_SUPPORT(${table.data(ofMonth("hStd"))},${table.data("insurer")},${month},"total")` },
    { key: ofMonth("pTotal"), header: `厚生年金 総額（${label}）`, width: 11, format: EXACT, helper: true, spill: (table) => `=SONAE.SI_PENSION(${table.data(ofMonth("pStd"))},${month},"total")` },
    { key: ofMonth("contrib"), header: `子ども・子育て拠出金（${label}）`, width: 11, format: EXACT, helper: true, spill: (table) => `=SONAE.SI_CHILD_CONTRIBUTION(${table.data(ofMonth("pStd"))},${month})` },
  ];
}

/** lastInsuredMonth: the month before the month of 資格喪失, or that month itself when acquired in it (同月得喪). */
function lastInsuredNo(row: RowRefs, lossNo: "healthLossNo" | "pensionLossNo"): string {
  return `IF(${row.at("hireNo")}=${row.at(lossNo)},${row.at(lossNo)},${row.at(lossNo)}-1)`;
}

/** 状態 of an employee paid this month (others are 対象外（…）). */
export const PAID_STATUS = "支給";

/** The keys of the visible amount columns, in order (the payslip and 集計 read them). */
export const PAYROLL_AMOUNTS = [
  "basePay", "fixedAllowance", "overtime", "overtimeOver60", "holiday", "lateNight", "absenceDeduction", "commuteAllowance",
  "extraTaxable", "extraNonTaxable", "gross", "health", "care", "childSupport", "pension", "employment", "socialInsurance",
  "taxable", "incomeTax", "residentTax", "extraDeduction", "deductions", "settlementPay", "settlementDeduction", "net",
] as const;

export type PayrollAmount = (typeof PAYROLL_AMOUNTS)[number];

/** The formula pieces every column of 給与計算 is written with, for one employee's row. */
function rowFormulas() {
  const master = (field: MasterField, row: RowRefs) => emp(field, row.excelRow);
  const variable = (key: VariableKey, row: RowRefs) => `N(${vari(key, row.excelRow)})`;
  const on = (row: RowRefs, then: string, otherwise = "0") => `=IF(${row.at("employed")},${then},${otherwise})`;
  const base = (row: RowRefs) => `N(${master("baseSalary", row)})`;
  const hours = setting("hoursPerMonth");
  // 1時間当たり賃金 × 時間 × (1 + 割増率): one division, rounded once per category.
  const premium = (row: RowRefs, hoursWorked: string, rate: string, plusOne: boolean) =>
    on(row, `ROUND(${row.at("basis")}*${hoursWorked}*(${plusOne ? "100+" : ""}${rate})/(100*${hours}),0)`);
  const sum = (row: RowRefs, keys: string[]) => keys.map((key) => row.at(key)).join("+");
  return { master, variable, on, base, hours, premium, sum };
}

/** The visible columns: 社員番号 to 差引支給額, rule for rule as computePayroll. */
function amountColumns({ master, variable, on, base, hours, premium, sum }: ReturnType<typeof rowFormulas>): Column[] {
  return [
    { key: "id", header: "社員番号", width: 10, formula: (row) => `=${master("id", row)}` },
    { key: "name", header: "氏名", width: 14, formula: (row) => `=${master("name", row)}` },
    {
      key: "status", header: "状態", width: 12,
      formula: (row) => on(row, `"${PAID_STATUS}"`, `IF(AND(NOT(ISBLANK(${master("hireDate", row)})),${master("hireDate", row)}>${setting("periodEnd")}),"対象外（入社前）","対象外（退職済み）")`),
    },
    { key: "payType", header: "給与形態", width: 8, formula: (row) => `=${master("payType", row)}` },
    { key: "hourlyWage", header: "1時間当たり賃金", width: 10, format: EXACT, formula: (row) => on(row, `ROUND(${row.at("basis")}/${hours},2)`) },
    {
      key: "basePay", header: "基本給", width: 11, format: YEN, total: true,
      formula: (row) => on(row, `IF(${row.at("payType")}="月給",${base(row)},IF(${row.at("payType")}="日給",ROUND(${variable("workDays", row)}*${base(row)},0),ROUND(${variable("workHours", row)}*${base(row)},0)))`),
    },
    { key: "fixedAllowance", header: "固定手当", width: 10, format: YEN, total: true, formula: (row) => on(row, `N(${master("fixedAllowance", row)})`) },
    { key: "overtime", header: "時間外手当", width: 10, format: YEN, total: true, formula: (row) => premium(row, `MIN(${variable("overtimeHours", row)},${setting("over60Hours")})`, setting("overtimeRate"), true) },
    { key: "overtimeOver60", header: "時間外手当（60時間超）", width: 10, format: YEN, total: true, formula: (row) => premium(row, `MAX(${variable("overtimeHours", row)}-${setting("over60Hours")},0)`, setting("over60Rate"), true) },
    { key: "holiday", header: "休日手当", width: 10, format: YEN, total: true, formula: (row) => premium(row, variable("holidayHours", row), setting("holidayRate"), true) },
    { key: "lateNight", header: "深夜手当", width: 10, format: YEN, total: true, formula: (row) => premium(row, variable("lateNightHours", row), setting("lateNightRate"), false) },
    {
      key: "absenceDeduction", header: "欠勤控除", width: 10, format: YEN, total: true,
      formula: (row) => `=IF(AND(${row.at("employed")},${row.at("payType")}="月給"),MIN(${base(row)},ROUNDDOWN(${base(row)}*${variable("absenceDays", row)}/${setting("daysPerMonth")},0)),0)`,
    },
    { key: "commuteAllowance", header: "通勤手当", width: 10, format: YEN, total: true, formula: (row) => on(row, `N(${master("commuteAllowance", row)})`) },
    { key: "extraTaxable", header: "臨時の課税手当", width: 10, format: YEN, total: true, formula: (row) => on(row, variable("extraTaxable", row)) },
    { key: "extraNonTaxable", header: "臨時の非課税手当", width: 10, format: YEN, total: true, formula: (row) => on(row, variable("extraNonTaxable", row)) },
    {
      key: "gross", header: "総支給額", width: 11, format: YEN, total: true,
      formula: (row) => `=${sum(row, ["basePay", "fixedAllowance", "overtime", "overtimeOver60", "holiday", "lateNight"])}-${row.at("absenceDeduction")}+${sum(row, ["commuteAllowance", "extraTaxable", "extraNonTaxable"])}`,
    },
    { key: "health", header: "健康保険", width: 10, format: YEN, total: true, formula: (row) => on(row, `N(${row.at("h1")})+N(${row.at("h2")})`) },
    { key: "care", header: "介護保険", width: 10, format: YEN, total: true, formula: (row) => on(row, `N(${row.at("hc1")})-N(${row.at("h1")})+N(${row.at("hc2")})-N(${row.at("h2")})`) },
    { key: "childSupport", header: "子ども・子育て支援金", width: 10, format: YEN, total: true, formula: (row) => on(row, `N(${row.at("cs1")})+N(${row.at("cs2")})`) },
    { key: "pension", header: "厚生年金", width: 10, format: YEN, total: true, formula: (row) => on(row, `N(${row.at("p1")})+N(${row.at("p2")})`) },
    { key: "employment", header: "雇用保険", width: 10, format: YEN, total: true, formula: (row) => on(row, `N(${row.at("ei")})`) },
    { key: "socialInsurance", header: "社会保険料計", width: 11, format: YEN, total: true, formula: (row) => `=${sum(row, ["health", "care", "childSupport", "pension", "employment"])}` },
    {
      key: "taxable", header: "課税対象額", width: 11, format: YEN, total: true,
      formula: (row) => on(row, `MAX(0,${row.at("gross")}-MIN(N(${master("commuteAllowance", row)}),N(${master("commuteExempt", row)}))-${row.at("extraNonTaxable")}-${row.at("socialInsurance")})`),
    },
    { key: "incomeTax", header: "所得税", width: 10, format: YEN, total: true, formula: (row) => on(row, `N(${row.at("wht")})`) },
    { key: "residentTax", header: "住民税", width: 10, format: YEN, total: true, formula: (row) => on(row, `N(${master("residentTax", row)})`) },
    { key: "extraDeduction", header: "臨時の控除", width: 10, format: YEN, total: true, formula: (row) => on(row, variable("extraDeduction", row)) },
    { key: "deductions", header: "控除計", width: 11, format: YEN, total: true, formula: (row) => `=${sum(row, ["socialInsurance", "incomeTax", "residentTax", "extraDeduction"])}` },
    // 前月精算: outside 総支給額・課税対象額・雇用保険の賃金 — they move 差引支給額 alone (calc/payroll/settledNetPay).
    { key: "settlementPay", header: "前月精算（支給）", width: 10, format: YEN, total: true, formula: (row) => on(row, variable("settlementPay", row)) },
    { key: "settlementDeduction", header: "前月精算（控除）", width: 10, format: YEN, total: true, formula: (row) => on(row, variable("settlementDeduction", row)) },
    { key: "net", header: "差引支給額", width: 11, format: YEN, total: true, formula: (row) => `=${row.at("gross")}-${row.at("deductions")}+${row.at("settlementPay")}-${row.at("settlementDeduction")}` },
  ];
}

/** 計算用: 在籍, the 割増賃金 basis, the insurance months and the custom functions' inputs and outputs. */
function helperColumns({ master, on, base, hours }: ReturnType<typeof rowFormulas>, count: number): Column[] {
  return [
    {
      key: "employed", header: "賃金計算期間に在籍", width: 9, helper: true,
      formula: (row) => `=NOT(OR(AND(NOT(ISBLANK(${master("hireDate", row)})),${master("hireDate", row)}>${setting("periodEnd")}),AND(NOT(ISBLANK(${master("leaveDate", row)})),${master("leaveDate", row)}<${setting("periodStart")})))`,
    },
    {
      key: "basis", header: "割増賃金の基礎（月額）", width: 11, format: YEN, helper: true,
      formula: (row) => `=IF(${row.at("payType")}="月給",${base(row)},IF(${row.at("payType")}="日給",${base(row)}*${setting("daysPerMonth")},${base(row)}*${hours}))+N(${master("fixedAllowance", row)})`,
    },
    { key: "insurer", header: "健康保険の保険者", width: 12, helper: true, formula: (row) => `=IF(ISBLANK(${master("healthInsurer", row)}),${setting("defaultInsurer")},${master("healthInsurer", row)})` },
    { key: "hireNo", header: "資格取得月の番号", width: 9, format: "0", helper: true, formula: (row) => `=IF(ISBLANK(${master("hireDate", row)}),-1,YEAR(${master("hireDate", row)})*12+MONTH(${master("hireDate", row)}))` },
    {
      key: "healthLoss", header: "健保 資格喪失日", width: 11, format: DATE_FORMAT, helper: true,
      formula: (row) => {
        const at75 = `DATE(YEAR(${master("birthDate", row)})+75,MONTH(${master("birthDate", row)}),DAY(${master("birthDate", row)}))`;
        return `=IF(ISBLANK(${master("leaveDate", row)}),${at75},MIN(${master("leaveDate", row)}+1,${at75}))`;
      },
    },
    { key: "healthLossNo", header: "健保 喪失月の番号", width: 9, format: "0", helper: true, formula: (row) => `=YEAR(${row.at("healthLoss")})*12+MONTH(${row.at("healthLoss")})` },
    {
      key: "pensionLoss", header: "厚年 資格喪失日", width: 11, format: DATE_FORMAT, helper: true,
      formula: (row) => {
        const at70 = `DATE(YEAR(${master("birthDate", row)})+70,MONTH(${master("birthDate", row)}),DAY(${master("birthDate", row)}))-1`;
        return `=IF(ISBLANK(${master("leaveDate", row)}),${at70},MIN(${master("leaveDate", row)}+1,${at70}))`;
      },
    },
    { key: "pensionLossNo", header: "厚年 喪失月の番号", width: 9, format: "0", helper: true, formula: (row) => `=YEAR(${row.at("pensionLoss")})*12+MONTH(${row.at("pensionLoss")})` },
    {
      key: "leaverToo", header: "退職者の当月分も控除", width: 9, helper: true,
      formula: (row) =>
        `=AND(${setting("timing")}="${TIMING_WORDS.nextMonth}",NOT(ISBLANK(${master("leaveDate", row)})),${master("leaveDate", row)}<=${setting("periodEnd")},MAX(${lastInsuredNo(row, "healthLossNo")},${lastInsuredNo(row, "pensionLossNo")})=${setting("leaverMonthNo")})`,
    },
    ...premiumColumns(1, count),
    ...premiumColumns(2, count),
    { key: "eiType", header: "雇用保険の区分", width: 12, helper: true, formula: (row) => `=IF(ISBLANK(${master("employmentInsurance", row)}),${setting("defaultEmployment")},${master("employmentInsurance", row)})` },
    { key: "eiWages", header: "雇用保険の賃金", width: 11, format: YEN, helper: true, formula: (row) => `=IF(AND(${row.at("employed")},${row.at("eiType")}<>"対象外"),${row.at("gross")}-${row.at("extraNonTaxable")},"")` },
    { key: "ei", header: "雇用保険料（本人）", width: 10, format: YEN, helper: true, spill: (table) => `=SONAE.EI_PREMIUM(${table.data("eiWages")},${table.data("eiType")},${setting("periodEnd")})` },
    { key: "whtTaxable", header: "税額表の課税対象額", width: 11, format: YEN, helper: true, formula: (row) => on(row, row.at("taxable"), `""`) },
    { key: "wht", header: "源泉所得税（月額表）", width: 10, format: YEN, helper: true, spill: (table) => `=SONAE.WHT_MONTHLY(${table.data("whtTaxable")},${empAll("dependents", count)},${empAll("taxColumn", count)},${setting("payDate")})` },
    ...employerColumns(1),
    ...employerColumns(2),
    { key: "eiEmployer", header: "雇用保険料（事業主）", width: 11, format: EXACT, helper: true, spill: (table) => `=SONAE.EI_PREMIUM(${table.data("eiWages")},${table.data("eiType")},${setting("periodEnd")},"employer")` },
  ];
}

export function payrollSheet(employees: readonly Employee[]): TableSheet {
  const count = employees.length;
  const formulas = rowFormulas();
  const columns = [...amountColumns(formulas), ...helperColumns(formulas, count)];
  return tableSheet({ name: SHEET.payroll, columns, count, totals: true, freezeCols: 2, tabColor: "#2F75B5" });
}
