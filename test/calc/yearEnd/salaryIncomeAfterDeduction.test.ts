/**
 * 給与所得控除後の給与等の金額: the rule (brackets as data) against
 *  - rows of the official tables (国税庁 年末調整のしかた, transcribed row by row in kishida-devil/jp-payroll-mcp
 *    src/data/year-end-r8.json / year-end-r7.json),
 *  - the rules gathered in test/fixtures/official/year-end/kyuyo-shotoku-table.yaml, interpreted independently
 *    here and compared for every 1,000円 from 0 to 6,600,000円 (and around each bracket edge),
 *  - both sides of every bracket edge of every year, written as the table's arithmetic,
 *  - the 2,000万円 limit of 所得税法第190条.
 */
import { nonEmpty, referenceYaml } from "../../support/reference";
import { call, callError } from "../../support/formula";
import { salaryIncomeAfterDeduction } from "../../../src/calc/yearEnd/salaryIncomeAfterDeduction";
import { salaryIncomeTable } from "../../../src/calc/law/yearEnd";
import { pastHorizon } from "../../support/lawHorizon";

const f = (salary: number, year: number) => salaryIncomeAfterDeduction({ salary, year });
/** A = floor(S / 4,000) × 1,000, the table's 4,000円 row, as the official table defines it. */
const A = (s: number) => Math.floor(s / 4_000) * 1_000;

describe("rows of the official tables", () => {
  const SOURCE_R8 = "令和8年分 年末調整等のための給与所得控除後の給与等の金額の表 (year-end-r8.json)";
  // [year, 給与等の金額 (以上), (未満), 給与所得控除後の給与等の金額]
  const rows: [number, number, number, number][] = [
    [2026, 2_191_000, 2_193_000, 1_451_000],
    [2026, 2_193_000, 2_196_000, 1_453_000],
    [2026, 2_196_000, 2_200_000, 1_456_000],
    [2026, 2_200_000, 2_204_000, 1_460_000],
    [2026, 2_204_000, 2_208_000, 1_462_800],
    [2026, 3_492_000, 3_496_000, 2_364_400],
    [2026, 3_496_000, 3_500_000, 2_367_200],
    [2026, 3_500_000, 3_504_000, 2_370_000],
    [2026, 3_596_000, 3_600_000, 2_437_200],
    [2026, 3_600_000, 3_604_000, 2_440_000],
    [2026, 3_604_000, 3_608_000, 2_443_200],
    [2026, 4_000_000, 4_004_000, 2_760_000],
    [2026, 4_856_000, 4_860_000, 3_444_800],
    [2026, 6_224_000, 6_228_000, 4_539_200],
    [2026, 6_596_000, 6_600_000, 4_836_800],
  ];
  test.each(rows)(`${SOURCE_R8}: %d年分 %d以上%d未満 → %d`, (year, from, to, amount) => {
    expect(f(from, year)).toBe(amount);
    expect(f(to - 1, year)).toBe(amount);
  });
  test("the table's notes: 741,000円未満は0; 741,000〜2,191,000円未満は S − 740,000; 6,600,000円以上は算式", () => {
    expect(f(740_999, 2026)).toBe(0);
    expect(f(741_000, 2026)).toBe(741_000 - 740_000);
    expect(f(2_190_999, 2026)).toBe(2_190_999 - 740_000);
    expect(f(6_600_000, 2026)).toBe((6_600_000 * 9) / 10 - 1_100_000);
    expect(f(8_500_000, 2026)).toBe(8_500_000 - 1_950_000);
  });
});

/** Evaluates the reference file's rule text ("A × 2.8 − 80,000", "S − 740,000", "1,451,000"). */
function referenceAmount(rule: string, s: number): number {
  const t = rule.replace(/\(.*?\)/g, "").replace(/,/g, "").trim();
  if (/^\d+$/.test(t)) return Number(t);
  const m = /^([SA])\s*(?:×\s*(\d+)(?:\.(\d+))?)?\s*(?:([−+])\s*(\d+))?$/.exec(t);
  if (!m) throw new Error(`cannot read reference rule: ${rule}`);
  const base = m[1] === "S" ? s : A(s);
  const [int, frac] = [m[2] ?? "1", m[3] ?? ""];
  const scaled = Math.floor((base * Number(int + frac)) / 10 ** frac.length);
  const c = m[5] ? Number(m[5]) : 0;
  return m[4] === "−" ? scaled - c : scaled + c;
}

describe("the rule equals kyuyo-shotoku-table.yaml for every 1,000円 and around every edge", () => {
  const ref = referenceYaml("year-end/kyuyo-shotoku-table.yaml");
  const upper = nonEmpty(ref.common_upper_part as any[], "common_upper_part").filter((r) => r.amount);
  const years: [string, number][] = [["R8", 2026], ["R7", 2025], ["R2_R6", 2020], ["R2_R6", 2024]];
  test.each(years)("%s (%d年分)", (key, year) => {
    const rows = [...nonEmpty(ref[key].rows as any[], key), ...upper];
    const lookup = (s: number) => rows.find((r) => s >= r.from && s < r.to)!;
    const salaries = new Set<number>();
    for (let s = 0; s <= 9_000_000; s += 1_000) salaries.add(s);
    for (const r of rows) [r.from - 1, r.from, r.from + 1, r.to - 1].forEach((s) => s >= 0 && salaries.add(s));
    let checked = 0;
    for (const s of salaries) {
      const r = lookup(s);
      if (!r) continue;
      const expected = referenceAmount(r.amount, s);
      if (f(s, year) !== expected) throw new Error(`${key} 給与 ${s}: rule ${f(s, year)} ≠ reference ${expected} (${r.amount})`);
      checked++;
    }
    expect(checked).toBeGreaterThan(9_000);
  });
});

describe("both sides of every bracket edge", () => {
  // [name, year, salary, expected]: the expected amount is the table's arithmetic for that row.
  const cases: [string, number, number, number][] = [
    // 令和8年分
    ["R8 zero row", 2026, 740_999, 0],
    ["R8 S−740,000 starts", 2026, 741_000, 1_000],
    ["R8 S−740,000 last", 2026, 2_190_999, 2_190_999 - 740_000],
    ["R8 irregular 1", 2026, 2_191_000, 1_451_000],
    ["R8 irregular 1 last", 2026, 2_192_999, 1_451_000],
    ["R8 irregular 2", 2026, 2_193_000, 1_453_000],
    ["R8 irregular 3", 2026, 2_196_000, 1_456_000],
    ["R8 irregular 3 last", 2026, 2_199_999, 1_456_000],
    ["R8 A×2.8−80,000 starts", 2026, 2_200_000, (A(2_200_000) * 28) / 10 - 80_000],
    ["R8 A×2.8−80,000 last", 2026, 3_599_999, (A(3_599_999) * 28) / 10 - 80_000],
    ["R8 A×3.2−440,000 starts", 2026, 3_600_000, (A(3_600_000) * 32) / 10 - 440_000],
    ["R8 A×3.2−440,000 last", 2026, 6_599_999, (A(6_599_999) * 32) / 10 - 440_000],
    ["R8 S×90%−1,100,000 starts", 2026, 6_600_000, (6_600_000 * 9) / 10 - 1_100_000],
    ["R8 S×90% 1円未満切捨て", 2026, 6_600_001, Math.floor((6_600_001 * 9) / 10) - 1_100_000],
    ["R8 S×90% last", 2026, 8_499_999, Math.floor((8_499_999 * 9) / 10) - 1_100_000],
    ["R8 S−1,950,000 starts", 2026, 8_500_000, 8_500_000 - 1_950_000],
    ["R8 2,000万円 (以下: 対象)", 2026, 20_000_000, 20_000_000 - 1_950_000],
    // 令和7年分
    ["R7 zero row", 2025, 650_999, 0],
    ["R7 S−650,000 starts", 2025, 651_000, 1_000],
    ["R7 S−650,000 last", 2025, 1_899_999, 1_899_999 - 650_000],
    ["R7 A×2.8−80,000 starts", 2025, 1_900_000, (A(1_900_000) * 28) / 10 - 80_000],
    ["R7 A×2.8−80,000 last", 2025, 3_599_999, (A(3_599_999) * 28) / 10 - 80_000],
    ["R7 A×3.2−440,000 starts", 2025, 3_600_000, (A(3_600_000) * 32) / 10 - 440_000],
    ["R7 A×3.2−440,000 last", 2025, 6_599_999, (A(6_599_999) * 32) / 10 - 440_000],
    ["R7 S×90% starts", 2025, 6_600_000, (6_600_000 * 9) / 10 - 1_100_000],
    ["R7 S×90% last", 2025, 8_499_999, Math.floor((8_499_999 * 9) / 10) - 1_100_000],
    ["R7 S−1,950,000 starts", 2025, 8_500_000, 8_500_000 - 1_950_000],
    ["R7 2,000万円", 2025, 20_000_000, 20_000_000 - 1_950_000],
    // 令和2〜6年分 (confidence medium)
    ["R2 zero row", 2020, 550_999, 0],
    ["R2 S−550,000 starts", 2020, 551_000, 1_000],
    ["R2 S−550,000 last", 2020, 1_618_999, 1_618_999 - 550_000],
    ["R2 irregular 1,619,000", 2020, 1_619_000, 1_069_000],
    ["R2 irregular 1,620,000", 2020, 1_621_999, 1_070_000],
    ["R2 irregular 1,622,000", 2020, 1_622_000, 1_072_000],
    ["R2 irregular 1,624,000", 2024, 1_627_999, 1_074_000],
    ["R2 A×2.4+100,000 starts", 2024, 1_628_000, (A(1_628_000) * 24) / 10 + 100_000],
    ["R2 A×2.4+100,000 last", 2024, 1_799_999, (A(1_799_999) * 24) / 10 + 100_000],
    ["R2 A×2.8−80,000 starts", 2024, 1_800_000, (A(1_800_000) * 28) / 10 - 80_000],
  ];
  test.each(cases)("%s: %d年 給与 %d → %d", (_name, year, salary, expected) => {
    expect(f(salary, year)).toBe(expected);
  });
});

describe("2,000万円を超える給与は年末調整の対象外 (#N/A with the reason)", () => {
  test.each([[2025], [2026]])("%d年分", (year) => {
    expect(call("YE_SALARY_INCOME", 20_000_000, year)).toBe(18_050_000);
    const e = callError("YE_SALARY_INCOME", 20_000_001, year);
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("2,000万円を超える");
    expect(e.message).toContain("年末調整の対象外");
    expect(e.message).toContain("所得税法第190条");
    expect(callError("YE_ANNUAL_TAX", 20_000_001, 0, year).message).toContain("年末調整の対象外");
  });
});

describe("years outside the data are #N/A naming the table and the year", () => {
  const past = pastHorizon(salaryIncomeTable);
  test.each([[2019, "令和元年分"], [past.year, past.reiwaYear]])("%d (%s)", (year, era) => {
    const e = callError("YE_SALARY_INCOME", 3_000_000, year);
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("給与所得控除後の給与等の金額の表");
    expect(e.message).toContain(era);
  });
  test("a year that is not a year is #VALUE!", () => {
    expect(callError("YE_SALARY_INCOME", 3_000_000, "来年").code).toBe("#VALUE!");
  });
});
