/**
 * `sonae rebuild`: the example master into a real .xlsx, a short Japanese summary, the workbook's figures
 * checked against the payroll command's, 検算 and 前月同額 from the system's previous results, exit codes.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { parseRebuildArgs, rebuild } from "../../src/cli/commands/rebuild";

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const example = (f: string) => path.join(ROOT, "examples", f);

test.each([
  [["--period", "2026-11", "--out", "x.xlsx"], /--master/],
  [["--master", "m.csv", "--out", "x.xlsx"], /--period/],
  [["--master", "m.csv", "--period", "2026-11"], /--out/],
  [["--master", "m.csv", "--period", "2026-11", "--out", "x.xlsx", "--bogus", "1"], /不明な引数/],
  [["--master"], /値がありません/],
])("usage error: %j", (argv, message) => {
  expect(() => parseRebuildArgs(argv)).toThrow(message);
});

test("--values-only and every option are read", () => {
  expect(parseRebuildArgs(["--master", "m.csv", "--period", "2026-11", "--out", "x.xlsx", "--values-only", "--variables", "v.csv", "--previous", "p.csv", "--pay-date", "2026-11-20", "--company", "ソナエ商事株式会社"])).toEqual({
    master: "m.csv", period: "2026-11", out: "x.xlsx", valuesOnly: true, variables: "v.csv", previous: "p.csv", payDate: "2026-11-20", company: "ソナエ商事株式会社",
  });
  expect(parseRebuildArgs(["--force", "--master", "m.csv", "--period", "2026-11", "--out", "x.xlsx", "--results-out", "r.csv"])).toMatchObject({ force: true, valuesOnly: false, resultsOut: "r.csv" });
});

describe("the example master with its variables and the system's previous results", () => {
  let result: Awaited<ReturnType<typeof rebuild>>;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    result = await rebuild({
      master: example("master.csv"), period: "2026-11", out: "payroll.xlsx", valuesOnly: false,
      variables: example("variables.csv"), previous: path.join(__dirname, "fixtures/previous-results.csv"),
    });
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(result.xlsx) as unknown as ArrayBuffer);
  }, 30_000);

  test("a short Japanese summary: employees, sheets, totals; exit 0", () => {
    expect(result.exitCode).toBe(0);
    expect(result.summary[0]).toMatch(/^給与計算ブックを作成しました: payroll\.xlsx/);
    expect(result.summary.join("\n")).toMatch(/従業員 12人（給与を計算 12人、対象外 0人）/);
    expect(result.summary.join("\n")).toMatch(/シート 10枚: 設定、従業員、勤怠・変動、給与計算、賞与計算、給与明細、振込一覧、集計、検算、法令データ/);
    // 子ども・子育て支援金 rounded with the 健康保険料 (厚労省 Q&A) takes 1 yen more from 0006 and 0009 than rounding it
    // alone: 142,000 × 10.08% ÷ 2 = 7,156.8 → 7,157 − 6,993 = 164 (not 163); 830,000 × 10.08% ÷ 2 = 41,832 − 40,877 = 955 (not 954).
    expect(result.summary.join("\n")).toMatch(/差引支給額 3,361,476円/);
    expect(result.problems.filter((p) => p.includes("一致しません"))).toEqual([]);
  });

  test("the previous results: 検算 has the differences, the unknown 社員番号 is reported", () => {
    const ws = wb.getWorksheet("検算")!;
    expect(ws.getCell("A2").value).toBe("0001");
    expect(result.problems.join("\n")).toMatch(/従業員マスタにない/);
  });

  test("the file is a real workbook with the sheets", () => {
    expect(wb.worksheets.map((w) => w.name)).toContain("給与明細");
    expect(Buffer.concat(result.xlsx).subarray(0, 2).toString()).toBe("PK");
  });
});

test("through the real command line: the file is written and the summary printed", () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sonae-")), "payroll.xlsx");
  const r = spawnSync(TSX, ["src/cli/main.ts", "rebuild", "--master", "examples/master.csv", "--period", "2026-11", "--variables", "examples/variables.csv", "--out", out, "--values-only"], { cwd: ROOT, encoding: "utf8" });
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/値のみ/);
  expect(fs.statSync(out).size).toBeGreaterThan(10_000);
}, 60_000);
