/**
 * 年末調整検算's live formulas, evaluated as Excel would (test/support/referenceEvaluator.ts), give yearEndAdjustment's
 * figures for every employee and step of examples/nencho-staff.csv — among them the 国税庁 令和8年分 worked
 * example (E001: 年調年税額 41,400, 還付 115,270, from 「令和8年分 年末調整のしかた」の計算例) and an
 * employee over 2,000万円 (E005: 対象外 with the reason of 所得税法第190条, no figures).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { readStaffList, toInput } from "../../src/import/nenchoStaff";
import { yearEndAdjustment } from "../../src/calc/yearEnd/yearEndAdjustment";
import { YearEndResult } from "../../src/calc/yearEnd/types";
import { planYearEndWorkbook, YEAR_END_SHEET } from "../../src/workbook/yearEndPlan";
import { evaluatePlan, isCellError } from "../support/referenceEvaluator";

const list = readStaffList(fs.readFileSync(path.resolve(__dirname, "../../examples/nencho-staff.csv")));

/** Sheet column → the core's step. */
const STEPS: [string, keyof YearEndResult][] = [
  ["salaryIncome", "salaryIncome"], ["incomeAdjustment", "incomeAdjustment"], ["salaryIncomeAdjusted", "salaryIncomeAdjusted"],
  ["totalIncome", "totalIncome"], ["socialInsuranceDeduction", "socialInsurance"], ["smallEnterpriseDeduction", "smallEnterpriseMutualAid"],
  ["lifeInsurance", "lifeInsurance"], ["earthquakeInsurance", "earthquakeInsurance"], ["spouse", "spouse"], ["dependents", "dependents"],
  ["specificRelatives", "specificRelatives"], ["personal", "personal"], ["basic", "basic"], ["totalDeductions", "totalDeductions"],
  ["taxableIncome", "taxableIncome"], ["annualTax", "annualTax"], ["balance", "balance"],
];

describe.each([2026, 2025])("年分 %i", (year) => {
  const plan = planYearEndWorkbook({ rows: list.rows, year });
  const ev = evaluatePlan(plan);
  const at = (key: string, i: number) => ev.value(YEAR_END_SHEET, plan.firstRow + i, plan.column(key));
  const cases = plan.employees.map((e, i) => ({ i, id: e.id, name: e.name, input: toInput(e.fields, year) }));

  test("the staff list loads rows and all of them are on the sheet", () => {
    expect(list.rows.length).toBeGreaterThan(0);
    expect(plan.employees).toHaveLength(list.rows.length);
    expect(plan.notes).toEqual([]);
  });

  const inScope = cases.filter((c) => c.input.salary <= 20_000_000);
  test.each(inScope.flatMap((c) => STEPS.map(([col, step]) => ({ ...c, col, step }))))(
    "$id $name: $col equals the core's $step",
    ({ i, input, col, step }) => {
      const v = at(col, i);
      if (isCellError(v)) throw new Error(`${col}: ${v.error} ${v.message ?? ""}`);
      expect(v).toBe(yearEndAdjustment(input)[step]);
    },
  );

  test.each(inScope)("$id $name: 還付・徴収 and 判定 follow the core and the system's figures", ({ i, input, id }) => {
    const r = yearEndAdjustment(input);
    expect(at("settlement", i)).toBe(r.balance > 0 ? "還付" : r.balance < 0 ? "徴収" : "なし");
    const f = plan.employees[i].fields;
    const sys = [f.systemAnnualTax, f.systemBalance] as (number | undefined)[];
    const d = [sys[0] === undefined ? "" : r.annualTax - sys[0], sys[1] === undefined ? "" : r.balance - sys[1]];
    expect([at("diffAnnualTax", i), at("diffBalance", i)]).toEqual(d);
    const expected = sys.every((s) => s === undefined) ? "検算のみ" : d.some((x) => x !== "" && x !== 0) ? "差異あり" : "一致";
    expect({ id, judgement: at("judgement", i) }).toEqual({ id, judgement: expected });
  });

  test("E005 (21,000,000円 > 2,000万円): 対象外 with the reason, no figures", () => {
    const i = cases.findIndex((c) => c.id === "E005");
    expect(i).toBeGreaterThanOrEqual(0);
    expect(at("judgement", i)).toBe("対象外");
    expect(at("remark", i)).toBe("給与等の収入金額が20,000,000円を超えるため年末調整の対象外です（所得税法第190条）。確定申告で精算します。");
    for (const [col] of STEPS) expect({ col, v: at(col, i) }).toEqual({ col, v: "" });
  });

  test("totals are the sums of the employees' figures", () => {
    for (const [col, step] of [["annualTax", "annualTax"], ["balance", "balance"], ["basic", "basic"]] as const) {
      const sum = inScope.reduce((s, c) => s + yearEndAdjustment(c.input)[step], 0);
      expect({ col, total: ev.value(YEAR_END_SHEET, plan.totalsRow, plan.column(col)) }).toEqual({ col, total: sum });
    }
  });
});

test("令和8年分 E001 = 国税庁の計算例: 課税給与所得 2,146,000, 年調年税額 41,400, 過不足 115,270 還付, 一致", () => {
  const plan = planYearEndWorkbook({ rows: list.rows, year: 2026 });
  const ev = evaluatePlan(plan);
  const i = plan.employees.findIndex((e) => e.id === "E001");
  const at = (key: string) => ev.value(YEAR_END_SHEET, plan.firstRow + i, plan.column(key));
  // 扶養等 1,860,000 = 障害者 270,000 + 一般 380,000 + 特定 630,000 + 同居老親等 580,000 (計算例)
  expect(at("dependents") as number + (at("personal") as number)).toBe(270_000 + 380_000 + 630_000 + 580_000);
  expect([at("incomeAdjustment"), at("lifeInsurance"), at("earthquakeInsurance"), at("spouse"), at("specificRelatives"), at("basic")])
    .toEqual([47_000, 120_000, 50_000, 380_000, 410_000, 620_000]);
  expect([at("taxableIncome"), at("annualTax"), at("balance"), at("settlement"), at("judgement")]).toEqual([2_146_000, 41_400, 115_270, "還付", "一致"]);
});

test("the year is one cell: B1; the 第190条 limit is looked up for it", () => {
  const plan = planYearEndWorkbook({ rows: list.rows, year: 2026 });
  const ev = evaluatePlan(plan);
  expect(ev.value(YEAR_END_SHEET, 0, 1)).toBe(2026);
  expect(ev.value(YEAR_END_SHEET, 1, 1)).toBe(20_000_000);
});

test("a formula-looking name stays text, codes keep their zeros; bad rows are left out with the reason", () => {
  const csv = "社員番号,氏名,支給総額,社会保険料,源泉徴収済額\n0012,=HYPERLINK(\"x\"),3000000,450000,30000\nE9,悪い,abc,0,0\n";
  const l = readStaffList(Buffer.from(csv, "utf8"));
  const plan = planYearEndWorkbook({ rows: l.rows, year: 2026 });
  const ev = evaluatePlan(plan);
  expect(ev.value(YEAR_END_SHEET, plan.firstRow, 0)).toBe("0012");
  expect(ev.value(YEAR_END_SHEET, plan.firstRow, 1)).toBe('=HYPERLINK("x")');
  expect(plan.employees).toHaveLength(1);
  expect(plan.notes).toHaveLength(1);
  expect(plan.notes[0]).toMatch(/^3行目 列「支給総額」/);
});
