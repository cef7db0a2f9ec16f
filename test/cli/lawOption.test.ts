/**
 * `--law FILE`: anywhere on the command line, repeatable, for every command; the real entry point answers
 * from the user's row where the built-in data ends (東京都 10.00% from the month after → 15,000) and #N/A without it.
 * The user's files are written for the year after the built-in data, so they stay "next year" as data is added.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readLawOption, takeLawOption } from "../../src/cli/lawOption";
import { evaluateCall } from "../../src/cli/evaluate";
import { kyoukaiKenpoRates } from "../../src/calc/law/socialInsurance";
import { bonusRateTables, dailyTaxTables } from "../../src/calc/law/withholding";
import { pastHorizon } from "../support/lawHorizon";
import { nextYearLawCsv } from "../support/nextYearLaw";

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-law-"));
const KENPO = pastHorizon(kyoukaiKenpoRates);
const LAW = path.join(TMP, "user-law-next.csv");
fs.writeFileSync(LAW, nextYearLawCsv());

/** A test copy of a 令和8年分 table relabelled (its second line, 「年分」) as the year after the built-in data. */
function relabelled(name: string, year: string): string {
  const lines = fs.readFileSync(path.join(ROOT, "test/calc/law/fixtures", name), "utf8").split("\n");
  lines[1] = `年分,${year}`;
  const file = path.join(TMP, name);
  fs.writeFileSync(file, lines.join("\n"));
  return file;
}

test("the option is taken out wherever it stands, any number of times, with = or a space", () => {
  expect(takeLawOption(["--law", "a.csv", "call", "SI_HEALTH", "--law=b.csv", "300000"])).toEqual({ argv: ["call", "SI_HEALTH", "300000"], files: ["a.csv", "b.csv"] });
  expect(takeLawOption(["call", "--law"])).toEqual({ error: expect.stringMatching(/--law の後に/) });
  expect(takeLawOption(["payroll", "--law", "--master", "m.csv"])).toEqual({ error: expect.stringMatching(/--law の後に/) });
});

test("a file with a problem is a usage error (2) printing the row and column", () => {
  const printed: string[] = [];
  expect(readLawOption(["call", "--law", path.join(ROOT, "templates/master-template.csv")], (t) => printed.push(t))).toBe(2);
  expect(printed.join("")).toMatch(/1行目（見出し）: 列「表」「区分」「料率」「適用開始」「出典」がありません/);
});

test("call and eval answer from the user's row only with --law", () => {
  const options = readLawOption(["call", "--law", LAW], () => undefined);
  if (typeof options === "number") throw new Error("the fixture did not load");
  expect(evaluateCall("SI_HEALTH", [300000, "東京都", KENPO.month], options.law)).toEqual({ value: 15000 });
  expect(evaluateCall("SI_HEALTH", [300000, "東京都", KENPO.month])).toMatchObject({ error: "#N/A" });
});

test("the real entry point: call SI_HEALTH 300000 東京都 <the month after the data> --law FILE → 15000; without → #N/A", () => {
  expect(execFileSync(TSX, ["src/cli/main.ts", "call", "SI_HEALTH", "300000", "東京都", KENPO.month, "--law", LAW], { cwd: ROOT, encoding: "utf8" })).toBe("15000\n");
  const without = spawnSync(TSX, ["src/cli/main.ts", "call", "SI_HEALTH", "300000", "東京都", KENPO.month], { cwd: ROOT, encoding: "utf8" });
  expect(without.stdout.startsWith(`#N/A 協会けんぽ 健康保険料率は${KENPO.monthName}`)).toBe(true);
  expect(without.status).toBe(1);
}, 30_000);

test("call WHT_BONUS_RATE for a next-year payment with a user 賞与の算出率の表 (test copy of 令和8年分) → 0.04084; a broken table is exit 2", () => {
  const BONUS = pastHorizon(bonusRateTables);
  const DAILY = pastHorizon(dailyTaxTables);
  const bonus = relabelled("user-bonus-rate-r09-test-copy.csv", BONUS.reiwaYear);
  const payDay = `${BONUS.year}-01-15`;
  const dailyPayDay = `${DAILY.year}-01-15`;
  // 前月 300,000・甲・扶養2: kou_2 の 276,000以上321,000未満 → 4.084%
  expect(execFileSync(TSX, ["src/cli/main.ts", "call", "WHT_BONUS_RATE", "300000", "2", "甲", payDay, "--law", bonus], { cwd: ROOT, encoding: "utf8" })).toBe("0.04084\n");
  const without = spawnSync(TSX, ["src/cli/main.ts", "call", "WHT_BONUS_RATE", "300000", "2", "甲", payDay], { cwd: ROOT, encoding: "utf8" });
  expect(without.stdout).toMatch(new RegExp(`^#N/A .*${BONUS.reiwaYear}`));
  const daily = relabelled("user-daily-r09-test-copy.csv", DAILY.reiwaYear);
  const options = readLawOption(["call", "--law", bonus, "--law", daily], () => undefined);
  if (typeof options === "number") throw new Error("the fixtures did not load");
  // 500,000 × 4.084% = 20,420; 日額 10,000円・甲・扶養0 → 265 (the 令和8年分 values of the test copies)
  expect(evaluateCall("WHT_BONUS", [500000, 300000, 2, "甲", payDay], options.law)).toEqual({ value: 20420 });
  expect(evaluateCall("WHT_DAILY", [10000, 0, "甲", dailyPayDay], options.law)).toEqual({ value: 265 });
  expect(evaluateCall("WHT_DAILY", [10000, 0, "甲", dailyPayDay])).toMatchObject({ error: "#N/A" });
  const printed: string[] = [];
  expect(readLawOption(["call", "--law", daily, "--law", daily], (t) => printed.push(t))).toBe(2);
  expect(printed.join("")).toMatch(new RegExp(`user-daily-r09-test-copy.csv「年分」の「${DAILY.reiwaYear}」（日額表）: user-daily-r09-test-copy.csv にも同じ年分`));
}, 30_000);

test("zengin computes the net pay with the user's rows too: 東京都 employees are paid past the built-in data, 大阪府 ones are not", () => {
  const payMonth = pastHorizon(kyoukaiKenpoRates); // 翌月徴収: the pay of the month after deducts this premium month
  const [year, month] = payMonth.month.split("-").map(Number);
  const period = `${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, "0")}`;
  const run = (law: string[]) =>
    spawnSync(TSX, ["src/cli/main.ts", "zengin", "--master", "examples/master.csv", "--period", period, "--pay-date", `${period}-23`,
      "--sender", "examples/sender.json", "--out", path.join(TMP, `z${law.length}.txt`), "--force", ...law], { cwd: ROOT, encoding: "utf8" });
  const withLaw = run(["--law", LAW]);
  const without = run([]);
  const cannot = (id: string) => `社員番号 ${id} の給与を計算できません`;
  expect(without.stderr).toContain(cannot("0001"));
  expect(withLaw.stderr).not.toContain(cannot("0001")); // 東京都: the user's 10.00% row
  expect(withLaw.stderr).toContain(cannot("0003")); // 大阪府: no row in the user's file
}, 60_000);
