import { importMasterFile } from "../../../src/import";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import type { Employee } from "../../../src/calc/payroll/employee";
import { collectLawInfo } from "../../../src/workbook/lawInfo";
import { computeNetPay } from "../../../src/taskpane/workflow/payrollNet";
import { buildWarnings } from "../../../src/taskpane/workflow/buildWarnings";
import { masterCsvBytes } from "../fixtures";
import { kyoukaiKenpoRates } from "../../../src/calc/law/socialInsurance";
import { pastHorizon } from "../../support/lawHorizon";

let employees: Employee[];
beforeAll(async () => {
  employees = (await importMasterFile(masterCsvBytes(), "master.csv")).employees;
  expect(employees.map((e) => e.id)).toEqual(["0001", "0002", "0005"]);
});

function warningsFor(period: string, staff: Employee[], variables?: { employeeId: string }[]) {
  const settings = defaultPayrollSettings(period);
  return buildWarnings({ lawInfo: collectLawInfo({ settings }), employees: staff, variables, net: computeNetPay({ employees: staff, variables, settings }) });
}

test("a month inside the law data, monthly staff: nothing to warn about", () => {
  expect(warningsFor("2026-04", employees)).toEqual([]);
});

test("a month past the law data names each missing table", () => {
  const w = warningsFor(pastHorizon(kyoukaiKenpoRates).monthPlus(3), employees).filter((x) => x.startsWith("法令データがありません"));
  expect(w.length).toBeGreaterThan(0);
  expect(w.join("\n")).toContain("協会けんぽ 健康保険料率");
  expect(w.join("\n")).toMatch(/#N\/A/);
});

test("daily and hourly staff without 勤怠 are named; with 勤怠 they are not", () => {
  const daily = { ...employees[0], id: "0101", name: "日給 一郎", payType: "daily" as const, baseSalary: 12_000 };
  const hourly = { ...employees[1], id: "0102", name: "時給 花子", payType: "hourly" as const, baseSalary: 1_200 };
  const without = warningsFor("2026-04", [employees[2], daily, hourly]).find((x) => x.startsWith("日給・時給"));
  expect(without).toContain("2人");
  expect(without).toContain("0101 日給 一郎");
  expect(without).toContain("0102 時給 花子");
  const withInput = warningsFor("2026-04", [employees[2], daily, hourly], [{ employeeId: "0101" }, { employeeId: "0102" }]);
  expect(withInput.some((x) => x.startsWith("日給・時給"))).toBe(false);
});

test("a negative net pay is named with its amount", () => {
  // 基本給 0 with a 住民税 of 15,000円: the net pay is below zero.
  const broke = { ...employees[0], baseSalary: 0, fixedAllowance: 0, commuteAllowance: 0, commuteNonTaxable: 0 };
  const settings = defaultPayrollSettings("2026-04");
  const net = computeNetPay({ employees: [broke], settings });
  const amount = net.items[0].net;
  expect(amount).toBeLessThan(0);
  const w = buildWarnings({ lawInfo: collectLawInfo({ settings }), employees: [broke], net });
  expect(w).toContain(`差引支給額がマイナスの従業員 1人: 0001 山田 太郎（−${Math.abs(amount).toLocaleString("ja-JP")}円）。`);
});
