/**
 * The anchors of test/fixtures/official/test-cases.yaml, evaluated through the formulas as staff type them.
 * "official" rows are printed in the tables; "derived" rows are the arithmetic of official figures.
 */
import { nonEmpty, referenceYaml } from "../../support/reference";
import { call } from "../../support/formula";

const cases = referenceYaml("test-cases.yaml");

/** The payment date that selects the table named in a case. */
const dateOf = (table: string) => (table.includes("R2〜R7") ? "2025-11-25" : "2026-11-25");

describe("月額表 (test-cases.yaml withholding_monthly)", () => {
  const rows = nonEmpty(cases.withholding_monthly as any[], "withholding_monthly");
  test.each(rows.map((c) => [c.table, c.after_si, c.dependents, c.column, c.kind, c]))("%s: %d円 扶養%d人 %s (%s)", (table, amount, dependents, column, _kind, c) => {
    expect(call("WHT_MONTHLY", amount, dependents, column, dateOf(table))).toBe(c.tax);
  });
});

describe("電算機計算の特例 令和8年分 (test-cases.yaml withholding_computer_method_r8)", () => {
  const rows = nonEmpty(cases.withholding_computer_method_r8 as any[], "withholding_computer_method_r8");
  test.each(rows.map((c) => [c.A, c.dependents, c]))("A %d円 扶養%d人", (amount, dependents, c) => {
    // The case's own steps: B = A − 給与所得控除 − 31,667 × 人数 − 基礎控除.
    expect(amount - c.salary_deduction - 31_667 * dependents - c.basic).toBe(c.B);
    expect(call("WHT_COMPUTER", amount, dependents, "2026-11-25")).toBe(c.tax);
  });
});

describe("賞与 令和8年分 (test-cases.yaml bonus_r8)", () => {
  const rows = nonEmpty(cases.bonus_r8 as any[], "bonus_r8");
  test.each(rows.map((c) => [c.prev_month_after_si, c.column ?? "甲", c.dependents ?? 0, c.bonus_after_si, c]))("前月 %d円 %s 扶養%d人, 賞与 %d円", (prev, column, dependents, bonus, c) => {
    // The rate as printed: 4.084% is the number 0.04084 (the decimal literal, not 4.084 / 100 in floating point).
    expect(call("WHT_BONUS_RATE", prev, dependents, column, "2026-12-10")).toBe(Number(`${c.rate_pct}e-2`));
    expect(call("WHT_BONUS", bonus, prev, dependents, column, "2026-12-10")).toBe(c.tax);
  });
});
