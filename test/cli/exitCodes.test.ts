/**
 * The exit codes README promises, through the real command line: 0 done, 1 rows rejected, 2 a usage error
 * (unknown options, missing/unreadable/directory paths named in Japanese, a master no row of which can be
 * used — nothing written then), and --help / -h on the command line and on every command. The table runs
 * in this process (runCommandLine); a few cases also through the real program (src/cli/main.ts), a child process.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CliRun, runCli, runInProcess } from "./support";
import { kyoukaiKenpoRates } from "../../src/calc/law/socialInsurance";
import { pastHorizon } from "../support/lawHorizon";

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-exit-"));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));
const tmp = (name: string) => path.join(TMP, name);

const MASTER = "test/cli/fixtures/payroll-master.csv";
const VARIABLES = "test/cli/fixtures/payroll-variables.csv";
fs.writeFileSync(tmp("english.csv"), "Employee ID,Name,Birth date,Base pay\nE1,Taro,1990-01-01,300000\n");
const missing = tmp("ない.csv");
fs.writeFileSync(tmp("empty.csv"), "");

interface Case {
  name: string;
  args: string[];
  code: number;
  stderr?: string[];
  stdout?: string[];
  /** A file that must not exist afterwards. */
  notWritten?: string;
}

const CASES: Case[] = [
  { name: "no command", args: [], code: 2, stderr: ["使い方"] },
  { name: "--help", args: ["--help"], code: 0, stdout: ["使い方", "終了コード", "--force"] },
  { name: "-h", args: ["-h"], code: 0, stdout: ["使い方"] },
  { name: "unknown command", args: ["bogus"], code: 2, stderr: ["不明なコマンド: bogus"] },
  ...["eval", "call", "functions", "law", "payroll", "rebuild", "nencho", "zengin"].flatMap((c): Case[] => [
    { name: `${c} --help`, args: [c, "--help"], code: 0, stdout: [`sonae -- ${c}`] },
    { name: `${c} -h`, args: [c, "-h"], code: 0, stdout: [`sonae -- ${c}`] },
  ]),
  { name: "a missing master", args: ["payroll", "--master", missing, "--period", "2026-05"], code: 2, stderr: [`従業員マスタ（--master）「${missing}」が見つかりません。`] },
  { name: "a folder as master", args: ["payroll", "--master", TMP, "--period", "2026-05"], code: 2, stderr: [`「${TMP}」はフォルダです。`] },
  { name: "a missing variables file", args: ["payroll", "--master", MASTER, "--period", "2026-05", "--variables", missing], code: 2, stderr: [`勤怠・変動（--variables）「${missing}」が見つかりません。`] },
  { name: "the variables file as master", args: ["payroll", "--master", VARIABLES, "--period", "2026-05"], code: 2, stdout: [], stderr: ["給与を計算できる行がありません", "必須の列「基本給」が見つかりません"] },
  { name: "English headers", args: ["payroll", "--master", tmp("english.csv"), "--period", "2026-05"], code: 2, stdout: [], stderr: ["必須の列「基本給」が見つかりません"] },
  { name: "an empty master", args: ["payroll", "--master", tmp("empty.csv"), "--period", "2026-05"], code: 2, stderr: [`従業員マスタ（--master）「${tmp("empty.csv")}」: ファイル「empty.csv」は空です。`] },
  { name: "an unknown option", args: ["payroll", "--master", MASTER, "--period", "2026-05", "--bogus", "x"], code: 2, stderr: ["不明な引数: --bogus"] },
  { name: "rows rejected", args: ["payroll", "--master", MASTER, "--period", "2026-05"], code: 1, stderr: ["4行目「生年月日」の「1990-13-01」"] },
  {
    name: "rebuild from an unusable master writes nothing",
    args: ["rebuild", "--master", VARIABLES, "--period", "2026-05", "--out", tmp("none.xlsx")],
    code: 2, stderr: ["必須の列「基本給」"], notWritten: tmp("none.xlsx"),
  },
  {
    name: "zengin: a missing sender file is missing, not bad JSON",
    args: ["zengin", "--master", MASTER, "--period", "2026-05", "--pay-date", "2026-05-25", "--sender", missing, "--out", tmp("none.txt")],
    code: 2, stderr: [`依頼人設定（--sender）「${missing}」が見つかりません。`], notWritten: tmp("none.txt"),
  },
  { name: "nencho: a missing staff list", args: ["nencho", "--input", missing], code: 2, stderr: [`従業員一覧（--input）「${missing}」が見つかりません。`] },
  { name: "call with a required argument missing", args: ["call", "SI_HEALTH", "300000"], code: 2, stderr: ["SI_HEALTH の必須の引数 insurer（2番目）がありません。"] },
  // 300,000 × 9.85% ÷ 2 = 14,775 (協会けんぽ 東京都 令和8年度)
  { name: "call", args: ["call", "SI_HEALTH", "300000", "東京都", "2026-11"], code: 0, stdout: ["14775"] },
  { name: "call of an unknown formula", args: ["call", "SI_HEALHT", "300000"], code: 2, stderr: ["関数「SI_HEALHT」はありません。"] },
  // 健康保険 for 300,000円 in a month outside the law data is #N/A: a value, exit 1
  { name: "call answering an error", args: ["call", "SI_HEALTH", "300000", "東京都", pastHorizon(kyoukaiKenpoRates).month], code: 1, stdout: ["#N/A"] },
  { name: "a missing --law file", args: ["call", "SI_HEALTH", "300000", "東京都", "2026-11", "--law", missing], code: 2, stderr: [`法令データ（--law）「${missing}」が見つかりません。`] },
  { name: "call without an id", args: ["call"], code: 2, stderr: ["関数IDを指定してください"] },
  { name: "eval takes no arguments", args: ["eval", "x"], code: 2, stderr: ["eval は引数を取りません"] },
  { name: "functions", args: ["functions"], code: 0, stdout: ["SI_HEALTH(standardAmount, insurer, period, [care], [part])"] },
];

function check(c: Case, run: CliRun): void {
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: c.code, stderr: expect.any(String) });
  for (const s of c.stderr ?? []) expect(run.stderr).toContain(s);
  if (c.stdout?.length === 0) expect(run.stdout).toBe("");
  for (const s of c.stdout ?? []) expect(run.stdout).toContain(s);
  if (c.notWritten) expect(fs.existsSync(c.notWritten)).toBe(false);
  if (c.code === 2 && c.stderr) expect(run.stderr).not.toMatch(/ENOENT|EISDIR|at .*\.ts:\d+/); // no raw errors
}

test.each(CASES)("$name → exit $code", async (c) => check(c, await runInProcess(c.args)), 60_000);

describe("the real program (a child process)", () => {
  const some = ["no command", "-h", "a missing master", "the variables file as master", "call"].map((name) => CASES.find((c) => c.name === name)!);
  const runs = some.map((c) => runCli(c.args)); // started at once, awaited by the tests
  test.each(some.map((c, i) => [c.name, c, i] as const))("%s", async (_, c, i) => check(c, await runs[i]), 240_000);
});
