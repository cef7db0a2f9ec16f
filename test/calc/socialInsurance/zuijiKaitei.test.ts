/**
 * 随時改定: a change of 固定的賃金, three months from it each with 17日 (短時間労働者 11日), two grades or more,
 * and the grades moving the way the 固定的賃金 moved. The first case is the public 月額変更届 sample
 * (nenkin-csv.md 2.5): 260,000 → 300,000 from September 2019, revised from December.
 */
import { dayOf } from "../../../src/calc/dates/calendar";
import { zuijiKaitei } from "../../../src/calc/socialInsurance/zuijiKaitei";
import { PaidResult } from "../../../src/calc/socialInsurance/paidResult";
import { officialHealthStandard } from "./officialGrades";

const pay = (year: number, month: number, fixedWage: number, cash: number, basisDays = 30): PaidResult => ({ employeeId: "1", kind: "給与", payDay: dayOf(year, month, 25), basisDays, cash, inKind: 0, fixedWage });

test("the sample: 昇給 in September, three months of 300,000 → revised from December, 260,000 → 300,000", () => {
  const results = [pay(2019, 8, 260_000, 260_000), pay(2019, 9, 300_000, 300_000, 31), pay(2019, 10, 300_000, 300_000, 30), pay(2019, 11, 300_000, 300_000, 31)];
  const { candidates, excluded } = zuijiKaitei({ results, workerType: "general", standard: { health: 260_000, pension: 260_000 } });
  expect(excluded).toEqual([]);
  expect(candidates).toHaveLength(1);
  expect(candidates[0]).toMatchObject({ changeMonth: dayOf(2019, 9, 1), revisionMonth: dayOf(2019, 12, 1), direction: "昇給", total: 900_000, average: 300_000 });
  expect(candidates[0].revised.health.amount).toBe(officialHealthStandard(300_000));
  expect(candidates[0].revised.health.grade - candidates[0].previous.health.grade).toBe(2);
});

test.each([
  // [case, results after an August of 260,000, expected reason]
  ["one grade only: 280,000 (21級) from 260,000 (20級)", [280_000, 280_000, 280_000], [30, 30, 30], "1等級で、2等級に届きません"],
  ["a month of 16 days", [300_000, 300_000, 300_000], [30, 16, 30], "支払基礎日数が16日で、17日に届きません"],
])("not a revision: %s", (_case, cash, days, reason) => {
  const results = [pay(2026, 8, 260_000, 260_000), ...cash.map((c, i) => pay(2026, 9 + i, 1_000 + 260_000, c, days[i]))];
  const { candidates, excluded } = zuijiKaitei({ results, workerType: "general", standard: { health: 260_000, pension: 260_000 } });
  expect(candidates).toEqual([]);
  expect(excluded).toEqual([{ changeMonth: dayOf(2026, 9, 1), reason: expect.stringContaining(reason) }]);
});

test("短時間労働者: 11日 is enough", () => {
  const results = [pay(2026, 8, 100_000, 100_000, 12), ...[0, 1, 2].map((i) => pay(2026, 9 + i, 130_000, 130_000, 11))];
  const { candidates } = zuijiKaitei({ results, workerType: "specified", standard: { health: 98_000, pension: 98_000 } });
  expect(candidates.map((c) => c.revised.health.amount)).toEqual([officialHealthStandard(130_000)]);
});

test("a raise whose average falls (fewer 残業手当) is not a revision", () => {
  const results = [pay(2026, 8, 250_000, 400_000), ...[0, 1, 2].map((i) => pay(2026, 9 + i, 260_000, 270_000))];
  const { candidates, excluded } = zuijiKaitei({ results, workerType: "general", standard: { health: 410_000, pension: 410_000 } });
  expect(candidates).toEqual([]);
  expect(excluded[0].reason).toContain("逆に動いて");
});

test("three months must follow the change: a missing month leaves it out", () => {
  const results = [pay(2026, 8, 260_000, 260_000), pay(2026, 9, 320_000, 320_000), pay(2026, 11, 320_000, 320_000), pay(2026, 12, 320_000, 320_000)];
  const { excluded } = zuijiKaitei({ results, workerType: "general", standard: { health: 260_000, pension: 260_000 } });
  expect(excluded[0].reason).toContain("3か月の給与がそろっていません");
});

test("a revision is the 標準報酬月額 in force for a later change", () => {
  const results = [
    pay(2026, 4, 260_000, 260_000),
    ...[5, 6, 7].map((m) => pay(2026, m, 300_000, 300_000)),
    ...[8, 9, 10].map((m) => pay(2026, m, 260_000, 260_000)),
  ];
  const { candidates } = zuijiKaitei({ results, workerType: "general", standard: { health: 260_000, pension: 260_000 } });
  expect(candidates.map((c) => [c.direction, c.previous.health.amount, c.revised.health.amount])).toEqual([
    ["昇給", 260_000, 300_000],
    ["降給", 300_000, 260_000],
  ]);
});
