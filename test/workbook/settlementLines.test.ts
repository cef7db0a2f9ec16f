/**
 * 前月精算（支給）・（控除） in the payroll workbook: the example month with a settlement of +5,000 (0001) and −3,000
 * (0002). Evaluated, the 給与計算 sheet keeps 総支給額, 雇用保険, 課税対象額 and 所得税 of the month without the
 * settlement and moves 差引支給額 by exactly +5,000 and −3,000, equal to computePayroll; the payslip shows both
 * lines beside 差引支給額; 前月同額 never carries a settlement into the next month.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Employee, MonthlyVariables } from "../../src/calc/payroll/employee";
import { computePayroll } from "../../src/calc/payroll/computePayroll";
import { defaultPayrollSettings } from "../../src/calc/payroll/settings";
import { importMasterFile, importVariablesFile } from "../../src/import";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { planWorkbook } from "../../src/workbook/plan";
import { evaluatePlan, EvaluatedValue } from "../support/referenceEvaluator";
import { SHEET } from "../../src/workbook/layout";
import { PAYSLIP_ROW, PAYSLIP_ROWS } from "../../src/workbook/sheets/payslips";

const example = (f: string) => new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../examples", f)));
const settings = defaultPayrollSettings("2026-11", { companyName: "ソナエ商事株式会社" });
let employees: Employee[];
let variables: MonthlyVariables[];

beforeAll(async () => {
  employees = (await importMasterFile(example("master.csv"), "master.csv")).employees;
  variables = (await importVariablesFile(example("variables.csv"), "variables.csv", undefined, employees)).variables;
});

const settled = () => variables.map((v) =>
  v.employeeId === "0001" ? { ...v, settlementPay: 5_000 } : v.employeeId === "0002" ? { ...v, settlementDeduction: 3_000 } : v);

function payrollRows(vars: readonly MonthlyVariables[]): Map<string, Record<string, EvaluatedValue>> {
  const m = evaluatePlan(planWorkbook({ employees, variables: vars, settings, lawInfo: collectLawInfo({ settings }) })).matrix(SHEET.payroll);
  const header = m[0] as string[];
  return new Map(m.slice(1, employees.length + 1).map((row) => [String(row[0]), Object.fromEntries(header.map((h, c) => [h, row[c]]))]));
}

test("総支給額, 雇用保険, 課税対象額, 所得税 unchanged; 差引支給額 +5,000 for 0001 and −3,000 for 0002, as computePayroll", () => {
  const [before, after] = [payrollRows(variables), payrollRows(settled())];
  for (const id of ["0001", "0002"]) {
    const same = (r: Record<string, EvaluatedValue>) => [r["総支給額"], r["雇用保険"], r["社会保険料計"], r["課税対象額"], r["所得税"], r["控除計"]];
    expect(same(after.get(id)!)).toEqual(same(before.get(id)!));
    const core = computePayroll({ employee: employees.find((e) => e.id === id)!, variables: settled().find((v) => v.employeeId === id), settings });
    expect(core.status === "paid" && core.detail.net).toBe(after.get(id)!["差引支給額"]);
  }
  expect(Number(after.get("0001")!["差引支給額"]) - Number(before.get("0001")!["差引支給額"])).toBe(5_000);
  expect(Number(after.get("0002")!["差引支給額"]) - Number(before.get("0002")!["差引支給額"])).toBe(-3_000);
  expect([after.get("0001")!["前月精算（支給）"], after.get("0002")!["前月精算（控除）"], after.get("0003")!["前月精算（支給）"]]).toEqual([5_000, 3_000, 0]);
});

test("the payslip: 前月精算 lines in the 差引 block of those who have one, nothing on the others", () => {
  const m = evaluatePlan(planWorkbook({ employees, variables: settled(), settings, lawInfo: collectLawInfo({ settings }) })).matrix(SHEET.payslips);
  const netBlock = (k: number) => {
    const r = k * PAYSLIP_ROWS + PAYSLIP_ROW.net;
    return m[r].slice(1, 8).map((label, c) => [label, m[r + 1][c + 1]]).filter(([label]) => label !== null && label !== "");
  };
  const net = (k: number) => netBlock(k).find(([label]) => label === "差引支給額")![1];
  expect(netBlock(0)).toEqual([["振込額", net(0)], ["前月精算（支給）", 5_000], ["差引支給額", net(0)]]);
  expect(netBlock(1)).toEqual([["振込額", net(1)], ["前月精算（控除）", -3_000], ["差引支給額", net(1)]]);
  expect(netBlock(2).map(([label]) => label)).toEqual(["振込額", "差引支給額"]);
});

test("前月同額 from last results never carries a 前月精算: the settlement is paid once", () => {
  const previousResults = [{ employeeId: "0009", net: 200_000, variables: { employeeId: "0009", overtimeHours: 3, settlementPay: 5_000 } }];
  const plan = planWorkbook({ employees, variables, settings, lawInfo: collectLawInfo({ settings }), previousResults });
  const m = evaluatePlan(plan).matrix(SHEET.variables);
  const header = m[0] as string[];
  const row = m.find((r) => r[0] === "0009")!;
  expect([row[header.indexOf("残業時間（時間）")], row[header.indexOf("前月精算（支給）")], row[header.indexOf("入力元")]]).toEqual([3, null, "前月同額"]);
});
