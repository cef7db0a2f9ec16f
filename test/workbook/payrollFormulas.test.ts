/**
 * The workbook's live formulas, evaluated (fast-formula-parser with SONAE.* bound to the registry), give
 * the payroll core's figures to the yen for every employee: the example master with the `payroll`
 * command's lines, and edge cases under several settings with computePayroll directly. One hand-made row
 * anchors the chain on official rates and the 令和8年分 月額表.
 */
import * as path from "node:path";
import { readFileSync } from "node:fs";
import { runPayrollFromFiles } from "../../src/cli/payrollRun";
import { importVariablesFile } from "../../src/import";
import { computePayroll } from "../../src/calc/payroll/computePayroll";
import { Employee, MonthlyVariables } from "../../src/calc/payroll/employee";
import { PayrollLine, PayrollSettings } from "../../src/calc/payroll/types";
import { defaultPayrollSettings } from "../../src/calc/payroll/settings";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { planWorkbook } from "../../src/workbook/plan";
import { evaluatePlan, EvaluatedValue, isCellError, PlanEvaluation } from "../support/referenceEvaluator";
import { SHEET } from "../../src/workbook/layout";
import { EDGE_EMPLOYEES, EDGE_SETTINGS, EDGE_VARIABLES } from "./fixtures/edgeCases";
import { r8MonthlyTax } from "../calc/payroll/officialTables";

const ROOT = path.resolve(__dirname, "../..");

const HEADERS: Record<keyof Omit<PayrollLine, "employeeId">, string> = {
  gross: "総支給額", health: "健康保険", care: "介護保険", childSupport: "子ども・子育て支援金", pension: "厚生年金", employment: "雇用保険",
  socialInsurance: "社会保険料計", taxable: "課税対象額", incomeTax: "所得税", residentTax: "住民税", net: "差引支給額",
};

/** The 給与計算 row of each employee as a PayrollLine (and its 状態), read from the evaluated sheet. */
function sheetLines(ev: PlanEvaluation, employees: readonly Employee[]): { line: Record<string, EvaluatedValue>; status: EvaluatedValue }[] {
  const m = ev.matrix(SHEET.payroll);
  const header = m[0] as string[];
  return employees.map((e, i) => {
    const row = m[i + 1];
    const line: Record<string, EvaluatedValue> = { employeeId: row[header.indexOf("社員番号")] };
    for (const [k, h] of Object.entries(HEADERS)) line[k] = row[header.indexOf(h)];
    return { line, status: row[header.indexOf("状態")] };
  });
}

function plan(employees: readonly Employee[], variables: readonly MonthlyVariables[], settings: PayrollSettings) {
  return planWorkbook({ employees, variables, settings, lawInfo: collectLawInfo({ settings }) });
}

describe("example master (examples/master.csv + variables.csv): the workbook equals `sonae payroll`", () => {
  test.each(["2026-11", "2026-04", "2027-01"])("対象年月 %s: every employee, every field", async (period) => {
    const run = await runPayrollFromFiles({ masterPath: path.join(ROOT, "examples/master.csv"), period, variablesPath: path.join(ROOT, "examples/variables.csv") });
    expect(run.lines.length).toBeGreaterThan(0);
    const vars = await importVariablesFile(new Uint8Array(readFileSync(path.join(ROOT, "examples/variables.csv"))), "variables.csv", undefined, run.employees);
    const ev = evaluatePlan(plan(run.employees, vars.variables, run.settings));
    const rows = sheetLines(ev, run.employees);
    for (const expected of run.lines) {
      const got = rows.find((r) => r.line.employeeId === expected.employeeId);
      expect({ id: expected.employeeId, ...got?.line }).toEqual({ id: expected.employeeId, ...expected });
    }
    const skipped = new Set(run.skipped.map((s) => s.employeeId));
    for (const r of rows.filter((x) => skipped.has(String(x.line.employeeId)))) expect(String(r.status)).toMatch(/^対象外/);
  });
});

describe.each(EDGE_SETTINGS)("edge cases, %s: the workbook equals computePayroll", (_id, settings) => {
  const ev = evaluatePlan(plan(EDGE_EMPLOYEES, EDGE_VARIABLES, settings));
  const rows = sheetLines(ev, EDGE_EMPLOYEES);
  test.each(EDGE_EMPLOYEES.map((e, i) => [e.id, e.name, i] as const))("%s %s", (_eid, _name, i) => {
    const e = EDGE_EMPLOYEES[i];
    const outcome = computePayroll({ employee: e, variables: EDGE_VARIABLES.find((v) => v.employeeId === e.id), settings });
    if (outcome.status === "skipped") {
      expect(rows[i].status).toMatch(/^対象外/);
      for (const k of Object.keys(HEADERS)) expect({ [k]: rows[i].line[k] }).toEqual({ [k]: 0 });
    } else {
      expect(rows[i].status).toBe("支給");
      expect(rows[i].line).toEqual({ ...outcome.detail.line });
    }
  });

  test("no cell of any sheet is an error", () => {
    const errors: string[] = [];
    for (const s of ev.plan.sheets) {
      ev.matrix(s.name).forEach((line, r) => line.forEach((v, c) => isCellError(v) && errors.push(`${s.name} r${r + 1} c${c + 1} ${v.error} ${v.message ?? ""}`)));
    }
    expect(errors).toEqual([]);
  });
});

test("the edge cases really reach the edges (two premium months, skips, age limits)", () => {
  const s = EDGE_SETTINGS[0][1];
  const out = (id: string) => computePayroll({ employee: EDGE_EMPLOYEES.find((e) => e.id === id)!, variables: undefined, settings: s });
  const detail = (id: string) => {
    const o = out(id);
    if (o.status !== "paid") throw new Error(`${id} skipped`);
    return o.detail;
  };
  expect(detail("E01").premiumMonths.map((p) => p.month)).toEqual(["2026-10", "2026-11"]);
  expect(detail("E02").premiumMonths.map((p) => p.month)).toEqual(["2026-10"]);
  expect(out("E03").status).toBe("skipped");
  expect(out("E04").status).toBe("skipped");
  expect(detail("E05").pension).toBe(0);
  expect(detail("E06").health).toBe(0);
  expect(detail("E19").health).toBeGreaterThan(0);
});

describe("hand-made anchor: 月給 353,000, 標準 360,000 東京都, 2026-11 支給 (10月分の保険料)", () => {
  // 健康保険 360,000 × 9.85% ÷ 2 = 17,730; 支援金 360,000 × 0.23% ÷ 2 = 414; 厚生年金 360,000 × 18.3% ÷ 2 = 32,940;
  // 雇用保険 353,000 × 5/1000 = 1,765 (令和8年度 一般). 課税対象額 353,000 − 52,849 = 300,151 → 月額表 甲 扶養0.
  const employee: Employee = {
    id: "0001", name: "手計算", birthDate: "1990-01-01", payType: "monthly", baseSalary: 353_000, fixedAllowance: 0, commuteAllowance: 0, commuteExempt: 0,
    healthInsurer: "東京都", healthStandard: 360_000, pensionStandard: 360_000, employmentInsurance: "general", taxColumn: "甲", dependents: 0, residentTax: 10_000,
  };
  const settings = defaultPayrollSettings("2026-11");
  const [row] = sheetLines(evaluatePlan(plan([employee], [], settings)), [employee]);
  const socialInsurance = 17_730 + 414 + 32_940 + 1_765;
  const taxable = 353_000 - socialInsurance;
  const incomeTax = r8MonthlyTax(taxable, "甲", 0); // 令和8年分 月額表 (test/fixtures/official)
  test.each([
    ["gross", 353_000], ["health", 17_730], ["care", 0], ["childSupport", 414], ["pension", 32_940], ["employment", 1_765],
    ["socialInsurance", socialInsurance], ["taxable", taxable], ["incomeTax", incomeTax], ["residentTax", 10_000],
    ["net", 353_000 - socialInsurance - incomeTax - 10_000],
  ] as const)("%s = %d", (k, v) => expect(row.line[k]).toBe(v));
  test("the tax is the printed 7,930 of the 299,000〜302,000 row", () => expect(incomeTax).toBe(7_930));
});
