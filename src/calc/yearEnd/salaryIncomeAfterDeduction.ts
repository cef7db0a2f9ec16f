import { describeTaxYear, forTaxYear, salaryIncomeTable } from "../law/yearEnd";
import { notApplicable } from "../vocabulary/errors";
import { SalaryIncomeBracket, SalaryIncomeTable } from "../law/data/yearEnd/salaryIncomeTable.data";
import { floorSalaryIncome } from "../money/yearEndRounding";

/**
 * The salary above which 年末調整 is not made (所得税法第190条: その年中の給与等の金額が二千万円以下である
 * 者に限る), or #N/A naming the reason. Shared by every rule that starts from the year's salary.
 */
export function assertYearEndApplies(salary: number, year: number): void {
  assertWithinLimit(forTaxYear(salaryIncomeTable, year), salary, year);
}

function assertWithinLimit({ maxSalary }: SalaryIncomeTable, salary: number, year: number): void {
  if (salary > maxSalary) {
    throw notApplicable(
      `給与等の収入金額 ${salary.toLocaleString("ja-JP")}円は${(maxSalary / 10_000).toLocaleString("ja-JP")}万円を超えるため、${describeTaxYear(year)}の年末調整の対象外です（所得税法第190条）。確定申告で精算します。`,
    );
  }
}

function amountOf(b: SalaryIncomeBracket, salary: number): number {
  if ("fixed" in b) return b.fixed;
  // The table's rows of one width: the row's lower bound (S rounded down to the step) × percent − …
  const base = Math.floor(salary / b.step) * b.step;
  return floorSalaryIncome(base * b.percent, 100) + b.add;
}

/**
 * 給与所得控除後の給与等の金額 (所得税法第28条第4項・別表第五 年末調整等のための給与所得控除後の給与等の
 * 金額の表): the amount printed in the year's table for the row holding the salary (以上・未満), and from
 * 6,600,000円 the formulas the same table prints. Over 20,000,000円 #N/A (年末調整の対象外).
 * @example salaryIncomeAfterDeduction({ salary: 8_970_000, year: 2026 }) // 7,020,000
 */
export function salaryIncomeAfterDeduction(a: { salary: number; year: number }): number {
  return salaryIncomeOnTable(forTaxYear(salaryIncomeTable, a.year), a.salary, a.year);
}

/** The same on the year's table, already looked up (a 年調年税額 column looks it up once per 年分). */
export function salaryIncomeOnTable(table: SalaryIncomeTable, salary: number, year: number): number {
  assertWithinLimit(table, salary, year);
  const brackets = table.brackets;
  let i = brackets.length - 1;
  while (i > 0 && salary < brackets[i].from) i--;
  return Math.max(0, amountOf(brackets[i], salary));
}
