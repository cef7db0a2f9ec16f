/**
 * 標準賞与額 of each bonus in a year of results: 1,000円未満切捨て, 健康保険 573万円 over the 年度 counting the
 * 標準賞与額 already determined, 厚生年金 150万円 a month counting the same month's bonuses. The first table is
 * the bonus_insurance case of test/fixtures/official/test-cases.yaml.
 */
import { dayOf } from "../../../src/calc/dates/calendar";
import { bonusPayments } from "../../../src/calc/socialInsurance/bonusPayment";
import { PaidResult } from "../../../src/calc/socialInsurance/paidResult";
import { nonEmpty, referenceYaml } from "../../support/reference";

const bonus = (year: number, month: number, day: number, cash: number, inKind = 0): PaidResult => ({ employeeId: "1", kind: "賞与", payDay: dayOf(year, month, day), cash, inKind });

describe("test-cases.yaml bonus_insurance", () => {
  const rows = nonEmpty(referenceYaml("test-cases.yaml").bonus_insurance as any[], "bonus_insurance");
  test.each(rows.map((c) => [c.bonus, c]))("bonus %d", (amount, c) => {
    const [first] = bonusPayments([bonus(2026, 12, 10, amount)]);
    expect(first).toMatchObject({ total: c.standard_bonus, health: c.health_base_if_ytd_0, pension: c.pension_base });
    // 4,500,000 already determined for 健康保険 earlier in the 年度 (July 2026).
    const later = bonusPayments([bonus(2026, 7, 10, 4_500_000), bonus(2026, 12, 10, amount)])[1];
    expect(later.health).toBe(c.health_base_if_ytd_4500000);
  });
});

test("the 年度 runs April–March: a bonus in the next April starts a new cap", () => {
  const [, march, april] = bonusPayments([bonus(2026, 7, 10, 5_000_000), bonus(2027, 3, 10, 1_000_000), bonus(2027, 4, 10, 1_000_000)]);
  expect(march.health).toBe(5_730_000 - 5_000_000);
  expect(april.health).toBe(1_000_000);
});

test("two bonuses in one month share the 厚生年金 150万円 cap", () => {
  const [first, second] = bonusPayments([bonus(2026, 12, 5, 1_000_000), bonus(2026, 12, 20, 800_000)]);
  expect([first.pension, second.pension]).toEqual([1_000_000, 1_500_000 - 1_000_000]);
  expect([first.health, second.health]).toEqual([1_000_000, 800_000]);
});

test("現物 is part of the 賞与額; 給与 rows are ignored", () => {
  const results: PaidResult[] = [bonus(2026, 7, 10, 300_500, 10_000), { employeeId: "1", kind: "給与", payDay: dayOf(2026, 7, 25), basisDays: 31, cash: 300_000, inKind: 0 }];
  expect(bonusPayments(results)).toEqual([{ payDay: dayOf(2026, 7, 10), cash: 300_500, inKind: 10_000, total: 310_000, health: 310_000, pension: 310_000 }]);
});
