/**
 * The command line's payroll run: rows above the header are errors naming their lines (exit 1), the row
 * counts are reported, and a plausibility 注意 sits on the employee's master row and column.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describeRunProblem } from "../../src/cli/commands/payroll";
import { previousGrossProblems, runPayrollFromFiles } from "../../src/cli/payrollRun";
import { MASTER_TEMPLATE_HEADERS } from "../../src/import";
import { templateRow, VALID } from "../import/helpers";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-plausibility-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, lines: string[]) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, lines.join("\r\n") + "\r\n");
  return p;
};
const row = (id: string, over: Record<string, string> = {}) => templateRow({ ...VALID, 社員番号: id, 口座番号: `1${id.padStart(6, "0")}`, ...over });

test("data rows above the header: rejected with their lines, counted, the rows below paid", async () => {
  const master = write("sorted.csv", [row("0001"), row("0002"), MASTER_TEMPLATE_HEADERS.join(","), row("0003")]);
  const run = await runPayrollFromFiles({ masterPath: master, period: "2026-11" });
  expect(run.lines.map((l) => l.employeeId)).toEqual(["0003"]);
  expect(run.rejectedCount).toBe(2);
  expect(run.rowCounts).toEqual(["従業員マスタ: 3行を読み込みました（取り込み 1行、エラーで除外 2行）。"]);
  expect(run.problems.filter((p) => p.severity === "error").map(describeRunProblem)).toEqual([1, 2].map((n) => expect.stringMatching(new RegExp(`^\\[エラー\\] ${n}行目: 見出し行（3行目）より上にある`))));
});

test("基本給 12,000,000 (> 10,000,000) and its 標準報酬月額 300,000 far below: 注意 on row 3, paid all the same", async () => {
  const master = write("typo.csv", [MASTER_TEMPLATE_HEADERS.join(","), row("0001"), row("0002", { 基本給: "12000000" })]);
  const run = await runPayrollFromFiles({ masterPath: master, period: "2026-11" });
  expect(run.lines.map((l) => l.employeeId)).toEqual(["0001", "0002"]);
  expect(run.rejectedCount).toBe(0);
  const warned = run.problems.filter((p) => p.severity === "warning" && p.row === 3).map((p) => [p.column, p.value]);
  expect(warned).toEqual([["基本給", "12000000"], ["健保標準報酬月額", "300000"], ["厚年標準報酬月額", "300000"]]);
  expect(run.problems.some((p) => p.row === 2)).toBe(false);
  // 総支給 of 0002 is 12,000,000; a previous 総支給額 of 300,000 → more than 3×; 0001's 300,000 equals its previous.
  const gross = previousGrossProblems(run, [{ employeeId: "0001", gross: 300_000 }, { employeeId: "0002", gross: 300_000 }]);
  expect(gross.map((p) => [p.row, p.column, p.value])).toEqual([[3, "総支給額", "12000000"]]);
});
