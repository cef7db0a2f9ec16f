/**
 * The lean 年調年税額 (what YE_ANNUAL_TAX computes per row) against the whole-employee 年末調整 given the
 * same inputs: the same yen, or the same error, over a table of cases that crosses every bracket boundary
 * of the tables it reads, both sides of the 2,000万円 limit, the 所得金額調整控除 range, a credit larger than
 * the tax, and 年分 with and without tables — asked in an order that makes the lean path change year often.
 */
import { annualTaxFromSalary, SalaryOnlyYear } from "../../../src/calc/yearEnd/annualTaxFromSalary";
import { yearEndAdjustment } from "../../../src/calc/yearEnd/yearEndAdjustment";
import { CalcError } from "../../../src/calc/vocabulary/errors";

const SALARIES = [
  0, 1, 550_999, 551_000, 1_618_999, 1_619_000, 1_627_999, 1_628_000, 1_899_999, 1_900_000, 2_199_999, 2_200_000,
  3_599_999, 3_600_000, 3_603_999, 6_599_999, 6_600_000, 6_600_001, 8_499_999, 8_500_000, 8_500_009, 8_970_000,
  9_999_999, 10_000_000, 10_000_001, 19_999_999, 20_000_000, 20_000_001, 25_000_000,
];
const DEDUCTIONS: [socialInsurance: number, otherDeductions: number][] = [
  [0, 0],
  [1_386_102, 2_820_000],
  [450_123, 380_000],
  [3_000_000, 10_000_000],
];
const CREDITS = [0, 76_500, 5_000_000];
const YEARS = [2026, 2025, 2024, 2020, 2019, 2027];

function outcome(run: () => number): number | { code: string; message: string } {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    return { code: e.code, message: e.message };
  }
}

function cases(): SalaryOnlyYear[] {
  const all: SalaryOnlyYear[] = [];
  for (const salary of SALARIES) {
    for (const year of YEARS) {
      for (const [socialInsurance, otherDeductions] of DEDUCTIONS) {
        for (const housingLoanCredit of CREDITS) {
          for (const incomeAdjustmentEligible of [false, true]) {
            all.push({ year, salary, socialInsurance, otherDeductions, housingLoanCredit, incomeAdjustmentEligible });
          }
        }
      }
    }
  }
  return all;
}

test("equals yearEndAdjustment's annualTax (or its error) for every case", () => {
  const differences = cases().filter((x) => {
    const lean = outcome(() => annualTaxFromSalary(x));
    const full = outcome(() => yearEndAdjustment(x).annualTax);
    return JSON.stringify(lean) !== JSON.stringify(full);
  });
  expect(differences).toEqual([]);
});

test("the table of cases reaches taxes, the limit and missing years alike", () => {
  const outcomes = cases().map((x) => outcome(() => annualTaxFromSalary(x)));
  const codes = new Set(outcomes.map((o) => (typeof o === "number" ? (o > 0 ? "tax" : "zero") : o.code)));
  expect([...codes].sort()).toEqual(["#N/A", "tax", "zero"]);
});

test("国税庁 令和8年分の計算例: 年調年税額 41,400", () => {
  // 給与 8,970,000, 社会保険料 1,386,102, 所得金額調整控除の対象; その他の所得控除 = 生命保険料 120,000 +
  // 地震保険料 50,000 + 配偶者 380,000 + 特定親族特別 410,000 + 扶養控除等 1,860,000 = 2,820,000;
  // 住宅借入金等特別控除 76,500 (国税庁「令和8年分 年末調整のしかた」計算例).
  const x = { year: 2026, salary: 8_970_000, socialInsurance: 1_386_102, otherDeductions: 2_820_000, housingLoanCredit: 76_500, incomeAdjustmentEligible: true };
  expect(annualTaxFromSalary(x)).toBe(41_400);
});
