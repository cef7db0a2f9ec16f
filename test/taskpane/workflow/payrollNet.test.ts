import { importMasterFile } from "../../../src/import";
import { computePayroll } from "../../../src/calc/payroll/computePayroll";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import type { Employee } from "../../../src/calc/payroll/employee";
import { computeNetPay } from "../../../src/taskpane/workflow/payrollNet";
import { masterCsvBytes } from "../fixtures";

const settings = defaultPayrollSettings("2026-04", { payDate: "2026-04-24" });
let employees: Employee[];
beforeAll(async () => {
  employees = (await importMasterFile(masterCsvBytes(), "master.csv")).employees;
  expect(employees.length).toBeGreaterThan(0);
});

test("the net pay of every employee is computePayroll's 差引支給額, with the month's variables", () => {
  const variables = [{ employeeId: "0001", overtimeHours: 10 }];
  const r = computeNetPay({ employees, variables, settings });
  expect(r.skipped).toEqual([]);
  expect(r.failures).toEqual([]);
  expect(r.items.map((i) => [i.employee.id, i.net])).toEqual(
    employees.map((e) => {
      const o = computePayroll({ employee: e, variables: variables.find((v) => v.employeeId === e.id), settings });
      if (o.status !== "paid") throw new Error(e.id);
      return [e.id, o.detail.net];
    }),
  );
  expect(r.lines.map((l) => l.employeeId)).toEqual(employees.map((e) => e.id));
});

test("nobody disappears: an employee who left before the period is skipped with the core's reason", () => {
  const left: Employee = { ...employees[0], id: "0100", leaveDate: "2026-02-28" };
  const r = computeNetPay({ employees: [employees[1], left], settings });
  expect(r.items.map((i) => i.employee.id)).toEqual([employees[1].id]);
  expect(r.skipped).toEqual([expect.objectContaining({ employeeId: "0100", reason: "left" })]);
});

test("an employee whose payroll cannot be computed is a failure with the core's message", () => {
  const broken: Employee = { ...employees[0], id: "0200", healthInsurer: "どこでもない保険" };
  const r = computeNetPay({ employees: [broken], settings });
  expect(r.items).toEqual([]);
  expect(r.failures).toEqual([{ employeeId: "0200", name: employees[0].name, message: expect.stringContaining("どこでもない保険") }]);
});
