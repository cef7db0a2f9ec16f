/**
 * Every byte arrives: the real command line behind a deliberately slow reader (test/cli/support.ts) must
 * deliver every line, in order, with the right exit code — the command never ends while output is pending.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { r8MonthlyTax } from "../calc/payroll/officialTables";
import { ROOT, runCli } from "./support";

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-pipes-"));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

test("eval: 10,000 lines through a slow pipe — line N answers input line N", async () => {
  // 厚生年金 18.3% ÷ 2 of a standard monthly remuneration (厚生年金保険法81条): each is an exact yen amount.
  const pension: [number, number][] = [[88_000, 88_000 * 0.0915], [150_000, 13_725], [300_000, 27_450], [650_000, 59_475]];
  expect(pension[0][1]).toBe(8_052);
  const lines = Array.from({ length: 10_000 }, (_, i) =>
    i % 10 === 9 ? `not json ${i + 1}` : JSON.stringify({ fn: "SI_PENSION", args: [pension[i % 4][0], "2026-11"] }),
  );
  // Saved by Excel or Notepad: a BOM and CRLF line ends; the last line has no line end.
  const input = "\uFEFF" + lines.join("\r\n");
  const run = await runCli(["eval"], { input, slowReader: true });

  const out = run.stdout.split("\n");
  expect(out.pop()).toBe(""); // every answer ends with "\n"
  expect(out).toHaveLength(10_000);
  out.forEach((line, i) => {
    const expected = i % 10 === 9 ? { error: "#VALUE!", message: `JSON として読めません: not json ${i + 1}` } : { value: pension[i % 4][1] };
    if (JSON.stringify(JSON.parse(line)) !== JSON.stringify(expected)) throw new Error(`output line ${i + 1}: ${line}`);
  });
  expect(run.code).toBe(1); // 1,000 lines were not calls
  expect(run.stderr).toContain("1000行は式として読めませんでした（10・20・30・");
}, 180_000);

/** The template's columns, one employee per row; every third row has an impossible 生年月日 (rejected). */
function writeMaster(count: number): string {
  const header = fs.readFileSync(path.join(ROOT, "templates/master-template.csv"), "utf8").replace(/^\uFEFF/, "").trim().split(",");
  const row = (i: number): Record<string, string> => ({
    社員番号: `P${String(i + 1).padStart(5, "0")}`, 氏名: `見本 ${i + 1}`, 生年月日: i % 3 === 2 ? "1990-13-01" : "1990/01/15", 入社日: "2015/04/01",
    給与形態: "月給", 基本給: "300000", 健康保険: "東京都", 健保標準報酬月額: "300000", 厚年標準報酬月額: "300000",
    雇用保険: "一般", 税区分: "甲", 扶養親族等の数: "0", 住民税: "10000",
  });
  const text = [header.join(","), ...Array.from({ length: count }, (_, i) => header.map((h) => row(i)[h] ?? "").join(","))].join("\n") + "\n";
  const file = path.join(TMP, "master-3000.csv");
  fs.writeFileSync(file, text);
  return file;
}

test("payroll: 3,000 employees through a slow pipe — 2,000 lines on stdout and 1,000 problems on stderr, all in order", async () => {
  const run = await runCli(["payroll", "--master", writeMaster(3_000), "--period", "2026-05"], { slowReader: true });

  // 2026-05 支給, 翌月徴収 → 2026-04分 (東京都 9.85%, 子ども・子育て支援金 0.23%, 厚生年金 18.3%, 雇用保険 5/1000)
  const health = 14_775; // 300,000 × 9.85% ÷ 2
  const childSupport = 345; // 300,000 × 0.23% ÷ 2
  const pension = 27_450; // 300,000 × 18.3% ÷ 2
  const employment = 1_500; // 300,000 × 5/1000
  const socialInsurance = health + childSupport + pension + employment;
  const taxable = 300_000 - socialInsurance;
  const incomeTax = r8MonthlyTax(taxable, "甲", 0);
  const expected = (id: string) => ({
    employeeId: id, gross: 300_000, health, care: 0, childSupport, pension, employment, socialInsurance,
    taxable, incomeTax, residentTax: 10_000, extraDeduction: 0, settlementPay: 0, settlementDeduction: 0, net: 300_000 - socialInsurance - incomeTax - 10_000,
  });
  const paid = Array.from({ length: 3_000 }, (_, i) => i).filter((i) => i % 3 !== 2);

  const out = run.stdout.split("\n");
  expect(out.pop()).toBe("");
  expect(out).toHaveLength(2_000);
  out.forEach((line, k) => {
    const id = `P${String(paid[k] + 1).padStart(5, "0")}`;
    if (JSON.stringify(JSON.parse(line)) !== JSON.stringify(expected(id))) throw new Error(`stdout line ${k + 1}: ${line}`);
  });

  // stderr: one line per rejected row, naming the master's row (the header is row 1), in file order.
  const problems = run.stderr.split("\n").filter((l) => l.includes("「生年月日」の「1990-13-01」"));
  expect(problems).toHaveLength(1_000);
  problems.forEach((l, k) => {
    if (!l.startsWith(`[エラー] ${3 * k + 4}行目「生年月日」の「1990-13-01」: `)) throw new Error(`stderr problem ${k + 1}: ${l}`);
  });
  expect(run.stderr).not.toContain("\r"); // no progress line when stderr is not a terminal
  expect(run.code).toBe(1);
}, 300_000);
