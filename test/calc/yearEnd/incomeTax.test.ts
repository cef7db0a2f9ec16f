/**
 * 速算表 (所得税法第89条第1項; 国税庁 No.2260 as gathered in year-end-adjustment-rules.yaml), 年調年税額
 * (× 102.1%, 100円未満切捨て) and the 住宅借入金等特別控除 as a credit that never makes the tax negative.
 */
import { nonEmpty, referenceYaml } from "../../support/reference";
import { call } from "../../support/formula";
import { incomeTaxByRate } from "../../../src/calc/yearEnd/incomeTaxByRate";
import { annualTax } from "../../../src/calc/yearEnd/annualTax";
import { yearTaxSurtaxRate } from "../../../src/calc/law/yearEnd";
import { pastHorizon } from "../../support/lawHorizon";

const ref = referenceYaml("year-end/year-end-adjustment-rules.yaml");
const rows = nonEmpty(ref.income_tax_rate_table.rows as any[], "income_tax_rate_table");
const pct = (rate: number) => Math.round(rate * 100);

describe("速算表: both ends of every bracket, both years", () => {
  const cases = [2025, 2026].flatMap((year) =>
    rows.flatMap((r) => {
      const at = (taxable: number) => [year, taxable, (taxable * pct(r.rate)) / 100 - r.subtract] as const;
      return [at(r.from), ...(r.to === null ? [at(100_000_000)] : [at(r.to)])];
    }),
  );
  test.each(cases)("%d年分 課税給与所得金額 %d → %d", (year, taxable, tax) => {
    expect(incomeTaxByRate({ taxableIncome: taxable, year })).toBe(tax);
  });
  test("the brackets meet: the tax is continuous at every edge", () => {
    for (const r of rows.slice(1)) {
      const below = incomeTaxByRate({ taxableIncome: r.from - 1_000, year: 2026 });
      const at = incomeTaxByRate({ taxableIncome: r.from, year: 2026 });
      expect(at - below).toBeGreaterThan(0);
      expect(at - below).toBeLessThanOrEqual(450);
    }
  });
  test("課税給与所得金額 is floored to 1,000円 first; 999円 and 0円 give no tax", () => {
    expect(incomeTaxByRate({ taxableIncome: 1_949_999, year: 2026 })).toBe((1_949_000 * 5) / 100);
    expect(incomeTaxByRate({ taxableIncome: 999, year: 2026 })).toBe(0);
    expect(incomeTaxByRate({ taxableIncome: 0, year: 2026 })).toBe(0);
  });
});

describe("年調年税額 = (算出所得税額 − 住宅借入金等特別控除) × 102.1%, 100円未満切捨て", () => {
  const cases: [number, number, number, number][] = [
    [117_100, 76_500, 40_600, Math.floor((40_600 * 1021) / 100_000) * 100],
    [89_250, 0, 89_250, Math.floor((89_250 * 1021) / 100_000) * 100],
    [117_000, 0, 117_000, Math.floor((117_000 * 1021) / 100_000) * 100],
    [97, 0, 97, 0],
    [98, 0, 98, 100],
    [10_000, 50_000, 0, 0],
    [10_000, 10_000, 0, 0],
  ];
  test.each(cases)("算出 %d 住宅 %d → 年調所得税額 %d, 年調年税額 %d", (computedTax, credit, adjusted, yearTax) => {
    const r = annualTax({ computedTax, housingLoanCredit: credit, year: 2026 });
    expect(r.adjustedTax).toBe(adjusted);
    expect(r.annualTax).toBe(yearTax);
    expect(r.housingLoanCredit).toBe(Math.min(credit, computedTax));
  });
  test("YE_INCOME_TAX: 課税給与所得 1,785,000 (test-cases year_end_r8) → 91,100", () => {
    expect(call("YE_INCOME_TAX", 1_785_000, 2026)).toBe(91_100);
    expect(call("YE_INCOME_TAX", 2_145_000, 2025)).toBe(119_400);
  });
  test("the year after the data is not settled: #N/A", () => {
    expect(call("YE_INCOME_TAX", 1_785_000, pastHorizon(yearTaxSurtaxRate).year)).toBe("#N/A");
  });
});
