/**
 * `sonae payroll` through the real entry point (a child process): one JSON line per employee with exactly
 * the JSON_LINE_KEYS (PayrollLine's, 臨時控除 and 前月精算), import problems on stderr naming row, column and value, exit code 1 when a row
 * was rejected (the valid rows still printed). Expected figures are the arithmetic from official rates.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { r8MonthlyTax } from "../calc/payroll/officialTables";
import { runPayrollFromFiles } from "../../src/cli/payrollRun";
import { JSON_LINE_KEYS } from "../../src/cli/commands/payroll";

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

function sonae(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(TSX, ["src/cli/main.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const lines = (stdout: string) => stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));

describe("fixture master (test/cli/fixtures): 2026-05, 5/25 支給, 翌月徴収 → 2026-04分", () => {
  const run = sonae(["payroll", "--master", "test/cli/fixtures/payroll-master.csv", "--period", "2026-05", "--variables", "test/cli/fixtures/payroll-variables.csv"]);

  test("exit 1 (one row rejected), the two valid employees printed with exactly the JSON line keys", () => {
    expect(run.status).toBe(1);
    const out = lines(run.stdout);
    expect(out.map((l) => l.employeeId)).toEqual(["F001", "F002"]);
    for (const l of out) expect(Object.keys(l)).toEqual([...JSON_LINE_KEYS]);
  });

  test("F001 月給 300,000, 残業10h, 通勤 10,000 (非課税), 標準 300,000 東京都", () => {
    const gross = 300_000 + 23_438 + 10_000; // 300,000 ÷ 160 = 1,875; × 10 × 1.25 = 23,437.5 → 23,438
    // 300,000 × 9.85% ÷ 2 = 14,775; × 0.23% ÷ 2 = 345; × 18.3% ÷ 2 = 27,450; 雇用保険 333,438 × 5/1000 = 1,667.19 → 1,667
    const socialInsurance = 14_775 + 345 + 27_450 + 1_667;
    const taxable = gross - 10_000 - socialInsurance;
    const incomeTax = r8MonthlyTax(taxable, "甲", 0);
    expect(lines(run.stdout)[0]).toEqual({
      employeeId: "F001", gross, health: 14_775, care: 0, childSupport: 345, pension: 27_450, employment: 1_667, socialInsurance,
      taxable, incomeTax, residentTax: 10_000, extraDeduction: 0, settlementPay: 0, settlementDeduction: 0, net: gross - socialInsurance - incomeTax - 10_000,
    });
  });

  test("F002 時給 1,100 × 100h, 社会保険なし, 乙", () => {
    const gross = 1_100 * 100;
    const employment = 550; // 110,000 × 5/1000
    const taxable = gross - employment;
    const incomeTax = r8MonthlyTax(taxable, "乙");
    expect(lines(run.stdout)[1]).toEqual({
      employeeId: "F002", gross, health: 0, care: 0, childSupport: 0, pension: 0, employment, socialInsurance: employment,
      taxable, incomeTax, residentTax: 0, extraDeduction: 0, settlementPay: 0, settlementDeduction: 0, net: gross - employment - incomeTax,
    });
  });

  test("stderr names the row, the column, the value and the reason; the leaver is reported, not dropped", () => {
    expect(run.stderr).toContain("4行目「生年月日」の「1990-13-01」");
    expect(run.stderr).toMatch(/5行目「退職日」の「2026-03-31」: 社員番号 F004.*計算しません/);
  });
});

test("usage errors: exit 2 with a message", () => {
  const missing = sonae(["payroll", "--period", "2026-05"]);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toContain("--master");
  const badPeriod = sonae(["payroll", "--master", "test/cli/fixtures/payroll-master.csv", "--period", "2026/5"]);
  expect(badPeriod.status).toBe(2);
  expect(badPeriod.stderr).toContain("対象年月「2026/5」");
});

const EXAMPLE = path.join(ROOT, "examples/master.csv");
const EXAMPLE_VARIABLES = path.join(ROOT, "examples/variables.csv");

(fs.existsSync(EXAMPLE) ? describe : describe.skip)("the example master (examples/master.csv)", () => {
  const args = ["payroll", "--master", "examples/master.csv", "--period", "2026-05"];
  const withVariables = fs.existsSync(EXAMPLE_VARIABLES) ? [...args, "--variables", "examples/variables.csv"] : args;
  const run = sonae(withVariables);

  test("prints a line per employee in the period, each adding up, equal to the core's figures", async () => {
    const out = lines(run.stdout);
    expect(out.length).toBeGreaterThan(0);
    const core = await runPayrollFromFiles({ masterPath: EXAMPLE, period: "2026-05", variablesPath: fs.existsSync(EXAMPLE_VARIABLES) ? EXAMPLE_VARIABLES : undefined });
    expect(out).toEqual(core.details.map((d) => ({ ...d.line, extraDeduction: d.extraDeduction, settlementPay: d.settlementPay, settlementDeduction: d.settlementDeduction })));
    expect(run.status).toBe(core.rejectedCount > 0 ? 1 : 0);
    for (const l of out) {
      expect({ id: l.employeeId, keys: Object.keys(l) }).toEqual({ id: l.employeeId, keys: [...JSON_LINE_KEYS] });
      expect({ id: l.employeeId, si: l.socialInsurance }).toEqual({ id: l.employeeId, si: l.health + l.care + l.childSupport + l.pension + l.employment });
      expect({ id: l.employeeId, net: l.net }).toEqual({ id: l.employeeId, net: l.gross - l.socialInsurance - l.incomeTax - l.residentTax - l.extraDeduction });
    }
  }, 30_000);

  test("employees outside the period are named on stderr", async () => {
    const core = await runPayrollFromFiles({ masterPath: EXAMPLE, period: "2026-05" });
    for (const s of core.skipped) expect(run.stderr).toContain(`社員番号 ${s.employeeId}`);
  }, 30_000);
});

test("前月精算（支給）・（控除）: their own keys, and the net that already includes them (each line adds up on its own)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-payroll-"));
  const variables = path.join(dir, "variables.csv");
  const example = fs.readFileSync(EXAMPLE_VARIABLES, "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  fs.writeFileSync(variables, [
    `${example[0]},前月精算（支給）,前月精算（控除）`,
    ...example.slice(1).map((l) => `${l},${l.startsWith("0001,") ? "3739" : ""},${l.startsWith("0002,") ? "13155" : ""}`),
  ].join("\n"));
  const run = sonae(["payroll", "--master", "examples/master.csv", "--period", "2026-11", "--variables", variables]);
  const byId = new Map(lines(run.stdout).map((l) => [l.employeeId, l]));
  const pick = (id: string) => {
    const l = byId.get(id);
    return [l.residentTax, l.extraDeduction, l.settlementPay, l.settlementDeduction, l.net];
  };
  // The month without them is test/cli/fixtures/drill/HAND-WORKED.md: 差引 376,261 (0001), 263,155 (0002), 225,595 (0003)
  expect(pick("0001")).toEqual([25_000, 0, 3_739, 0, 376_261 + 3_739]);
  expect(pick("0002")).toEqual([18_000, 0, 0, 13_155, 263_155 - 13_155]);
  expect(pick("0003")).toEqual([12_000, 3_000, 0, 0, 225_595]); // 臨時控除 3,000 already in 225,595
  for (const l of byId.values()) {
    expect(l.net).toBe(l.gross - l.socialInsurance - l.incomeTax - l.residentTax - l.extraDeduction + l.settlementPay - l.settlementDeduction);
  }
  expect(run.status).toBe(0);
}, 30_000);
