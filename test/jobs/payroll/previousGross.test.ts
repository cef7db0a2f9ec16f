/**
 * 総支給額 more than 3× or under ⅓ of the previous result's is a 注意 on the employee's master row. The
 * fixture master's F001 is paid 300,000 + 23,438 (残業10h) + 10,000 (通勤) = 333,438 in 2026-05.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { importMasterFile, importVariablesFile } from "../../../src/import";
import { runPayroll } from "../../../src/jobs/payroll/runPayroll";
import { previousGrossProblems } from "../../../src/jobs/payroll/previousGross";

const FIXTURES = path.resolve(__dirname, "../../cli/fixtures");
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

test("F001's 333,438 against 100,000 (more than 3×) is named on master row 2; against 333,438 nothing; F002 without a previous figure nothing", async () => {
  const master = await importMasterFile(read("payroll-master.csv"), "payroll-master.csv");
  const variables = await importVariablesFile(read("payroll-variables.csv"), "payroll-variables.csv", undefined, master.employees);
  const run = runPayroll({ master, variables, settings: defaultPayrollSettings("2026-05") });
  const far = previousGrossProblems(run, [{ employeeId: "F001", gross: 100_000 }, { employeeId: "F002" }]);
  expect(far.map((p) => [p.row, p.column, p.value, p.severity])).toEqual([[2, "総支給額", String(300_000 + 23_438 + 10_000), "warning"]]);
  expect(previousGrossProblems(run, [{ employeeId: "F001", gross: 333_438 }])).toEqual([]);
});
