/**
 * The month's payroll job on the command line's fixture master (test/cli/fixtures): the figures are the
 * arithmetic of the official rates (as test/cli/payroll.test.ts asserts them through the command), every
 * problem names the master's row, and an employee whose variables row was rejected is not paid.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { r8MonthlyTax } from "../../calc/payroll/officialTables";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { importMasterFile, importVariablesFile, importVariablesTable, tableFromCells } from "../../../src/import";
import { runPayroll } from "../../../src/jobs/payroll/runPayroll";

const FIXTURES = path.resolve(__dirname, "../../cli/fixtures");
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
const settings = defaultPayrollSettings("2026-05");

async function imported() {
  const master = await importMasterFile(read("payroll-master.csv"), "payroll-master.csv");
  const variables = await importVariablesFile(read("payroll-variables.csv"), "payroll-variables.csv", undefined, master.employees);
  return { master, variables };
}

describe("runPayroll: fixture master, 2026-05, 5/25 支給, 翌月徴収 → 2026-04分", () => {
  test("F001 月給 300,000, 残業10h, 通勤 10,000 (非課税), 標準 300,000 東京都", async () => {
    const run = runPayroll({ ...(await imported()), settings });
    const gross = 300_000 + 23_438 + 10_000; // 300,000 ÷ 160 × 10 × 1.25 = 23,437.5 → 23,438
    const socialInsurance = 14_775 + 345 + 27_450 + 1_667; // 健保 9.85%・支援金 0.23%・厚年 18.3% の折半、雇用 5/1000
    const taxable = gross - 10_000 - socialInsurance;
    const incomeTax = r8MonthlyTax(taxable, "甲", 0);
    expect(run.lines[0]).toEqual({
      employeeId: "F001", gross, health: 14_775, care: 0, childSupport: 345, pension: 27_450, employment: 1_667, socialInsurance,
      taxable, incomeTax, residentTax: 10_000, net: gross - socialInsurance - incomeTax - 10_000,
    });
  });

  test("F002 時給 1,100 × 100h, 社会保険なし, 乙", async () => {
    const run = runPayroll({ ...(await imported()), settings });
    const gross = 1_100 * 100;
    const employment = 550; // 110,000 × 5/1000
    expect(run.lines[1]).toMatchObject({ employeeId: "F002", gross, employment, incomeTax: r8MonthlyTax(gross - employment, "乙"), net: gross - employment - r8MonthlyTax(gross - employment, "乙") });
  });

  test("the rejected row (4) and the leaver (5) are named by their master rows, from the import's own rows", async () => {
    const run = runPayroll({ ...(await imported()), settings });
    expect(run.lines.map((l) => l.employeeId)).toEqual(["F001", "F002"]);
    expect(run.rejectedCount).toBe(1);
    expect(Object.fromEntries(run.masterRows)).toEqual({ F001: 2, F002: 3, F003: 4, F004: 5 });
    expect([...run.rejectedMasterRows]).toEqual([4]);
    expect(run.problems).toContainEqual(expect.objectContaining({ row: 4, column: "生年月日", value: "1990-13-01", severity: "error" }));
    expect(run.problems).toContainEqual(expect.objectContaining({ row: 5, column: "退職日", value: "2026-03-31", severity: "warning" }));
    expect(run.skipped.map((s) => s.employeeId)).toEqual(["F004"]);
  });

  test("a rejected variables row withholds that employee's pay, naming the variables row on the master row", async () => {
    const { master } = await imported();
    const variables = importVariablesTable(tableFromCells([["社員番号", "残業時間"], ["F001", "abc"], ["F002", ""]]), master.employees);
    const run = runPayroll({ master, variables, settings });
    expect(run.lines.map((l) => l.employeeId)).toEqual(["F002"]);
    expect(run.problems).toContainEqual({ row: 2, column: "社員番号", value: "F001", message: "勤怠・変動ファイルの2行目が取り込めなかったため、社員番号 F001 の給与は計算しません。", severity: "error" });
    expect(run.rejectedCount).toBe(2); // the variables row and the master's row 4
  });

  test("progress is reported for every employee, then done", async () => {
    const calls: [number, number][] = [];
    runPayroll({ ...(await imported()), settings, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[0, 3], [1, 3], [2, 3], [3, 3]]);
  });
});
