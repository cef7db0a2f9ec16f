/**
 * The settings step warns when the month being computed, or the next, falls outside a law table, and not
 * when the user's rows cover it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { loadUserLaw } from "../../../src/calc/law/userLaw";
import { readUserLawFile } from "../../../src/import/userLaw";
import { lawHorizonWarnings, nextMonthSettings } from "../../../src/taskpane/workflow/lawHorizon";
import { lawFileSummary, lawOf, readLawFile } from "../../../src/taskpane/workflow/lawFile";

const FIXTURE = path.join(__dirname, "../../calc/law/fixtures/user-law-2027.csv");

test.each([
  ["2026-12", "2026-12-25", "2027-01", "2027-01-25"],
  ["2027-01", "2027-01-31", "2027-02", "2027-02-28"],
])("next month of %s (支給日 %s) is %s (支給日 %s)", (period, payDate, nextPeriod, nextPay) => {
  expect(nextMonthSettings(defaultPayrollSettings(period, { payDate }))).toMatchObject({ period: nextPeriod, payDate: nextPay });
});

test("2026-11: everything in force this month and next (no warning)", () => {
  expect(lawHorizonWarnings({ settings: defaultPayrollSettings("2026-11") })).toEqual([]);
});

test("2026-12: next month's 賞与の算出率の表 (令和9年分) is outside the data", () => {
  expect(lawHorizonWarnings({ settings: defaultPayrollSettings("2026-12") })).toEqual([
    expect.stringMatching(/^翌月 2027-01 の給与・賞与の源泉所得税（支給日 2027-01-25）: 賞与に対する源泉徴収税額の算出率の表が収録範囲外です（収録は 2026-12-31 まで）。この計算は #N\/A になります。Sonae の更新で/),
  ]);
});

test("2027-02: 協会けんぽ 2027-03分 next month (翌月徴収: the salary's 2月分, a bonus's 3月分), named once; the user's rows silence it", () => {
  const warnings = lawHorizonWarnings({ settings: defaultPayrollSettings("2027-02") });
  expect(warnings.filter((w) => w.includes("協会けんぽ 健康保険料率"))).toEqual([expect.stringMatching(/^翌月 2027-03 の給与・賞与の保険料 2027年3月分: .*「法令データを追加」で読み込めます/)]);
  const law = loadUserLaw([readUserLawFile("law.csv", fs.readFileSync(FIXTURE))]);
  expect(lawHorizonWarnings({ settings: defaultPayrollSettings("2027-02"), law }).some((w) => w.includes("協会けんぽ 健康保険料率"))).toBe(false);
});

describe("the pane's law file", () => {
  test("a good file is loaded and summarised; the rows reach the horizon check", () => {
    const state = readLawFile("law.csv", fs.readFileSync(FIXTURE));
    expect(state.status).toBe("loaded");
    expect(lawFileSummary(lawOf(state))).toMatch(/^5件の料率（協会けんぽ健康保険料率・介護保険料率・子ども・子育て支援金率・雇用保険料率）を追加しました/);
  });
  test("a bad file lists every problem with its row and column, and the built-in law stays", () => {
    const state = readLawFile("law.csv", new TextEncoder().encode("表,区分,料率,適用開始,出典\n介護保険料率,全国,1.7%,2027-03,\n"));
    expect(state).toEqual({ status: "failed", fileName: "law.csv", problems: [expect.stringMatching(/^law\.csv 2行目「出典」/)] });
    expect(lawOf(state).userRows).toEqual([]);
  });
});
