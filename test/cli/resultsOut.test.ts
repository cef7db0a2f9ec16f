/**
 * `payroll --results-out`: the month's results in the results format, read back through the importer with
 * the figures of the fixture master (test/jobs/payroll/runPayroll.test.ts works them out by hand).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { importPreviousResultsFile } from "../../src/import";
import { runCli, runInProcess } from "./support";

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-results-out-"));
const FIX = path.resolve(__dirname, "fixtures");
const args = (out: string) => ["payroll", "--master", path.join(FIX, "payroll-master.csv"), "--variables", path.join(FIX, "payroll-variables.csv"), "--period", "2026-05", "--results-out", out];

describe("payroll --results-out", () => {
  const out = path.join(TMP, "new", "2026-05.csv");
  let stderr = "";
  beforeAll(async () => {
    const run = await runCli(args(out));
    expect(run.code).toBe(1); // F003's master row is rejected (1990-13-01), as in the payroll tests
    stderr = run.stderr;
  }, 60_000);

  test("UTF-8 with a BOM, CRLF, the results headers with 種別・支給日・基礎日数・現物給与 and each kind of wage", () => {
    const text = fs.readFileSync(out, "utf8");
    expect(text.startsWith("\uFEFF社員番号,氏名,対象年月,種別,支給日,基礎日数,現物給与,固定的賃金,扶養親族等の数,基本給,固定手当,時間外手当,時間外手当（60時間超）,休日手当,深夜手当,通勤手当,欠勤控除,総支給額,")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(4); // header, F001, F002, ""
  });

  test("reads back through the importer: F001 月給 → 基礎日数 31 (5月の暦日), 総支給額 with 通勤手当", async () => {
    const back = await importPreviousResultsFile(new Uint8Array(fs.readFileSync(out)), "2026-05.csv");
    expect(back.problems.filter((p) => p.severity === "error")).toEqual([]);
    const gross = 300_000 + 23_438 + 10_000; // 基本給 + 残業 10h (300,000 ÷ 160 × 10 × 1.25) + 通勤手当
    expect(back.results[0]).toMatchObject({ employeeId: "F001", period: "2026-05", kind: "給与", payDate: "2026-05-25", basisDays: 31, inKind: 0, fixedWage: 300_000, gross });
    expect(back.results[0].variables).toEqual({ employeeId: "F001", overtimeHours: 10 });
  });

  test("every kind of wage of the month, for the 賃金台帳: they add up to the 総支給額", async () => {
    const back = await importPreviousResultsFile(new Uint8Array(fs.readFileSync(out)), "2026-05.csv");
    // 300,000 ÷ 160 時間 × 1.25 × 10 時間 = 23,437.5 → 23,438 (50銭以上切上げ)
    const items = { basePay: 300_000, fixedAllowance: 0, overtimePay: 23_438, overtimeOver60Pay: 0, holidayPay: 0, lateNightPay: 0, commuteAllowance: 10_000, absenceDeduction: 0 };
    expect(back.results[0]).toMatchObject({ items, dependents: 0 });
    expect(300_000 + 23_438 + 10_000).toBe(back.results[0].gross);
  });

  test("F002 時給 without 出勤日数: 基礎日数 blank, and a warning naming the row", async () => {
    const back = await importPreviousResultsFile(new Uint8Array(fs.readFileSync(out)), "2026-05.csv");
    expect(back.results[1]).toMatchObject({ employeeId: "F002", gross: 110_000 });
    expect(back.results[1].basisDays).toBeUndefined();
    expect(stderr).toContain("[注意] 3行目「出勤日数」: 社員番号 F002: 時給の人の出勤日数がないため");
  });

  test("an existing file is refused without --force (exit 2), replaced with it", async () => {
    expect((await runInProcess(args(out))).code).toBe(2);
    expect((await runInProcess([...args(out), "--force"])).code).toBe(1);
  });
});

describe("rebuild --results-out", () => {
  test("writes the same results file as payroll, beside the workbook", async () => {
    const fromPayroll = path.join(TMP, "same", "payroll.csv");
    const fromRebuild = path.join(TMP, "same", "rebuild.csv");
    await runInProcess(args(fromPayroll));
    const run = await runInProcess(["rebuild", "--master", path.join(FIX, "payroll-master.csv"), "--variables", path.join(FIX, "payroll-variables.csv"), "--period", "2026-05", "--values-only", "--out", path.join(TMP, "same", "payroll.xlsx"), "--results-out", fromRebuild]);
    expect(run.code).toBe(1);
    expect(fs.readFileSync(fromRebuild, "utf8")).toBe(fs.readFileSync(fromPayroll, "utf8"));
  }, 60_000);
});
