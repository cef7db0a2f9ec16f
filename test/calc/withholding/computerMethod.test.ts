/**
 * 電算機計算の特例: the bands of 第1表 and 第3表 on both sides, the 10円 rounding on both sides of 5, a
 * negative B, 令和2年分〜令和7年分 and 令和9年分 with its official example. Expectations are the 告示's steps written out.
 */
import { isoToDay } from "../../../src/calc/dates/calendar";
import { computerMethodWithholding } from "../../../src/calc/withholding/computerMethod";
import { monthlyWithholding } from "../../../src/calc/withholding/monthlyWithholding";
import { computerMethodTables } from "../../../src/calc/law/withholding";
import { SINGLE_SOURCE_EDGES_R09 } from "../../../src/calc/law/data/withholding/computerMethod.data";
import { nonEmpty, referenceYaml } from "../../support/reference";
import { pastHorizon } from "../../support/lawHorizon";

const R8 = "2026-11-25";
const R7 = "2025-11-25";

const cases: [string, string, number, number, number][] = [
  // id, 支払日, A, 扶養, expected
  // 第1表 1段目 (158,333以下 54,167) / 2段目 (×30% 切上げ + 6,667): B = 55,832 both ways → × 5.105% = 2,850.2236.
  ["R8 第1表 158,333 (定額)", R8, 158_333, 0, 2_850],
  ["R8 第1表 158,334 (47,500.2 → 47,501 + 6,667)", R8, 158_334, 0, 2_850],
  // 10円未満四捨五入: B = A − 54,167 − 48,334. B 4,800 → 245.04 → 250; B 4,799 → 244.98895 → 240.
  ["R8 四捨五入で上がる (245.04)", R8, 102_501 + 4_800, 0, 250],
  ["R8 四捨五入で下がる (244.99)", R8, 102_501 + 4_799, 0, 240],
  ["R8 Bが負なら0", R8, 100_000, 0, 0],
  // 第3表: 2,120,833以下 48,334 / 超 40,000. B = 2,120,833 − 162,500 − 48,334 = 1,909,999 → × 40.84% − 237,893 = 542,150.5916.
  ["R8 第3表 2,120,833", R8, 2_120_833, 0, 542_150],
  // B = 2,120,834 − 162,500 − 40,000 = 1,918,334 → × 40.84% − 237,893 = 545,554.6056.
  ["R8 第3表 2,120,834", R8, 2_120_834, 0, 545_550],
  // 令和2年分〜令和7年分: 第1表 135,417〜149,999 は ×40% − 8,333; 第3表 40,000.
  // 140,000: 56,000 − 8,333 = 47,667; B = 140,000 − 47,667 − 40,000 = 52,333 → × 5.105% = 2,671.59965.
  ["R7 第1表 40%の段", R7, 140_000, 0, 2_670],
  // 300,000 扶養2: 96,667; B = 300,000 − 96,667 − 63,334 − 40,000 = 99,999 → × 5.105% = 5,104.94895.
  ["R7 300,000 扶養2人", R7, 300_000, 2, 5_100],
  // 扶養8人も 31,667円ずつ: B = 740,000 − 162,500 − 253,336 − 48,334 = 275,830 → × 20.42% − 36,374 = 19,950.486.
  ["R8 扶養8人", R8, 740_000, 8, 19_950],
];

test.each(cases)("%s (支払日 %s, A %i, 扶養 %i) = %i", (_id, day, taxable, dependents, expected) => {
  expect(computerMethodWithholding({ taxable, dependents, paymentDate: isoToDay(day) })).toBe(expected);
});

const R9 = "2027-01-25";

describe("令和9年分 (財務省告示第128号)", () => {
  // The official example of 令和9年分, from the project's copy of the gathered figures.
  const r09 = referenceYaml("withholding/computer-method-r09.yaml");
  const examples = nonEmpty(r09.official_example_r09 as { A: number; persons: number; computer_method_tax: number; monthly_table_tax: number }[], "official_example_r09");

  test.each(examples.map((e) => [e.A, e.persons, e]))("公式の計算例 A %i 扶養 %i", (_a, _p, e) => {
    // B = 177,000 − (177,000 × 30% + 6,667 = 59,767) − 2 × 31,667 − 51,667 = 2,232 → × 5.105% = 113.94 → 110.
    expect(computerMethodWithholding({ taxable: e.A, dependents: e.persons, paymentDate: isoToDay(R9) })).toBe(e.computer_method_tax);
    expect(monthlyWithholding({ taxable: e.A, dependents: e.persons, column: "甲", paymentDate: isoToDay(R9) })).toBe(e.monthly_table_tax);
  });

  const cases: [string, number, number, number][] = [
    // 第1表 1段目 57,500 (定額) up to 169,444: B = 169,444 − 57,500 − 51,667 = 60,277 → × 5.105% = 3,077.14 → 3,080.
    ["第1表 169,444 (定額 57,500; 一つの転記元の境目)", 169_444, 0, 3_080],
    // 169,445: 50,833.5 → 50,834 + 6,667 = 57,501; B = 169,445 − 57,501 − 51,667 = 60,277 → 3,080.
    ["第1表 169,445 (×30% 切上げ + 6,667)", 169_445, 0, 3_080],
    // 第3表 2,120,833以下 51,667: B = 2,120,833 − 162,500 − 51,667 = 1,906,666 → × 40.84% − 237,893 = 540,789.39 → 540,790.
    ["第3表 2,120,833", 2_120_833, 0, 540_790],
    // 2,120,834: 40,000; B = 1,918,334 → 545,554.61 → 545,550 (令和8年分と同じ).
    ["第3表 2,120,834", 2_120_834, 0, 545_550],
  ];
  test.each(cases)("%s (A %i, 扶養 %i) = %i", (_id, taxable, dependents, expected) => {
    expect(computerMethodWithholding({ taxable, dependents, paymentDate: isoToDay(R9) })).toBe(expected);
  });

  test("every band of 第1表〜第4表 equals computer-method-r09.yaml", () => {
    const t = computerMethodTables.at(isoToDay(R9));
    const upTo = (bands: { to: number | null }[]) => bands.map((b) => b.to ?? Number.POSITIVE_INFINITY);
    const t1 = r09.table1_salary_deduction.bands as { to: number | null; fixed?: number; rate?: number; add?: number }[];
    expect(t.salaryUpTo).toEqual(upTo(t1));
    expect(t.salaryAdd).toEqual(t1.map((b) => b.fixed ?? b.add));
    expect(t.salaryRate).toEqual(t1.map((b) => Math.round((b.rate ?? 0) * 1_000_000)));
    expect(t.perDependent).toBe(r09.table2_per_person);
    expect(t.basicUpTo).toEqual(upTo(r09.table3_basic.bands));
    expect(t.basic).toEqual(r09.table3_basic.bands.map((b: { fixed: number }) => b.fixed));
    expect(t.taxUpTo).toEqual(upTo(r09.table4_tax.bands));
    expect(t.taxRate).toEqual(r09.table4_tax.bands.map((b: { rate: number }) => Math.round(b.rate * 1_000_000)));
    expect(t.taxSubtract).toEqual(r09.table4_tax.bands.map((b: { subtract: number }) => b.subtract));
  });

  test("the single-source edge of 第1表 is flagged in the data, with the reading it competes with", () => {
    expect(SINGLE_SOURCE_EDGES_R09).toEqual([expect.objectContaining({ table: "第1表", edge: 169_444, alternative: 169_443 })]);
    const r9 = computerMethodTables.spec.revisions.find((r) => r.effective === "2027-01-01")!;
    expect(r9.confidence).toBe("medium");
    expect(r9.note).toMatch(/169,444/);
    expect(r09.table1_salary_deduction.bands[0]).toEqual({ to: 169_444, fixed: 57_500 });
  });
});

test("the year after the data is not known: #N/A naming the method and the year", () => {
  const past = pastHorizon(computerMethodTables);
  expect(() => computerMethodWithholding({ taxable: 300_000, dependents: 0, paymentDate: isoToDay(past.iso) })).toThrow(new RegExp(`電算機計算の特例.*${past.reiwaYear}`));
});

test("月額表 令和8年分: the 算式 rows from 740,000円 cut to the yen (国税庁の計算例 775,200円・3人 → 59,477円)", () => {
  // 740,000円の行 甲3人 52,290円 + (775,200 − 740,000) × 20.42% = 7,187.84 → 7,187 (1円未満切捨て) → 59,477.
  expect(monthlyWithholding({ taxable: 775_200, dependents: 3, column: "甲", paymentDate: isoToDay(R8) })).toBe(52_290 + 7_187);
  expect(52_290 + 7_187).toBe(59_477);
});
