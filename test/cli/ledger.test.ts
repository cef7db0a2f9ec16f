/**
 * `sonae ledger` as a child process on the hand-built year (test/jobs/ledger/handBuiltYear.ts, whose totals
 * ledger.test.ts works out by hand): what it prints, the workbook it writes, and that workbook once through
 * LibreOffice (`soffice --headless --convert-to pdf`, then `pdftotext`) as the clerk would print it.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { writeHandBuiltYear } from "../jobs/ledger/handBuiltYear";
import { runCli, runInProcess } from "./support";

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-ledger-"));
const files = writeHandBuiltYear(path.join(TMP, "in"));
const args = (xlsx: string, ...more: string[]) => ["ledger", "--master", files.master, "--results", ...files.results, "--year", "2026", "--xlsx", xlsx, ...more];

const hasLibreOffice = spawnSync("soffice", ["--version"]).status === 0 && spawnSync("pdftotext", ["-v"]).status === 0;

describe("sonae ledger", () => {
  const xlsx = path.join(TMP, "out", "台帳.xlsx");
  let run: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => void (run = await runCli(args(xlsx, "--closing-day", "31"))), 60_000);

  test("exit 0, one line per employee on stdout, the notes on stderr, the workbook written", () => {
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").filter(Boolean)).toEqual([
      "社員番号 L001 見本 花子: 11回の支払、データなし 1か月、総支給額の合計 3,410,000円",
      "社員番号 L002 見本 太郎: 13回の支払、総支給額の合計 4,775,000円",
    ]);
    expect(run.stderr).toContain("[注記] 社員番号 L001: 3月の給与の結果がありません（「データなし」）。");
    expect(run.stderr).toContain(`賃金台帳・源泉徴収簿（2026年、2人）を作成しました: ${xlsx}`);
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe("PK");
  });

  test("an existing workbook is refused without --force (exit 2), replaced with it", async () => {
    expect((await runInProcess(args(xlsx))).code).toBe(2);
    expect((await runInProcess(args(xlsx, "--closing-day", "31", "--force"))).code).toBe(0);
  }, 30_000);

  test.each([
    [["ledger", "--master", "m.csv", "--xlsx", "x.xlsx", "--year", "2026"], "--results（給与計算の結果のファイル。いくつでも）を指定してください。"],
    [["ledger", "--master", "m.csv", "--results", "r.csv", "--xlsx", "x.xlsx", "--year", "26"], "--year には支給日の年を西暦 4 桁で指定してください（「26」）。"],
    [["ledger", "--master", "m.csv", "--results", "r.csv", "--xlsx", "x.xlsx", "--year", "2026", "--closing-day", "32"], "--closing-day は 1〜31 の日（末日は 31）で指定してください（「32」）。"],
    [["ledger", "--master", "m.csv", "--results", "r.csv", "--year", "2026"], "--xlsx（作成するブック）を指定してください。"],
    [["ledger", "--master", files.master, "--results", ...files.results, "--year", "2026", "--xlsx", path.join(TMP, "s.xlsx"), "--staff", path.join(TMP, "none.csv")], `年末調整の従業員一覧（--staff）「${path.join(TMP, "none.csv")}」が見つかりません。`],
  ])("usage error %j → exit 2", async (argv, message) => {
    const r = await runInProcess(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  test("--settings gives the office's 締め日 (20日); --closing-day wins over it; a settings.json the payroll would refuse is refused (exit 2)", async () => {
    const fromFile = await runInProcess(args(path.join(TMP, "settings.xlsx"), "--settings", files.settings));
    expect(fromFile.code).toBe(0);
    expect(fromFile.stderr).toContain("[注記] 社員番号 L001: 賃金計算期間: 1月・2月・4月・5月・6月・7月・8月・9月・10月・11月・12月は締め日から算出（対象年月と締め日 20日 から）です。");
    const typed = await runInProcess(args(path.join(TMP, "typed.xlsx"), "--settings", files.settings, "--closing-day", "31"));
    expect(typed.stderr).toContain("は締め日から算出（対象年月と締め日 末日 から）です。");
    const bad = path.join(TMP, "bad-settings.json");
    fs.writeFileSync(bad, `{ "closingDay": 40 }`);
    const refused = await runInProcess(args(path.join(TMP, "bad.xlsx"), "--settings", bad));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`設定ファイル（--settings）「${bad}」`);
  }, 30_000);

  test("--help, and the command in `sonae --help`", async () => {
    const help = await runInProcess(["ledger", "--help"]);
    expect(help.stdout).toContain("賃金台帳（労働基準法第108条・施行規則第54条）と源泉徴収簿");
    expect((await runInProcess(["--help"])).stdout).toContain("  ledger --master FILE --results FILE… --year YYYY --xlsx 台帳.xlsx");
  });

  (hasLibreOffice ? test : test.skip)("printed through LibreOffice: a page per employee and sheet, every figure where the clerk reads it", () => {
    const pdf = spawnSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", path.join(TMP, "pdf"), xlsx], { timeout: 120_000 });
    expect(pdf.status).toBe(0);
    const file = path.join(TMP, "pdf", "台帳.pdf");
    const pages = (n: number) => spawnSync("pdftotext", ["-layout", "-f", String(n), "-l", String(n), file, "-"]).stdout.toString();
    expect(pages(5)).toBe(""); // 賃金台帳 2 pages + 源泉徴収簿 2 pages
    const first = pages(1);
    expect(first).toContain("賃金台帳（2026年）");
    expect(first).toMatch(/氏名\s+見本 花子\s+性別\s+女/);
    expect(first).toMatch(/賃金計算期間\s+2026\/1\/1〜2026\/1\/31/);
    expect(first).toMatch(/総支給額\s+310,000\s+310,000\s+データなし\s+310,000.*3,410,000/);
    expect(pages(2)).toMatch(/項目.*12月\s+賞与 7\/10\s+合計/);
    expect(pages(2)).toMatch(/総支給額.*575,000\s+4,775,000/);
    expect(pages(4)).toMatch(/7\s+7\/10\s+575,000\s+75,000\s+500,000\s+300,000\s+4\.084\s+20,420\s+20,420/);
    expect(pages(4)).toMatch(/給与所得控除後の給与等の金額\s+3,377,600/);
  }, 180_000);
});
