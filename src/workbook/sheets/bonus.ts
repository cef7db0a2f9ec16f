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
  const E = (f: MasterField, x: RowRefs) => emp(f, x.r);
  const P = (key: string, x: RowRefs) => `${quoteSheet(SHEET.payroll)}!${payrollColumn(key)}${x.r}`;
  const pAll = (key: string) => `${quoteSheet(SHEET.payroll)}!${payrollColumn(key)}2:${payrollColumn(key)}${count + 1}`;
  const month = setting("bonusMonth");
  const monthNo = setting("bonusMonthNo");
  const has = (x: RowRefs) => `NOT(ISBLANK(${x.at("bonus")}))`;
  const shown = (x: RowRefs, v: string) => `=IF(${has(x)},${v},"")`;
  const insured = (x: RowRefs, std: MasterField, loss: string) =>
    `AND(NOT(ISBLANK(${E(std, x)})),${monthNo}>=${P("hireNo", x)},OR(${monthNo}<${P(loss, x)},AND(${monthNo}=${P(loss, x)},${P("hireNo", x)}=${P(loss, x)})))`;

  const columns: Column[] = [
    { key: "id", header: "社員番号", width: 10, formula: (x) => `=${E("id", x)}` },
    { key: "name", header: "氏名", width: 14, formula: (x) => `=${E("name", x)}` },
    { key: "bonus", header: "賞与額", width: 11, format: YEN, total: true, value: (i) => input(i)?.bonus ?? null },
    { key: "fiscalYearToDate", header: "健保 標準賞与額の年度累計（今回より前）", width: 13, format: YEN, value: (i) => input(i)?.fiscalYearToDate ?? null },
    { key: "monthToDate", header: "厚年 同月の標準賞与額（今回より前）", width: 13, format: YEN, value: (i) => input(i)?.monthToDate ?? null },
    {
      key: "prevMonthTaxable", header: "前月の社会保険料等控除後の給与", width: 13, format: YEN,
      value: (i) => input(i)?.prevMonthTaxable ?? prevById.get(employees[i].id)?.taxable ?? null,
    },
    { key: "standardHealth", header: "標準賞与額（健保）", width: 11, format: YEN, total: true, formula: (x) => shown(x, `N(${x.at("stdH")})`) },
    { key: "standardPension", header: "標準賞与額（厚年）", width: 11, format: YEN, total: true, formula: (x) => shown(x, `N(${x.at("stdP")})`) },
    { key: "health", header: "健康保険", width: 10, format: YEN, total: true, formula: (x) => shown(x, `N(${x.at("bh")})`) },
    { key: "care", header: "介護保険", width: 10, format: YEN, total: true, formula: (x) => shown(x, `N(${x.at("bhc")})-N(${x.at("bh")})`) },
    { key: "childSupport", header: "子ども・子育て支援金", width: 10, format: YEN, total: true, formula: (x) => shown(x, `N(${x.at("bcs")})`) },
    { key: "pension", header: "厚生年金", width: 10, format: YEN, total: true, formula: (x) => shown(x, `N(${x.at("bp")})`) },
    { key: "employment", header: "雇用保険", width: 10, format: YEN, total: true, formula: (x) => shown(x, `N(${x.at("bei")})`) },
    { key: "socialInsurance", header: "社会保険料計", width: 11, format: YEN, total: true, formula: (x) => shown(x, ["health", "care", "childSupport", "pension", "employment"].map((k) => x.at(k)).join("+")) },
    { key: "taxable", header: "課税対象額", width: 11, format: YEN, total: true, formula: (x) => shown(x, `MAX(0,${x.at("bonus")}-${x.at("socialInsurance")})`) },
    { key: "incomeTax", header: "所得税", width: 10, format: YEN, total: true, formula: (x) => shown(x, `N(${x.at("wht")})`) },
    { key: "net", header: "差引支給額", width: 11, format: YEN, total: true, formula: (x) => shown(x, `${x.at("bonus")}-${x.at("socialInsurance")}-${x.at("incomeTax")}`) },

    // ---- 計算用 ----
    { key: "bonusH", header: "賞与額（健保の被保険者）", width: 11, format: YEN, helper: true, formula: (x) => `=IF(OR(ISBLANK(${E("healthStandard", x)}),ISBLANK(${x.at("bonus")})),"",${x.at("bonus")})` },
    { key: "bonusP", header: "賞与額（厚年の被保険者）", width: 11, format: YEN, helper: true, formula: (x) => `=IF(OR(ISBLANK(${E("pensionStandard", x)}),ISBLANK(${x.at("bonus")})),"",${x.at("bonus")})` },
    { key: "stdH", header: "標準賞与額（健保）", width: 11, format: YEN, helper: true, spill: (t) => `=SONAE.SI_STANDARD_BONUS(${t.data("bonusH")},"health",${month},${t.data("fiscalYearToDate")},${t.data("monthToDate")})` },
    { key: "stdP", header: "標準賞与額（厚年）", width: 11, format: YEN, helper: true, spill: (t) => `=SONAE.SI_STANDARD_BONUS(${t.data("bonusP")},"pension",${month},${t.data("fiscalYearToDate")},${t.data("monthToDate")})` },
    { key: "hStd", header: "健保の保険料の基礎（賞与月に被保険者）", width: 11, format: YEN, helper: true, formula: (x) => `=IF(AND(${has(x)},${insured(x, "healthStandard", "healthLossNo")}),N(${x.at("stdH")}),"")` },
    { key: "pStd", header: "厚年の保険料の基礎（賞与月に被保険者）", width: 11, format: YEN, helper: true, formula: (x) => `=IF(AND(${has(x)},${insured(x, "pensionStandard", "pensionLossNo")}),N(${x.at("stdP")}),"")` },
    { key: "careAuto", header: "介護・生年月日から", width: 9, helper: true, spill: () => `=SONAE.SI_CARE_APPLIES(${empAll("birthDate", count)},${month})` },
    { key: "careB", header: "介護", width: 7, helper: true, formula: (x) => `=IF(ISBLANK(${E("care", x)}),${x.at("careAuto")},${E("care", x)})` },
    { key: "bh", header: "健康保険", width: 10, format: YEN, helper: true, spill: (t) => `=SONAE.SI_HEALTH(${t.data("hStd")},${pAll("insurer")},${month},FALSE)` },
    { key: "bhc", header: "健康保険＋介護", width: 10, format: YEN, helper: true, spill: (t) => `=SONAE.SI_HEALTH(${t.data("hStd")},${pAll("insurer")},${month},${t.data("careB")})` },
    { key: "bcs", header: "支援金", width: 9, format: YEN, helper: true, spill: (t) => `=SONAE.SI_CHILD_SUPPORT(${t.data("hStd")},${pAll("insurer")},${month},"employee",${supportRoundedWithHealth()},${t.data("careB")})` },
    { key: "bp", header: "厚生年金", width: 10, format: YEN, helper: true, spill: (t) => `=SONAE.SI_PENSION(${t.data("pStd")},${month})` },
    { key: "eiWages", header: "雇用保険の賃金", width: 11, format: YEN, helper: true, formula: (x) => `=IF(OR(ISBLANK(${x.at("bonus")}),${P("eiType", x)}="対象外"),"",${x.at("bonus")})` },
    { key: "bei", header: "雇用保険料", width: 10, format: YEN, helper: true, spill: (t) => `=SONAE.EI_PREMIUM(${t.data("eiWages")},${pAll("eiType")},${setting("bonusPayDate")})` },
    { key: "whtTaxable", header: "税額の課税対象額", width: 11, format: YEN, helper: true, formula: (x) => shown(x, x.at("taxable")) },
    {
      key: "wht", header: "源泉所得税（算出率の表）", width: 10, format: YEN, helper: true,
      spill: (t) => `=SONAE.WHT_BONUS(${t.data("whtTaxable")},${t.data("prevMonthTaxable")},${empAll("dependents", count)},${empAll("taxColumn", count)},${setting("bonusPayDate")},${setting("bonusPeriodMonths")})`,
    },
  ];
  return tableSheet({ name: SHEET.bonus, columns, count, totals: true, freezeCols: 2, inputKeys: ["bonus", "fiscalYearToDate", "monthToDate", "prevMonthTaxable"] });
}
