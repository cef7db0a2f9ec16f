/**
 * 賞与計算: one row per employee, as computeBonus (src/calc/payroll/computeBonus.ts) computes a bonus:
 * 標準賞与額 (SI_STANDARD_BONUS: 1,000円未満切捨て, 健康保険は年度累計573万円・厚生年金は1か月150万円まで, from
 * the year-to-date inputs), premiums for the month the bonus is paid in when the employee is insured that
 * month, 雇用保険 on the whole bonus, and 源泉所得税 by the 算出率の表 chosen with the previous month's
 * 社会保険料等控除後の給与 (WHT_BONUS). Yellow columns are inputs; a row without a 賞与額 stays blank.
 */
import { Employee } from "../../calc/payroll/employee";
import type { PreviousResult } from "../../calc/records/previousResults";
import { MasterField } from "../../calc/records/master";
import { quoteSheet } from "../address";
import { emp, empAll, setting, SHEET, supportRoundedWithHealth } from "../layout";
import { Column, RowRefs, tableSheet, TableSheet } from "../table";

export interface BonusInput {
  employeeId: string;
  bonus: number;
  /** 健康保険の標準賞与額の年度累計 (4月〜), before this bonus */
  fiscalYearToDate?: number;
  /** 厚生年金の標準賞与額の同月累計, before this bonus */
  monthToDate?: number;
  /** 前月の社会保険料等控除後の給与等の金額 (default: the previous results' 課税対象額) */
  prevMonthTaxable?: number;
}

const YEN = "#,##0";

/** References into 給与計算 for the columns the bonus shares with the salary (保険者, 資格の月, 雇用保険の区分). */
export type PayrollColumn = (key: string) => string;

export function bonusSheet(employees: readonly Employee[], items: readonly BonusInput[], previous: readonly PreviousResult[] | undefined, payrollColumn: PayrollColumn): TableSheet {
  const count = employees.length;
  const byId = new Map(items.map((b) => [b.employeeId, b]));
  const prevById = new Map((previous ?? []).map((p) => [p.employeeId, p]));
  const input = (i: number) => byId.get(employees[i].id);
  const master = (field: MasterField, row: RowRefs) => emp(field, row.excelRow);
  const payrollCell = (key: string, row: RowRefs) => `${quoteSheet(SHEET.payroll)}!${payrollColumn(key)}${row.excelRow}`;
  const payrollData = (key: string) => `${quoteSheet(SHEET.payroll)}!${payrollColumn(key)}2:${payrollColumn(key)}${count + 1}`;
  const month = setting("bonusMonth");
  const monthNo = setting("bonusMonthNo");
  const has = (row: RowRefs) => `NOT(ISBLANK(${row.at("bonus")}))`;
  const shown = (row: RowRefs, formula: string) => `=IF(${has(row)},${formula},"")`;
  const insured = (row: RowRefs, std: MasterField, loss: string) =>
    `AND(NOT(ISBLANK(${master(std, row)})),${monthNo}>=${payrollCell("hireNo", row)},OR(${monthNo}<${payrollCell(loss, row)},AND(${monthNo}=${payrollCell(loss, row)},${payrollCell("hireNo", row)}=${payrollCell(loss, row)})))`;

  const columns: Column[] = [
    { key: "id", header: "社員番号", width: 10, formula: (row) => `=${master("id", row)}` },
    { key: "name", header: "氏名", width: 14, formula: (row) => `=${master("name", row)}` },
    { key: "bonus", header: "賞与額", width: 11, format: YEN, total: true, value: (i) => input(i)?.bonus ?? null },
    { key: "fiscalYearToDate", header: "健保 標準賞与額の年度累計（今回より前）", width: 13, format: YEN, value: (i) => input(i)?.fiscalYearToDate ?? null },
    { key: "monthToDate", header: "厚年 同月の標準賞与額（今回より前）", width: 13, format: YEN, value: (i) => input(i)?.monthToDate ?? null },
    {
      key: "prevMonthTaxable", header: "前月の社会保険料等控除後の給与", width: 13, format: YEN,
      value: (i) => input(i)?.prevMonthTaxable ?? prevById.get(employees[i].id)?.taxable ?? null,
    },
    { key: "standardHealth", header: "標準賞与額（健保）", width: 11, format: YEN, total: true, formula: (row) => shown(row, `N(${row.at("stdH")})`) },
    { key: "standardPension", header: "標準賞与額（厚年）", width: 11, format: YEN, total: true, formula: (row) => shown(row, `N(${row.at("stdP")})`) },
    { key: "health", header: "健康保険", width: 10, format: YEN, total: true, formula: (row) => shown(row, `N(${row.at("bh")})`) },
    { key: "care", header: "介護保険", width: 10, format: YEN, total: true, formula: (row) => shown(row, `N(${row.at("bhc")})-N(${row.at("bh")})`) },
    { key: "childSupport", header: "子ども・子育て支援金", width: 10, format: YEN, total: true, formula: (row) => shown(row, `N(${row.at("bcs")})`) },
    { key: "pension", header: "厚生年金", width: 10, format: YEN, total: true, formula: (row) => shown(row, `N(${row.at("bp")})`) },
    { key: "employment", header: "雇用保険", width: 10, format: YEN, total: true, formula: (row) => shown(row, `N(${row.at("bei")})`) },
    { key: "socialInsurance", header: "社会保険料計", width: 11, format: YEN, total: true, formula: (row) => shown(row, ["health", "care", "childSupport", "pension", "employment"].map((key) => row.at(key)).join("+")) },
    { key: "taxable", header: "課税対象額", width: 11, format: YEN, total: true, formula: (row) => shown(row, `MAX(0,${row.at("bonus")}-${row.at("socialInsurance")})`) },
    { key: "incomeTax", header: "所得税", width: 10, format: YEN, total: true, formula: (row) => shown(row, `N(${row.at("wht")})`) },
    { key: "net", header: "差引支給額", width: 11, format: YEN, total: true, formula: (row) => shown(row, `${row.at("bonus")}-${row.at("socialInsurance")}-${row.at("incomeTax")}`) },

    // ---- 計算用 ----
    { key: "bonusH", header: "賞与額（健保の被保険者）", width: 11, format: YEN, helper: true, formula: (row) => `=IF(OR(ISBLANK(${master("healthStandard", row)}),ISBLANK(${row.at("bonus")})),"",${row.at("bonus")})` },
    { key: "bonusP", header: "賞与額（厚年の被保険者）", width: 11, format: YEN, helper: true, formula: (row) => `=IF(OR(ISBLANK(${master("pensionStandard", row)}),ISBLANK(${row.at("bonus")})),"",${row.at("bonus")})` },
    { key: "stdH", header: "標準賞与額（健保）", width: 11, format: YEN, helper: true, spill: (table) => `=SONAE.SI_STANDARD_BONUS(${table.data("bonusH")},"health",${month},${table.data("fiscalYearToDate")},${table.data("monthToDate")})` },
    { key: "stdP", header: "標準賞与額（厚年）", width: 11, format: YEN, helper: true, spill: (table) => `=SONAE.SI_STANDARD_BONUS(${table.data("bonusP")},"pension",${month},${table.data("fiscalYearToDate")},${table.data("monthToDate")})` },
    { key: "hStd", header: "健保の保険料の基礎（賞与月に被保険者）", width: 11, format: YEN, helper: true, formula: (row) => `=IF(AND(${has(row)},${insured(row, "healthStandard", "healthLossNo")}),N(${row.at("stdH")}),"")` },
    { key: "pStd", header: "厚年の保険料の基礎（賞与月に被保険者）", width: 11, format: YEN, helper: true, formula: (row) => `=IF(AND(${has(row)},${insured(row, "pensionStandard", "pensionLossNo")}),N(${row.at("stdP")}),"")` },
    { key: "careAuto", header: "介護・生年月日から", width: 9, helper: true, spill: () => `=SONAE.SI_CARE_APPLIES(${empAll("birthDate", count)},${month})` },
    { key: "careB", header: "介護", width: 7, helper: true, formula: (row) => `=IF(ISBLANK(${master("care", row)}),${row.at("careAuto")},${master("care", row)})` },
    { key: "bh", header: "健康保険", width: 10, format: YEN, helper: true, spill: (table) => `=SONAE.SI_HEALTH(${table.data("hStd")},${payrollData("insurer")},${month},FALSE)` },
    { key: "bhc", header: "健康保険＋介護", width: 10, format: YEN, helper: true, spill: (table) => `=SONAE.SI_HEALTH(${table.data("hStd")},${payrollData("insurer")},${month},${table.data("careB")})` },
    { key: "bcs", header: "支援金", width: 9, format: YEN, helper: true, spill: (table) => `=SONAE.SI_CHILD_SUPPORT(${table.data("hStd")},${payrollData("insurer")},${month},"employee",${supportRoundedWithHealth()},${table.data("careB")})` },
    { key: "bp", header: "厚生年金", width: 10, format: YEN, helper: true, spill: (table) => `=SONAE.SI_PENSION(${table.data("pStd")},${month})` },
    { key: "eiWages", header: "雇用保険の賃金", width: 11, format: YEN, helper: true, formula: (row) => `=IF(OR(ISBLANK(${row.at("bonus")}),${payrollCell("eiType", row)}="対象外"),"",${row.at("bonus")})` },
    { key: "bei", header: "雇用保険料", width: 10, format: YEN, helper: true, spill: (table) => `=SONAE.EI_PREMIUM(${table.data("eiWages")},${payrollData("eiType")},${setting("bonusPayDate")})` },
    { key: "whtTaxable", header: "税額の課税対象額", width: 11, format: YEN, helper: true, formula: (row) => shown(row, row.at("taxable")) },
    {
      key: "wht", header: "源泉所得税（算出率の表）", width: 10, format: YEN, helper: true,
      spill: (table) => `=SONAE.WHT_BONUS(${table.data("whtTaxable")},${table.data("prevMonthTaxable")},${empAll("dependents", count)},${empAll("taxColumn", count)},${setting("bonusPayDate")},${setting("bonusPeriodMonths")})`,
    },
  ];
  return tableSheet({ name: SHEET.bonus, columns, count, totals: true, freezeCols: 2, inputKeys: ["bonus", "fiscalYearToDate", "monthToDate", "prevMonthTaxable"] });
}
