/** The build step's list of plausibility 注意: every finding of every employee, named by 社員番号, name and column. */
import { Employee } from "../../../src/calc/payroll/employee";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { monthPlausibility, plausibilityLines } from "../../../src/taskpane/workflow/plausibility";

const base: Employee = {
  id: "0001", name: "山田 太郎", birthDate: "1990-01-15", payType: "monthly", baseSalary: 300_000, fixedAllowance: 0, commuteAllowance: 0, commuteExempt: 0,
  healthInsurer: "東京都", healthStandard: 300_000, pensionStandard: 300_000, employmentInsurance: "general", taxColumn: "甲", dependents: 0, residentTax: 0,
};

test("a previous 総支給額 of 1,000,000 against 300,000 this month (3 × 300,000 = 900,000 < 1,000,000): one 注意", () => {
  const found = monthPlausibility({
    employees: [base, { ...base, id: "0002", name: "佐藤 花子" }],
    settings: defaultPayrollSettings("2026-11"),
    previous: [{ employeeId: "0001", gross: 1_000_000, variables: { employeeId: "0001" } }, { employeeId: "0002", gross: 300_000, variables: { employeeId: "0002" } }],
  });
  expect(plausibilityLines(found)).toEqual(["注意: 社員番号 0001（山田 太郎）「総支給額」 総支給額 300,000円は前回の 1,000,000円の3分の1未満です。勤怠・変動の入力と基本給を確認してください。"]);
});

test("nothing to say: no line", () => {
  expect(plausibilityLines(monthPlausibility({ employees: [base], settings: defaultPayrollSettings("2026-11") }))).toEqual([]);
});
