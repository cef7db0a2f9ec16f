/**
 * 「今月の結果をダウンロード（CSV）」: the pane's file is the one `payroll --results-out` writes for the same
 * master, 勤怠・変動 and month — byte for byte — with the figures test/cli/resultsOut.test.ts works out by hand.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { importMasterFile, importPreviousResultsFile, importVariablesFile } from "../../../src/import";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { monthResultsFile } from "../../../src/taskpane/workflow/monthResults";
import { runInProcess } from "../../cli/support";

const FIX = path.resolve(__dirname, "../../cli/fixtures");
const MASTER = path.join(FIX, "payroll-master.csv");
const VARIABLES = path.join(FIX, "payroll-variables.csv");

async function paneFile() {
  const master = await importMasterFile(new Uint8Array(fs.readFileSync(MASTER)), "payroll-master.csv");
  const variables = await importVariablesFile(new Uint8Array(fs.readFileSync(VARIABLES)), "payroll-variables.csv", undefined, master.employees);
  return monthResultsFile({ master, variables, settings: defaultPayrollSettings("2026-05") });
}

test("the same bytes as `payroll --results-out` for the same files and month, named 結果_2026-05.csv", async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sonae-pane-results-")), "2026-05.csv");
  const run = await runInProcess(["payroll", "--master", MASTER, "--variables", VARIABLES, "--period", "2026-05", "--results-out", out]);
  expect(run.code).toBe(1); // F003's master row is rejected (1990-13-01): the others are still written
  const file = await paneFile();
  expect(file.fileName).toBe("結果_2026-05.csv");
  expect(Buffer.from(file.bytes).equals(fs.readFileSync(out))).toBe(true);
});

test("F001 月給: 基礎日数 31 (5月の暦日), 総支給額 300,000 + 残業 23,438 + 通勤手当 10,000; F002 時給 without 出勤日数: a note on its row", async () => {
  const file = await paneFile();
  expect(file.rows).toBe(2);
  const back = await importPreviousResultsFile(file.bytes, file.fileName);
  // 残業 10時間: 300,000 ÷ 160 × 10 × 1.25 = 23,437.5 → 23,438
  expect(back.results[0]).toMatchObject({ employeeId: "F001", kind: "給与", payDate: "2026-05-25", basisDays: 31, gross: 300_000 + 23_438 + 10_000 });
  expect(file.problems).toEqual([expect.objectContaining({ row: 3, column: "出勤日数", severity: "warning" })]);
});
