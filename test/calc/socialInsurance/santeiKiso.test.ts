/**
 * 算定基礎 from a year of paid results: pay *paid* in April–June by 支給日, the months that count by 支払基礎日数
 * (17日 / パート 15日 / 短時間労働者 11日), 途中入社, and the grade of the average in the official 等級表
 * (test/fixtures/official/social-insurance/standard-monthly-remuneration-grades.csv) — the same cases as the
 * existing 定時決定 rule (SI_TEIJI), which must agree.
 */
import { dayOf } from "../../../src/calc/dates/calendar";
import { santeiKiso } from "../../../src/calc/socialInsurance/santeiKiso";
import { teijiKettei, WorkerType } from "../../../src/calc/socialInsurance/teijiKettei";
import { PaidResult, resultsByEmployee } from "../../../src/calc/socialInsurance/paidResult";
import { referenceYaml } from "../../support/reference";
import { officialHealthStandard } from "./officialGrades";


const pay = (month: number, cash: number, basisDays: number, day = 25, year = 2026): PaidResult => ({ employeeId: "1", kind: "給与", payDay: dayOf(year, month, day), basisDays, cash, inKind: 0 });

describe("the months that count, the total and the average", () => {
  test.each([
    // [case, worker, April–June pay, days, counted months, 総計]
    ["一般 3か月", "general", [300_000, 310_000, 320_000], [31, 30, 31], [4, 5, 6], 300_000 + 310_000 + 320_000],
    ["一般 5月16日を除外", "general", [300_000, 100_000, 320_000], [31, 16, 31], [4, 6], 300_000 + 320_000],
    ["一般 6月のみ", "general", [100_000, 100_000, 250_000], [10, 16, 17], [6], 250_000],
    ["パート 17日の月がなく 15日以上の月", "short", [180_000, 90_000, 200_000], [15, 14, 16], [4, 6], 180_000 + 200_000],
    ["パート 17日の月があればそれだけ", "short", [180_000, 240_000, 200_000], [15, 17, 16], [5], 240_000],
    ["短時間労働者 11日", "specified", [88_000, 100_000, 112_000], [11, 12, 11], [4, 5, 6], 88_000 + 100_000 + 112_000],
    ["短時間労働者 10日を除外", "specified", [50_000, 100_000, 112_000], [10, 12, 11], [5, 6], 100_000 + 112_000],
    ["平均の1円未満切捨て", "general", [300_001, 300_000, 300_000], [31, 30, 31], [4, 5, 6], 900_001],
  ] as const)("%s", (_case, workerType, cash, days, countedMonths, total) => {
    const results = [0, 1, 2].map((i) => pay(4 + i, cash[i], days[i]));
    const s = santeiKiso({ results, year: 2026, workerType: workerType as WorkerType });
    expect(s.months.filter((m) => m.counted).map((m) => m.month)).toEqual(countedMonths);
    expect(s.total).toBe(total);
    expect(s.average).toBe(Math.floor(total / countedMonths.length));
    expect(s.standard!.health.amount).toBe(officialHealthStandard(s.average));
    // The existing rule (SI_TEIJI) gives the same 標準報酬月額.
    const months = [0, 1, 2].map((i) => ({ remuneration: cash[i], days: days[i] }));
    expect(teijiKettei({ months, workerType: workerType as WorkerType, scheme: "health", year: 2026 })).toBe(s.standard!.health.amount);
  });
});

test("the public sample (nenkin-csv.md 2.4): April has 3 days, 総計 = May + June, 平均 truncated", () => {
  const sample = referenceYaml("todoke/nenkin-csv-samples.yaml").santei_2225700;
  const fields = sample.line.split(",");
  const { days, currency, goods } = sample.input;
  const results = (["apr", "may", "jun"] as const).map((m, i): PaidResult => ({ employeeId: "1", kind: "給与", payDay: dayOf(2026, 4 + i, 25), basisDays: days[m], cash: currency[m], inKind: goods[m] }));
  const s = santeiKiso({ results, year: 2026, workerType: "general" });
  expect(s.months.map((m) => m.total)).toEqual([fields[33], fields[34], fields[35]].map(Number));
  expect(s.total).toBe(Number(fields[36]));
  expect(s.average).toBe(Number(fields[37]));
});

test("pay is placed by 支給日: March's work paid on April 10 is April's pay; June's paid on July 10 is not counted", () => {
  const results = [pay(4, 280_000, 31, 10), pay(5, 300_000, 30, 10), pay(6, 320_000, 31, 10), pay(7, 900_000, 30, 10)];
  const s = santeiKiso({ results, year: 2026, workerType: "general" });
  expect(s.months.map((m) => m.cash)).toEqual([280_000, 300_000, 320_000]);
  expect(s.total).toBe(280_000 + 300_000 + 320_000);
});

test("現物給与 is part of 報酬: 合計 = 通貨 + 現物", () => {
  const results = [4, 5, 6].map((m): PaidResult => ({ employeeId: "1", kind: "給与", payDay: dayOf(2026, m, 25), basisDays: 30, cash: 250_000, inKind: 20_000 }));
  expect(santeiKiso({ results, year: 2026, workerType: "general" }).average).toBe(250_000 + 20_000);
});

test("賞与 rows are not 報酬 of the month (they are 標準賞与額)", () => {
  const results = [pay(4, 300_000, 30), pay(5, 300_000, 30), pay(6, 300_000, 30), { ...pay(6, 1_000_000, 0), kind: "賞与" as const }];
  expect(santeiKiso({ results, year: 2026, workerType: "general" }).total).toBe(900_000);
});

test("途中入社: the month paid for part of a month does not count", () => {
  const results = [pay(4, 150_000, 20), pay(5, 300_000, 31), pay(6, 300_000, 30)];
  const s = santeiKiso({ results, year: 2026, workerType: "general", midwayJoinMonth: 4 });
  expect(s.months.map((m) => m.counted)).toEqual([false, true, true]);
  expect(s.average).toBe((300_000 + 300_000) / 2);
});

test("no month counts: 平均 0 and no grade (保険者決定); a month with no pay shows 0 days", () => {
  const s = santeiKiso({ results: [pay(4, 100_000, 10), pay(6, 100_000, 10)], year: 2026, workerType: "general" });
  expect(s).toMatchObject({ total: 0, average: 0, standard: undefined });
  expect(s.months[1]).toEqual({ month: 5, basisDays: 0, cash: 0, inKind: 0, total: 0, counted: false });
  expect(s.applies).toBe(dayOf(2026, 9, 1));
});

test("a year of results is split by 社員番号, each person's in the order given", () => {
  const a = { ...pay(4, 1, 30), employeeId: "A" };
  const b = { ...pay(4, 2, 30), employeeId: "B" };
  const a2 = { ...pay(5, 3, 30), employeeId: "A" };
  expect([...resultsByEmployee([a, b, a2])]).toEqual([["A", [a, a2]], ["B", [b]]]);
});
