/**
 * 基礎控除・配偶者控除・配偶者特別控除・特定親族特別控除: both sides of every bracket edge for 令和7年分 and
 * 令和8年分, with the amounts of the official tables as gathered in
 * test/fixtures/official/year-end/year-end-adjustment-rules.yaml (国税庁 改正のあらまし, タックスアンサー).
 */
import { nonEmpty, referenceYaml } from "../../support/reference";
import { call } from "../../support/formula";
import { spouseDeduction } from "../../../src/calc/yearEnd/spouseDeduction";

const ref = referenceYaml("year-end/year-end-adjustment-rules.yaml");
const YEARS: [string, number][] = [["R7", 2025], ["R8", 2026]];

describe("基礎控除: each row's upper bound (以下) and one yen above", () => {
  const cases = YEARS.flatMap(([key, year]) => {
    const rows = nonEmpty(ref.years[key].basic_deduction as any[], `${key}.basic_deduction`);
    return rows.flatMap((r, i) =>
      r.total_income_to === null
        ? [[key, year, 100_000_000, r.amount] as const]
        : [[key, year, r.total_income_to, r.amount] as const, [key, year, r.total_income_to + 1, rows[i + 1].amount] as const],
    );
  });
  test.each(cases)("%s (%d) 合計所得金額 %d → %d", (_key, year, income, amount) => {
    expect(call("YE_BASIC_DEDUCTION", income, year)).toBe(amount);
  });
  test("0円 → the first row", () => {
    expect(call("YE_BASIC_DEDUCTION", 0, 2025)).toBe(950_000);
    expect(call("YE_BASIC_DEDUCTION", 0, 2026)).toBe(1_040_000);
  });
});

describe("配偶者控除: the earner's bands (900万/950万/1,000万円以下, 超は0)", () => {
  const bands = nonEmpty(ref.deductions.spouse_deduction.by_taxpayer_income as any[], "spouse_deduction");
  const cases = YEARS.flatMap(([key, year]) =>
    bands.flatMap((b, i) => {
      const at = b.to === null ? [30_000_000] : [b.to];
      const above = b.to === null ? [] : [[b.to + 1, bands[i + 1]] as const];
      return [...at.map((e) => [e, b] as const), ...above].flatMap(([earner, row]) => [
        [key, year, earner, false, row.general] as const,
        [key, year, earner, true, row.elderly_70plus] as const,
      ]);
    }),
  );
  test.each(cases)("%s (%d) 本人 %d 老人=%s → %d", (_key, year, earner, elderly, amount) => {
    expect(call("YE_SPOUSE_DEDUCTION", earner, 0, year, elderly)).toBe(amount);
  });
});

describe("配偶者特別控除: each row of the table × the earner's three bands", () => {
  const rows = nonEmpty(ref.deductions.spouse_special_deduction.rows as any[], "spouse_special_deduction");
  const earners = [9_000_000, 9_500_000, 10_000_000];
  const cases = YEARS.flatMap(([key, year]) =>
    rows.flatMap((r, i) =>
      earners.flatMap((earner, band) => [
        [key, year, earner, r.spouse_income_to, r.amounts[band]] as const,
        [key, year, earner, r.spouse_income_to + 1, i + 1 < rows.length ? rows[i + 1].amounts[band] : 0] as const,
      ]),
    ),
  );
  test.each(cases)("%s (%d) 本人 %d 配偶者 %d → %d", (_key, year, earner, spouse, amount) => {
    expect(call("YE_SPOUSE_DEDUCTION", earner, spouse, year)).toBe(amount);
  });
  test("本人の合計所得金額が1,000万円を超えると 0", () => {
    expect(call("YE_SPOUSE_DEDUCTION", 10_000_001, 900_000, 2026)).toBe(0);
  });
});

describe("配偶者控除と配偶者特別控除の境目: 令和7年分 58万円, 令和8年分 62万円", () => {
  const cases: [number, number, boolean, number, string][] = [
    [2025, 580_000, true, 480_000, "配偶者控除"],
    [2025, 580_001, true, 380_000, "配偶者特別控除"],
    [2025, 600_000, true, 380_000, "配偶者特別控除"],
    [2026, 600_000, true, 480_000, "配偶者控除"],
    [2026, 620_000, true, 480_000, "配偶者控除"],
    [2026, 620_001, true, 380_000, "配偶者特別控除"],
    [2026, 620_001, false, 380_000, "配偶者特別控除"],
    [2026, 1_330_000, false, 30_000, "配偶者特別控除"],
    [2026, 1_330_001, false, 0, ""],
  ];
  test.each(cases)("%d年分 配偶者 %d 老人=%s → %d %s", (year, spouse, elderly, amount, kind) => {
    expect(spouseDeduction({ earnerTotalIncome: 5_000_000, spouseTotalIncome: spouse, year, elderly })).toEqual({ amount, kind });
  });
});

describe("特定親族特別控除: the year's lower bound, each row's upper bound and one yen above", () => {
  const rows = nonEmpty(ref.deductions.specific_relative_special_deduction.rows as any[], "specific_relative_special_deduction");
  const cases = YEARS.flatMap(([key, year]) => {
    const [lower] = ref.years[key].specific_relative_range as [number, number];
    return [
      [key, year, lower, 0] as const,
      [key, year, lower + 1, rows[0].amount] as const,
      ...rows.flatMap((r, i) => [
        [key, year, r.income_to, r.amount] as const,
        [key, year, r.income_to + 1, i + 1 < rows.length ? rows[i + 1].amount : 0] as const,
      ]),
    ];
  });
  test.each(cases)("%s (%d) 親族の合計所得金額 %d → %d", (_key, year, income, amount) => {
    expect(call("YE_SPECIFIC_RELATIVE_DEDUCTION", income, year)).toBe(amount);
  });
});
