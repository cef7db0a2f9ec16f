/**
 * Cases for the drill's reasons: one employee computed by the payroll job, and the system's results row as
 * the test writes it (Sonae's line with the amounts the test changes, each worked out by hand beside it).
 */
import type { Employee } from "../../../src/calc/payroll/employee";
import type { PayrollSettings } from "../../../src/calc/payroll/types";
import type { PreviousResult } from "../../../src/calc/records/previousResults";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { payEmployee } from "../../../src/jobs/payroll/payEmployee";
import type { DrillCase } from "../../../src/jobs/drill/drillCase";

/** 月給 300,000, 東京都, 標準報酬月額 300,000 (健保22級・厚年19級), born 1980 (no 介護), 甲 0人, no 通勤手当. */
export const BASE: Employee = {
  id: "0001",
  name: "点検 太郎",
  birthDate: "1990-05-15",
  payType: "monthly",
  baseSalary: 300_000,
  fixedAllowance: 0,
  commuteAllowance: 0,
  commuteExempt: 0,
  healthInsurer: "東京都",
  healthStandard: 300_000,
  pensionStandard: 300_000,
  employmentInsurance: "general",
  taxColumn: "甲",
  dependents: 0,
  residentTax: 0,
};

export function drillCase(a: { employee?: Partial<Employee>; period?: string; settings?: Partial<PayrollSettings>; result?: Partial<PreviousResult> }): DrillCase {
  const employee = { ...BASE, ...a.employee };
  const settings = defaultPayrollSettings(a.period ?? "2026-11", a.settings);
  const pay = payEmployee({ employee, settings });
  if (pay.status !== "paid") throw new Error(`not paid: ${JSON.stringify(pay)}`);
  const result: PreviousResult = { ...pay.detail.line, variables: { employeeId: employee.id }, ...a.result };
  return { employee, detail: pay.detail, result, settings };
}
