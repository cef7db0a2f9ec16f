/**
 * 法令データ: the law tables a workbook uses, with the revision in force for the date each is looked up on
 * (the effective dates are those of the timelines' sources: 協会けんぽ 令和8年3月分から, 厚生年金 18.3% 平成29年9月分
 * から, 雇用保険 令和8年度, 月額表 令和8年分・令和9年分), and a date outside the data shown as such.
 */
import { defaultPayrollSettings } from "../../src/calc/payroll/settings";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { bonusRateTables } from "../../src/calc/law/withholding";
import { pastHorizon } from "../support/lawHorizon";

/** The first month the 賞与の算出率の表 does not reach. */
const BONUS = pastHorizon(bonusRateTables);

const CASES: [id: string, settings: ReturnType<typeof defaultPayrollSettings>, bonusPayDate: string | undefined, expected: [usedFor: RegExp, id: string, date: string, effective: string | null][]][] = [
  ["2026-11 支給 (10月分の保険料)", defaultPayrollSettings("2026-11"), "2026-12-10", [
    [/^給与の保険料 2026年10月分/, "socialInsurance.kyoukaiKenpoRates", "2026-10-01", "2026-03-01"],
    [/^給与の保険料/, "socialInsurance.childSupportLevyRate", "2026-10-01", "2026-04-01"],
    [/^給与の保険料/, "socialInsurance.pensionRate", "2026-10-01", "2017-09-01"],
    [/^給与の雇用保険/, "employmentInsurance.rates", "2026-11-30", "2026-04-01"],
    [/^割増賃金/, "labor.premiumWageRates", "2026-11-30", "2023-04-01"],
    [/^給与の源泉所得税/, "withholding.monthlyTable", "2026-11-25", "2026-01-01"],
    [/^賞与の源泉所得税/, "withholding.bonusRateTable", "2026-12-10", "2026-01-01"],
    [/^標準賞与額の上限/, "socialInsurance.bonusCaps", "2026-12-01", "2016-04-01"],
  ]],
  ["2026-03 支給 (2月分: 令和7年度の料率)", defaultPayrollSettings("2026-03"), undefined, [
    [/^給与の保険料 2026年2月分/, "socialInsurance.kyoukaiKenpoRates", "2026-02-01", "2025-03-01"],
    [/^給与の保険料/, "socialInsurance.childSupportLevyRate", "2026-02-01", "2016-04-01"],
    [/^給与の雇用保険/, "employmentInsurance.rates", "2026-03-31", "2025-04-01"],
  ]],
  ["2027-01 支給: 令和9年分の月額表", defaultPayrollSettings("2027-01"), undefined, [
    [/^給与の源泉所得税/, "withholding.monthlyTable", "2027-01-25", "2027-01-01"],
  ]],
  [`${BONUS.month} 支給: the 賞与の算出率の表 past the data`, defaultPayrollSettings(BONUS.month), undefined, [
    [/^賞与の源泉所得税/, "withholding.bonusRateTable", `${BONUS.month}-25`, null],
  ]],
];

describe.each(CASES)("%s", (_id, settings, bonusPayDate, expected) => {
  const uses = collectLawInfo({ settings, bonusPayDate });
  test("the list has rows, each with sources when in force", () => {
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) if (u.effective) expect(u.sources.length).toBeGreaterThan(0);
  });
  test.each(expected)("%s %s on %s → %s", (usedFor, id, date, effective) => {
    const u = uses.find((x) => x.id === id && usedFor.test(x.usedFor));
    expect(u).toMatchObject({ date, effective });
    if (effective === null) expect(u!.note).toMatch(/収録範囲外/);
  });
});
