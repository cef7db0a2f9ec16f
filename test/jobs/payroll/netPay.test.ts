/**
 * The pane's net pay job: the fixture master's F001 is paid the same net pay as the command line's
 * payroll (test/cli/payroll.test.ts: the official rates' arithmetic), the leaver is skipped with the
 * core's reason and a broken employee is listed with the law's message, never dropped.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { r8MonthlyTax } from "../../calc/payroll/officialTables";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { importMasterFile } from "../../../src/import";
import { netPayOfEveryone } from "../../../src/jobs/payroll/netPay";

const MASTER = path.resolve(__dirname, "../../cli/fixtures/payroll-master.csv");

test("F001 without overtime, F002 without hours, F004 left before the period", async () => {
  const master = await importMasterFile(new Uint8Array(fs.readFileSync(MASTER)), "payroll-master.csv");
  const net = netPayOfEveryone({ employees: master.employees, settings: defaultPayrollSettings("2026-05") });
  const gross = 300_000 + 10_000;
  const socialInsurance = 14_775 + 345 + 27_450 + 1_550; // 雇用 310,000 × 5/1000
  const incomeTax = r8MonthlyTax(gross - 10_000 - socialInsurance, "甲", 0);
  expect(net.items.map((i) => [i.employee.id, i.net])).toEqual([
    ["F001", gross - socialInsurance - incomeTax - 10_000],
    ["F002", 0],
  ]);
  expect(net.skipped.map((s) => [s.employeeId, s.reason])).toEqual([["F004", "left"]]);
  expect(net.failures).toEqual([]);
});

test("an employee the law cannot pay is a failure with the message", async () => {
  const master = await importMasterFile(new Uint8Array(fs.readFileSync(MASTER)), "payroll-master.csv");
  const broken = { ...master.employees[0], healthInsurer: "どこにもない健保" };
  const net = netPayOfEveryone({ employees: [broken], settings: defaultPayrollSettings("2026-05") });
  expect(net.items).toEqual([]);
  expect(net.failures).toEqual([{ employeeId: "F001", name: broken.name, message: expect.any(String) }]);
});

test("前月精算 +5,000 (F001) is in the amount transferred; 総支給 and the deductions are the month's own", async () => {
  const master = await importMasterFile(new Uint8Array(fs.readFileSync(MASTER)), "payroll-master.csv");
  const net = netPayOfEveryone({ employees: master.employees, variables: [{ employeeId: "F001", settlementPay: 5_000 }], settings: defaultPayrollSettings("2026-05") });
  const gross = 300_000 + 10_000;
  const socialInsurance = 14_775 + 345 + 27_450 + 1_550; // as above: 雇用 on 310,000, not on the 5,000
  const incomeTax = r8MonthlyTax(gross - 10_000 - socialInsurance, "甲", 0);
  expect(net.items[0].net).toBe(gross - socialInsurance - incomeTax - 10_000 + 5_000);
  expect([net.lines[0].gross, net.lines[0].socialInsurance, net.lines[0].incomeTax]).toEqual([gross, socialInsurance, incomeTax]);
});
