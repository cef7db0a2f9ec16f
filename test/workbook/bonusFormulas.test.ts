/**
 * 賞与計算's formulas, evaluated, give computeBonus's figures: 標準賞与額 with the 573万円 (健康保険, 年度累計)
 * and 150万円 (厚生年金, 同月) caps from the year-to-date inputs, premiums only for an insured month, 雇用保険
 * on the whole bonus, and the 源泉所得税 from the previous month's pay (including no pay last month).
 */
import { computeBonus } from "../../src/calc/payroll/computeBonus";
import { defaultPayrollSettings } from "../../src/calc/payroll/settings";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { planWorkbook } from "../../src/workbook/plan";
import { evaluatePlan } from "../support/referenceEvaluator";
import { SHEET } from "../../src/workbook/layout";
import { BonusInput } from "../../src/workbook/sheets/bonus";
import { EDGE_EMPLOYEES } from "./fixtures/edgeCases";

const BONUS_PAY_DATE = "2026-12-10";
const settings = defaultPayrollSettings("2026-11");

/** id, 賞与額, 健保の年度累計, 厚年の同月累計, 前月の課税対象額 — and why the case is here. */
const ITEMS: [BonusInput, string][] = [
  [{ employeeId: "E01", bonus: 2_000_500, fiscalYearToDate: 4_500_000, prevMonthTaxable: 300_000 }, "健保の年度累計で 1,230,000 に、厚年は 150万円に"],
  [{ employeeId: "E08", bonus: 1_800_000, monthToDate: 500_000, prevMonthTaxable: 450_000 }, "厚年の同月累計で 1,000,000 に"],
  [{ employeeId: "E14", bonus: 300_000, prevMonthTaxable: 200_000 }, "乙欄、雇用保険対象外"],
  [{ employeeId: "E16", bonus: 620_000, prevMonthTaxable: 0 }, "前月の給与なし（6分の1の特例）、建設"],
  [{ employeeId: "E13", bonus: 750_300, prevMonthTaxable: 380_000 }, "健保組合、介護あり"],
  [{ employeeId: "E15", bonus: 100_000, prevMonthTaxable: 88_000 }, "社会保険なし"],
  [{ employeeId: "E05", bonus: 500_000, prevMonthTaxable: 330_000 }, "70歳到達後の月（厚年なし）"],
  [{ employeeId: "E02", bonus: 400_000, prevMonthTaxable: 250_000 }, "資格喪失後の月（保険料なし）"],
];

const FIELDS: [keyof ReturnType<typeof computeBonus>, string][] = [
  ["bonus", "賞与額"], ["standardBonusHealth", "標準賞与額（健保）"], ["standardBonusPension", "標準賞与額（厚年）"], ["health", "健康保険"],
  ["care", "介護保険"], ["childSupport", "子ども・子育て支援金"], ["pension", "厚生年金"], ["employment", "雇用保険"],
  ["socialInsurance", "社会保険料計"], ["taxable", "課税対象額"], ["incomeTax", "所得税"], ["net", "差引支給額"],
];

const plan = planWorkbook({
  employees: EDGE_EMPLOYEES,
  variables: [],
  settings,
  lawInfo: collectLawInfo({ settings, bonusPayDate: BONUS_PAY_DATE }),
  bonus: { payDate: BONUS_PAY_DATE, items: ITEMS.map(([b]) => b) },
});
const m = evaluatePlan(plan).matrix(SHEET.bonus);
const header = m[0] as string[];

test("the case table has rows", () => expect(ITEMS.length).toBeGreaterThan(0));

test.each(ITEMS.map(([b, why]) => [b.employeeId, why, b] as const))("%s %s", (id, _why, input) => {
  const i = EDGE_EMPLOYEES.findIndex((e) => e.id === id);
  const expected = computeBonus({
    employee: EDGE_EMPLOYEES[i],
    bonus: input.bonus,
    prevMonthTaxable: input.prevMonthTaxable ?? 0,
    fiscalYearToDate: input.fiscalYearToDate ?? 0,
    monthToDate: input.monthToDate,
    settings,
    payDate: BONUS_PAY_DATE,
  });
  const row = m[i + 1];
  const got = Object.fromEntries(FIELDS.map(([k, h]) => [k, row[header.indexOf(h)]]));
  expect(got).toEqual(Object.fromEntries(FIELDS.map(([k]) => [k, expected[k]])));
});

test("an employee without a bonus has an empty row, and the totals add the bonuses", () => {
  const i = EDGE_EMPLOYEES.findIndex((e) => e.id === "E10");
  expect(m[i + 1][header.indexOf("差引支給額")]).toBe("");
  const total = m[EDGE_EMPLOYEES.length + 1];
  expect(total[0]).toBe("合計");
  expect(total[header.indexOf("賞与額")]).toBe(ITEMS.reduce((s, [b]) => s + b.bonus, 0));
});
