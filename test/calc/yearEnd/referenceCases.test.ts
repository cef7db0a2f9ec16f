/**
 * Anchors in test/fixtures/official/test-cases.yaml: year_end_r8 (the same employee under 令和8年分 and 令和7年分
 * rules) and year_end_table_lookups (rows of the official 給与所得控除後の給与等の金額の表).
 */
import { nonEmpty, referenceYaml } from "../../support/reference";
import { call } from "../../support/formula";
import { yearEndAdjustment } from "../../../src/calc/yearEnd/yearEndAdjustment";

const cases = referenceYaml("test-cases.yaml");
const YEAR: Record<string, number> = { R7: 2025, R8: 2026 };

describe("year_end_table_lookups", () => {
  const rows = nonEmpty(cases.year_end_table_lookups as any[], "year_end_table_lookups");
  test.each(rows.map((r) => [r.year, r.salary, r.after]))("%s 給与 %d → %d", (era, salary, after) => {
    expect(call("YE_SALARY_INCOME", salary, era)).toBe(after);
    expect(call("YE_SALARY_INCOME", salary, YEAR[era])).toBe(after);
  });
});

describe("year_end_r8", () => {
  const rows = nonEmpty(cases.year_end_r8 as any[], "year_end_r8");
  const table = rows.flatMap((c) => [
    ["R8", c.salary_income, c.social_insurance, c.R8.kyuyo_shotoku, c.R8] as const,
    // 5,000,000円 is in the 3,600,000〜6,600,000円 part of the table, the same in both years.
    ["R7", c.salary_income, c.social_insurance, c.R8.kyuyo_shotoku, c.R7_rules] as const,
  ]);
  test.each(table)("%s 給与 %d 社会保険料 %d", (era, salary, si, kyuyo, expected) => {
    const r = yearEndAdjustment({ year: YEAR[era], salary, socialInsurance: si });
    expect(r.salaryIncome).toBe(kyuyo);
    expect(r.basic).toBe(expected.basic);
    expect(r.taxableIncome).toBe(expected.taxable);
    expect(r.computedTax).toBe(expected.calc_tax);
    expect(r.annualTax).toBe(expected.year_tax);
    expect(call("YE_ANNUAL_TAX", salary, si, era)).toBe(expected.year_tax);
  });
});
