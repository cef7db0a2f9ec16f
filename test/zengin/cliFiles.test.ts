/**
 * `sonae zengin` end to end on the example files (examples/master.csv, variables.csv, sender.json): the
 * transfer file's total equals the payroll's total of 差引支給額 for the same month, as
 * runPayrollFromFiles (the payroll sheet's source) computes it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { command } from "../../src/cli/commands/zengin";
import { runPayrollFromFiles } from "../../src/cli/payrollRun";
import { parseZenginFile } from "../../src/zengin/parse";

const root = path.resolve(__dirname, "../..");
const ex = (f: string) => path.join(root, "examples", f);

test("examples: file total = Σ 差引支給額 of the payroll, one data record per paid account", async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sonae-zengin-")), "kyuyo.txt");
  const run = await runPayrollFromFiles({ masterPath: ex("master.csv"), variablesPath: ex("variables.csv"), period: "2026-11", payDate: "2026-11-25" });
  const paid = run.lines.filter((l) => l.net > 0);
  expect(paid.length).toBeGreaterThan(0);

  const quiet = [jest.spyOn(process.stdout, "write").mockImplementation(() => true), jest.spyOn(process.stderr, "write").mockImplementation(() => true)];
  let code: number;
  try {
    code = await command(["--master", ex("master.csv"), "--variables", ex("variables.csv"), "--period", "2026-11", "--pay-date", "2026-11-25", "--sender", ex("sender.json"), "--out", out]);
  } finally {
    quiet.forEach((s) => s.mockRestore());
  }
  expect(code).toBe(0);
  const parsed = parseZenginFile(new Uint8Array(fs.readFileSync(out)));
  expect(parsed.problems).toEqual([]);
  const trailer = parsed.records.find((r) => r.kind === "trailer")!;
  expect(Number(trailer.fields.total)).toBe(run.lines.reduce((t, l) => t + l.net, 0));
  const secondAccounts = run.employees.filter((e) => e.bank2 && e.bank2.fixedAmount > 0 && paid.some((l) => l.employeeId === e.id && l.net > e.bank2!.fixedAmount)).length;
  expect(Number(trailer.fields.count)).toBe(paid.length + secondAccounts);
}, 30_000);
