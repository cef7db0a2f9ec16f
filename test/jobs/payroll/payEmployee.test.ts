/**
 * One employee's pay: paid, skipped with the core's reason, or failed with the law's message — the law's
 * refusal is a value, any other error still throws.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { importMasterFile } from "../../../src/import";
import { payEmployee } from "../../../src/jobs/payroll/payEmployee";

const MASTER = path.resolve(__dirname, "../../cli/fixtures/payroll-master.csv");
const settings = defaultPayrollSettings("2026-05");

test("paid, skipped (退職日 2026-03-31, before the period) and failed (an insurer the law does not know)", async () => {
  const [f001, , f004] = (await importMasterFile(new Uint8Array(fs.readFileSync(MASTER)), "payroll-master.csv")).employees;
  expect(payEmployee({ employee: f001, settings })).toMatchObject({ status: "paid", detail: { employeeId: "F001", health: 14_775, pension: 27_450 } });
  expect(payEmployee({ employee: f004, settings })).toMatchObject({ status: "skipped", skip: { employeeId: "F004", reason: "left" } });
  expect(payEmployee({ employee: { ...f001, healthInsurer: "どこでもない保険" }, settings })).toEqual({ status: "failed", message: expect.stringContaining("どこでもない保険") });
});
