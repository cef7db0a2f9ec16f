/**
 * The settings step warns when the month being computed, or the next, falls outside a law table, and not
 * when the user's rows cover it.
 */
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { loadUserLaw } from "../../../src/calc/law/userLaw";
import { readUserLawFile } from "../../../src/import/userLaw";
import { lawHorizonWarnings, nextMonthSettings } from "../../../src/taskpane/workflow/lawHorizon";
import { lawFileSummary, lawOf, readLawFile } from "../../../src/taskpane/workflow/lawFile";
import { kyoukaiKenpoRates } from "../../../src/calc/law/socialInsurance";
import { bonusRateTables } from "../../../src/calc/law/withholding";
import { pastHorizon } from "../../support/lawHorizon";
import { nextYearLawCsv } from "../../support/nextYearLaw";

const NEXT_YEAR_LAW = new TextEncoder().encode(nextYearLawCsv());
const KENPO = pastHorizon(kyoukaiKenpoRates);
const BONUS = pastHorizon(bonusRateTables);

test.each([
  ["2026-12", "2026-12-25", "2027-01", "2027-01-25"],
  ["2027-01", "2027-01-31", "2027-02", "2027-02-28"],
])("next month of %s (支給日 %s) is %s (支給日 %s)", (period, payDate, nextPeriod, nextPay) => {
  expect(nextMonthSettings(defaultPayrollSettings(period, { payDate }))).toMatchObject({ period: nextPeriod, payDate: nextPay });
});

test("2026-11: everything in force this month and next (no warning)", () => {
  expect(lawHorizonWarnings({ settings: defaultPayrollSettings("2026-11") })).toEqual([]);
});

test("the month before the 賞与の算出率の表 runs out: next month's table is outside the data", () => {
  const warnings = lawHorizonWarnings({ settings: defaultPayrollSettings(BONUS.monthPlus(-1)) }).filter((w) => w.includes("賞与に対する源泉徴収税額の算出率の表"));
  expect(warnings).toHaveLength(1);
  expect(warnings[0].startsWith(
    `翌月 ${BONUS.month} の給与・賞与の源泉所得税（支給日 ${BONUS.month}-25）: 賞与に対する源泉徴収税額の算出率の表が収録範囲外です（収録は ${bonusRateTables.spec.knownUntil} まで）。この計算は #N/A になります。Sonae の更新で`,
  )).toBe(true);
});

test("the month before 協会けんぽ runs out: next month (翌月徴収: the salary's previous month, a bonus's own) named once; the user's rows silence it", () => {
  const warnings = lawHorizonWarnings({ settings: defaultPayrollSettings(KENPO.monthPlus(-1)) });
  expect(warnings.filter((w) => w.includes("協会けんぽ 健康保険料率"))).toEqual([expect.stringMatching(new RegExp(`^翌月 ${KENPO.month} の給与・賞与の保険料 ${KENPO.monthName}: .*「法令データを追加」で読み込めます`))]);
  const law = loadUserLaw([readUserLawFile("law.csv", NEXT_YEAR_LAW)]);
  expect(lawHorizonWarnings({ settings: defaultPayrollSettings(KENPO.monthPlus(-1)), law }).some((w) => w.includes("協会けんぽ 健康保険料率"))).toBe(false);
});

describe("the pane's law file", () => {
  test("a good file is loaded and summarised; the rows reach the horizon check", () => {
    const state = readLawFile("law.csv", NEXT_YEAR_LAW);
    expect(state.status).toBe("loaded");
    expect(lawFileSummary(lawOf(state))).toMatch(/^5件の料率（協会けんぽ健康保険料率・介護保険料率・子ども・子育て支援金率・雇用保険料率）を追加しました/);
  });
  test("a bad file lists every problem with its row and column, and the built-in law stays", () => {
    const state = readLawFile("law.csv", new TextEncoder().encode(`表,区分,料率,適用開始,出典\n介護保険料率,全国,1.7%,${KENPO.month},\n`));
    expect(state).toEqual({ status: "failed", fileName: "law.csv", problems: [expect.stringMatching(/^law\.csv 2行目「出典」/)] });
    expect(lawOf(state).userRows).toEqual([]);
  });
});
