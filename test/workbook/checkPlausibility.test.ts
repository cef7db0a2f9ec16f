/**
 * 検算 carries each employee's plausibility 注意 in 備考, and is made for them even without previous results;
 * a month without findings and without previous results has no 検算 sheet.
 */
import { Employee } from "../../src/calc/payroll/employee";
import { plausibilityOfMonth } from "../../src/calc/payroll/plausibilityOfMonth";
import { defaultPayrollSettings } from "../../src/calc/payroll/settings";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { planWorkbook } from "../../src/workbook/plan";
import { SHEET } from "../../src/workbook/layout";
import { ValueBlock } from "../../src/workbook/types";

function employee(over: Partial<Employee>): Employee {
  return {
    id: "E1", name: "見本 太郎", birthDate: "1990-01-15", hireDate: "2015-04-01", payType: "monthly", baseSalary: 300_000,
    fixedAllowance: 0, commuteAllowance: 0, commuteExempt: 0, healthInsurer: "東京都", healthStandard: 300_000, pensionStandard: 300_000,
    employmentInsurance: "general", taxColumn: "甲", dependents: 0, residentTax: 0, ...over,
  };
}

const settings = defaultPayrollSettings("2026-11");
// E2: 基本給 30,000,000 (an extra zero on 3,000,000) → above 10,000,000; 30,000,000 is 健保50級 / 厚年32級, the
// standard 300,000 is 22級 / 19級. E1 is plausible.
const employees = [employee({ id: "E1" }), employee({ id: "E2", name: "見本 花子", baseSalary: 30_000_000 })];
const remarksOf = (plan: ReturnType<typeof planWorkbook>) => {
  const values = (plan.sheets.find((s) => s.name === SHEET.check)!.blocks[0] as ValueBlock).values;
  const col = (values[0] as string[]).indexOf("備考");
  return values.slice(1).map((r) => [r[0], r[col]]);
};

test("without previous results: 検算 exists for the findings; 備考 names the column of each", () => {
  const plausibility = plausibilityOfMonth({ employees, settings });
  const plan = planWorkbook({ employees, variables: [], settings, lawInfo: collectLawInfo({ settings }), plausibility });
  const remarks = remarksOf(plan);
  expect(remarks[0]).toEqual(["E1", null]);
  expect(remarks[1][0]).toBe("E2");
  expect(String(remarks[1][1]).split("／").map((x) => x.slice(0, x.indexOf(":")))).toEqual(["注意「基本給」", "注意「健保標準報酬月額」", "注意「厚年標準報酬月額」"]);
  expect(String(remarks[1][1])).toContain("（22級）は今月の報酬 30,000,000円（50級）");
  expect(plan.notes).toContain("1 人の給与に確認したほうがよい点があります（検算シートの備考）。");
});

test("with previous results: 前回 first, then the 総支給額 finding (300,000 > 3 × 90,000 = 270,000)", () => {
  const previousResults = [{ employeeId: "E1", period: "2026-10", gross: 90_000, variables: { employeeId: "E1" } }];
  const plausibility = plausibilityOfMonth({ employees: [employees[0]], settings, previousGross: new Map([["E1", 90_000]]) });
  const plan = planWorkbook({ employees: [employees[0]], variables: [], settings, lawInfo: collectLawInfo({ settings }), previousResults, plausibility });
  const [[id, remark]] = remarksOf(plan);
  expect(id).toBe("E1");
  expect(String(remark)).toMatch(/^前回: 2026-10／注意「総支給額」: 総支給額 300,000円は前回の 90,000円の3倍を超えています/);
});

test("no findings and no previous results: no 検算 sheet", () => {
  const plan = planWorkbook({ employees: [employees[0]], variables: [], settings, lawInfo: collectLawInfo({ settings }), plausibility: plausibilityOfMonth({ employees: [employees[0]], settings }) });
  expect(plan.sheets.map((s) => s.name)).not.toContain(SHEET.check);
});
