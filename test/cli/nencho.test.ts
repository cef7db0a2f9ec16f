/**
 * `sonae nencho`: the real entry point in a child process, on the example staff list (which holds the NTA
 * 令和8年分 worked example employee) in UTF-8, UTF-8 with BOM and Shift_JIS, with --json, and with bad rows.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Encoding from "encoding-japanese";
import ExcelJS from "exceljs";
import { parseCsv } from "../../src/import/csv";

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const EXAMPLE = path.join(ROOT, "examples/nencho-staff.csv");
const TEMPLATE = path.join(ROOT, "templates/nencho-template.csv");
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-nencho-"));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Starts the command at once; the runs of this file go in parallel and the tests await them. */
function nencho(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["src/cli/main.ts", "nencho", ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Output CSV → one object per employee, keyed by the Japanese headers. */
function rowsOf(stdout: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(stdout.replace(/^\uFEFF/, "")).rows;
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
}

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(TMP, name);
  fs.writeFileSync(file, bytes);
  return file;
}

// ---- input files and runs, all started at once ------------------------------------------------

const text = fs.readFileSync(EXAMPLE, "utf8");
const header = fs.readFileSync(TEMPLATE, "utf8").replace(/^\uFEFF/, "").trim();
const cols = header.split(",");
const line = (v: Record<string, string>) => cols.map((c) => v[c] ?? "").join(",");

const files = {
  bom: write("bom.csv", "\uFEFF" + text.replace(/\n/g, "\r\n")),
  sjis: write("sjis.csv", Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: "SJIS", from: "UNICODE" }))),
  bad: write(
    "bad.csv",
    [
      header,
      line({ 社員番号: "B1", 氏名: "不正 一", 支給総額: "abc", 社会保険料: "100000", 源泉徴収済額: "10000" }),
      line({ 社員番号: "B2", 氏名: "=HYPERLINK(1)", 支給総額: "３，０００，０００", 社会保険料: "400000", 源泉徴収済額: "50000", システム過不足額: '"▲1,200"' }),
      "",
      line({ 社員番号: "B3", 氏名: "空欄 三", 支給総額: "3000000", 社会保険料: "400000", 寡婦: "たぶん" }),
    ].join("\r\n"),
  ),
  noColumn: write("nocol.csv", "社員番号,氏名,支給総額\r\nX1,名前,3000000\r\n"),
};

const runs = {
  r8: nencho(["--input", EXAMPLE, "--year", "2026"]),
  r7json: nencho(["--input", EXAMPLE, "--year", "令和7年", "--json"]),
  bom: nencho(["--input", files.bom, "--year", "2026"]),
  sjis: nencho(["--input", files.sjis, "--year", "2026"]),
  bad: nencho(["--input", files.bad, "--year", "2026"]),
  noColumn: nencho(["--input", files.noColumn, "--year", "2026"]),
  noInput: nencho(["--year", "来年"]),
  unknown: nencho(["--input", "x.csv", "--bogus"]),
  inputMissing: nencho(["--input", "--json"]),
  xlsx: nencho(["--input", EXAMPLE, "--year", "2026", "--xlsx", path.join(TMP, "年末調整検算.xlsx")]),
  xlsxValues: nencho(["--input", EXAMPLE, "--year", "2026", "--xlsx", path.join(TMP, "values.xlsx"), "--values-only"]),
};

afterAll(async () => {
  await Promise.allSettled(Object.values(runs));
  fs.rmSync(TMP, { recursive: true, force: true });
});

jest.setTimeout(240_000); // ten child processes start at once; a busy 2-core machine needs the room

describe("the example staff list, 令和8年分", () => {
  let run: Run;
  let rows: Record<string, string>[];
  let byId: Record<string, Record<string, string>>;
  beforeAll(async () => {
    run = await runs.r8;
    rows = rowsOf(run.stdout);
    byId = Object.fromEntries(rows.map((r) => [r["社員番号"], r]));
  });

  test("exit 0, one output row per employee", () => {
    expect(run.code).toBe(0);
    expect(rows.length).toBe(6);
  });

  test("E001 国税庁の計算例: every step, 年調年税額 41,400, 還付 115,270, 一致 with the system", () => {
    const r = byId.E001;
    const expected: Record<string, string> = {
      給与所得控除後の給与等の金額: "7020000", 所得金額調整控除: "47000", "給与所得控除後の給与等の金額（調整控除後）": "6973000",
      社会保険料控除: "1386102", 生命保険料控除: "120000", 地震保険料控除: "50000", "配偶者（特別）控除": "380000",
      特定親族特別控除: "410000", 基礎控除: "620000", 課税給与所得金額: "2146000", 算出所得税額: "117100",
      住宅借入金等特別控除額: "76500", 年調所得税額: "40600", 年調年税額: "41400", 過不足額: "115270", "還付・徴収": "還付",
      判定: "一致", 年調年税額の差: "0", 過不足額の差: "0",
    };
    for (const [k, v] of Object.entries(expected)) expect({ [k]: r[k] }).toEqual({ [k]: v });
    expect(Number(r["扶養控除"]) + Number(r["障害者等の控除"])).toBe(1_860_000);
  });

  test("E002: the system kept 令和7年分's 基礎控除 — flagged with both differences", () => {
    const r = byId.E002;
    expect(r["判定"]).toBe("差異あり");
    expect(r["年調年税額"]).toBe("91100");
    expect(r["年調年税額の差"]).toBe(String(91_100 - 119_400));
    expect(r["過不足額の差"]).toBe(String(120_000 - 91_100 - 600));
    expect(run.stderr).toContain("3行目 E002 検算 花子: 年調年税額の差 -28,300円");
  });

  test("E005: over 2,000万円 is 対象外 with the reason, not an error", () => {
    expect(byId.E005["判定"]).toBe("対象外");
    expect(byId.E005["注記"]).toContain("年末調整の対象外");
    expect(byId.E005["年調年税額"]).toBe("");
  });

  test("rows without system figures are 検算のみ", () => {
    expect(["E003", "E004", "E006"].map((id) => byId[id]["判定"])).toEqual(["検算のみ", "検算のみ", "検算のみ"]);
  });
});

test("--json, 令和7年分: one JSON object per employee with every step; E002's system figures match", async () => {
  const lines = (await runs.r7json).stdout.trim().split("\n").map((l) => JSON.parse(l));
  expect(lines.length).toBe(6);
  // test-cases.yaml year_end_r8, R7_rules: 給与 5,000,000, 社会保険料 734,500 → 年調年税額 119,400.
  expect(lines.find((l) => l.id === "E002")).toMatchObject({
    row: 3, year: 2025, status: "match", settlement: "還付", steps: { basic: 680_000, taxableIncome: 2_145_000, computedTax: 117_000, annualTax: 119_400, balance: 600 },
  });
  expect(lines.find((l) => l.id === "E005")).toMatchObject({ status: "outOfScope" });
});

test.each([
  ["UTF-8 BOM", "bom", "utf-8-bom"],
  ["Shift_JIS", "sjis", "shift_jis"],
] as const)("%s input gives the same result as UTF-8", async (_name, key, encoding) => {
  const [run, plain] = await Promise.all([runs[key], runs.r8]);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain(`文字コード ${encoding}`);
  expect(rowsOf(run.stdout)).toEqual(rowsOf(plain.stdout));
});

describe("bad rows are reported with row, column and reason, never dropped", () => {
  let run: Run;
  let rows: Record<string, string>[];
  beforeAll(async () => {
    run = await runs.bad;
    rows = rowsOf(run.stdout);
  });

  test("exit code 1 and every row is in the output", () => {
    expect(run.code).toBe(1);
    expect(rows.map((r) => [r["行"], r["社員番号"], r["判定"]])).toEqual([
      ["2", "B1", "エラー"],
      ["3", "B2", "差異あり"],
      ["5", "B3", "エラー"],
    ]);
  });

  test.each([
    ["2行目", "支給総額", "支給総額「abc」は使えません。0以上の整数（円）で指定してください。"],
    ["5行目", "源泉徴収済額", "源泉徴収済額 が空欄です。"],
    ["5行目", "寡婦", "寡婦「たぶん」は使えません。"],
  ])("stderr and output name %s 列「%s」: %s", (row, column, message) => {
    expect(run.stderr).toContain(`${row} 列「${column}」: ${message}`);
    const out = rows.find((r) => `${r["行"]}行目` === row)!;
    expect(out["注記"]).toContain(`列「${column}」: ${message}`);
  });

  test("full-width digits are read; ▲ is a negative 過不足額; a formula-like name is written as text", () => {
    const b2 = rows.find((r) => r["社員番号"] === "B2")!;
    expect(b2["給与等の収入金額"]).toBe("3000000");
    expect(b2["システム過不足額"]).toBe("-1200");
    expect(b2["氏名"]).toBe("'=HYPERLINK(1)");
  });
});

test("a missing required column or option is a usage error (exit 2)", async () => {
  const [noColumn, noInput] = await Promise.all([runs.noColumn, runs.noInput]);
  expect(noColumn.code).toBe(2);
  expect(noColumn.stderr).toContain("必須の列");
  expect(noColumn.stderr).toContain("「社会保険料」");
  expect(noInput.code).toBe(2);
  expect(noInput.stderr).toContain("来年");
});

test("an unknown option, or an option without its value, is said in the words of every command (exit 2)", async () => {
  const [unknown, inputMissing] = await Promise.all([runs.unknown, runs.inputMissing]);
  expect([unknown.code, unknown.stderr.trim()]).toEqual([2, expect.stringContaining("nencho: 不明な引数: --bogus")]);
  expect([inputMissing.code, inputMissing.stderr.trim()]).toEqual([2, expect.stringContaining("nencho: --input の値がありません。")]);
});

describe("--xlsx writes the 年末調整検算 workbook; the CSV output stays the same", () => {
  /** The row of an employee and the column of a header on 年末調整検算 (header on row 4). */
  async function sheetOf(file: string) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("年末調整検算")!;
    const header = (ws.getRow(4).values as unknown[]).map((v) => String(v ?? ""));
    const rowOf = (id: string) => { let r = 0; ws.eachRow((row, n) => { if (row.getCell(1).value === id) r = n; }); return r; };
    return { ws, cell: (id: string, h: string) => ws.getRow(rowOf(id)).getCell(header.indexOf(h)) };
  }

  test("live formulas with cached results: E001 (国税庁の計算例) 年調年税額 41,400, 過不足 115,270; E005 対象外", async () => {
    const [run, plain] = await Promise.all([runs.xlsx, runs.r8]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).toContain("年末調整検算ブックを作成しました");
    const { ws, cell } = await sheetOf(path.join(TMP, "年末調整検算.xlsx"));
    expect(ws.getCell("B1").value).toBe(2026);
    const tax = cell("E001", "年調年税額").value as { formula?: string; sharedFormula?: string; result?: unknown };
    expect(tax.result).toBe(41_400);
    expect(JSON.stringify(tax)).toContain("YE_INCOME_TAX");
    expect((cell("E001", "過不足額（＋還付・−徴収）").value as { result?: unknown }).result).toBe(115_270);
    expect((cell("E005", "判定").value as { result?: unknown }).result).toBe("対象外");
  });

  test("--values-only: the same figures without formulas", async () => {
    expect((await runs.xlsxValues).code).toBe(0);
    const { cell } = await sheetOf(path.join(TMP, "values.xlsx"));
    expect(cell("E001", "年調年税額").value).toBe(41_400);
    expect(cell("E005", "判定").value).toBe("対象外");
  });
});
