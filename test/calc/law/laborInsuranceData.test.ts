/** The 年度更新 law data equals the official figures in labor-insurance/nendo-koshin.yaml. */
import { referenceYaml } from "../../support/reference";
import { annualDeclarationRules, asbestosLevyRate } from "../../../src/calc/law/laborInsurance";
import { ppmFromPermille } from "../../../src/calc/money/rate";
import { isoToDay } from "../../../src/calc/dates/calendar";

const official = referenceYaml("labor-insurance/nendo-koshin.yaml") as any;
const levyRates: [string, string][] = official.asbestos_levy_rate_permille.map((r: any) => [r.effective, r.permille]);

describe("一般拠出金率", () => {
  test.each(levyRates)("from %s: %s/1000", (effective, permille) => {
    expect(asbestosLevyRate.at(isoToDay(effective))).toBe(ppmFromPermille(permille));
    expect(asbestosLevyRate.spec.revisions.map((r) => r.effective)).toContain(effective);
  });
  test("no 一般拠出金 before the levy started (2007-04)", () => expect(asbestosLevyRate.find(isoToDay("2007-03-31"))).toBeUndefined());
});

test("概算の見込額の特例 and 延納 minimums", () => {
  const rules = annualDeclarationRules.at(isoToDay("2026-04-01"));
  expect(rules.estimateRangePercent).toEqual([official.estimate_range_percent.low, official.estimate_range_percent.high]);
  expect([rules.instalmentMinimumBoth, rules.instalmentMinimumSingle, rules.instalments]).toEqual([
    official.instalments.minimum_both_yen, official.instalments.minimum_single_yen, official.instalments.periods,
  ]);
});
