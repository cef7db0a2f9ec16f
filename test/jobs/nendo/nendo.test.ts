/**
 * 年度更新 of a small office,令和7年度 (wages fixed 2025-04-01〜2026-03-31), computed by hand below. Rates:
 * 労災 3/1000 (その他の各種事業, from OFFICE.json); 雇用 一般 令和7年度 5.5 + 9 = 14.5/1000, 令和8年度 5 + 8.5 = 13.5/1000;
 * 一般拠出金 0.02/1000.
 */
import { Employee } from "../../../src/calc/payroll/employee";
import { employmentInsuranceRates } from "../../../src/calc/law/employmentInsurance";
import { LawContext, UserLawRow } from "../../../src/calc/law/lawContext";
import { isoToDay } from "../../../src/calc/dates/calendar";
import { ppmFromPermille } from "../../../src/calc/money/rate";
import { nendoKoshin, NendoWageRow } from "../../../src/jobs/nendo/nendo";
import { pastHorizon } from "../../support/lawHorizon";

function employee(id: string, more: Partial<Employee> = {}): Employee {
  return { id, name: `従業員${id}`, birthDate: "1980-01-01", payType: "monthly", baseSalary: 0, fixedAllowance: 0, commuteAllowance: 0, commuteExempt: 0, healthInsurer: "東京都", employmentInsurance: "general", taxColumn: "甲", dependents: 0, residentTax: 0, ...more };
}

const employees = [
  employee("E1"), // 常用
  employee("E2", { officer: "workingOfficer" }), // 兼務役員, 雇用保険の被保険者
  employee("E3", { officer: "officer" }), // 役員: 労災・雇用の外
  employee("E4", { employmentInsurance: "none" }), // 臨時 (被保険者でないパート)
  employee("E5", { hireDate: "2025-10-01" }), // 10月入社の常用
];

const months = (from: number, count: number) => Array.from({ length: count }, (_, i) => {
  const m = ((from - 1 + i) % 12) + 1;
  const year = from + i > 12 ? 2026 : 2025;
  return { year, m };
});
const lastDay = (year: number, m: number) => new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
const salaries = (id: string, gross: number, from = 4, count = 12): NendoWageRow[] =>
  months(from, count).map(({ year, m }) => ({ employeeId: id, kind: "salary", closingDate: lastDay(year, m), gross }));

const wages: NendoWageRow[] = [
  ...salaries("E1", 300_000), // 通勤手当 10,000 included
  { employeeId: "E1", kind: "salary", closingDate: "2025-03-31", payDate: "2025-04-25", gross: 290_000 }, // 令和6年度: not counted
  { employeeId: "E1", kind: "bonus", payDate: "2025-07-10", gross: 500_000 },
  { employeeId: "E1", kind: "bonus", payDate: "2025-12-10", gross: 600_000 },
  ...salaries("E2", 400_000),
  ...salaries("E3", 800_000),
  ...salaries("E4", 85_550),
  // E5 from October; its rows carry 対象年月 (the month of the 賃金締切日) instead of the closing day.
  ...months(10, 6).map(({ year, m }): NendoWageRow => ({ employeeId: "E5", kind: "salary", period: `${year}-${String(m).padStart(2, "0")}`, gross: 250_123 })),
];
const office = { rosaiRatePermille: 3, rosaiBusinessType: "94" };

test("令和7年度: 確定保険料, 一般拠出金 and 令和8年度の概算, to the yen", () => {
  // 労災: E1 300,000×12 + 500,000 + 600,000 = 4,700,000; E2 400,000×12 = 4,800,000; E4 85,550×12 = 1,026,600;
  //       E5 250,123×6 = 1,500,738; total 12,027,338 → 12,027,000. × 3/1000 = 36,081. (E3 役員 not counted.)
  // 雇用: E1 4,700,000 + E2 4,800,000 + E5 1,500,738 = 11,000,738 → 11,000,000. × 14.5/1000 = 159,500.
  // 一般拠出金: 12,027,000 × 0.02/1000 = 240.54 → 240.   確定保険料: 36,081 + 159,500 = 195,581.
  // 概算 (令和8年度, 見込額なし → 前年度の賃金総額): 12,027,000 × 3/1000 = 36,081; 11,000,000 × 13.5/1000 = 148,500;
  //       36,081 + 148,500 = 184,581 < 400,000 → 延納なし.
  const r = nendoKoshin({ employees, wages, office, year: 2025 });
  expect(r.problems).toEqual([]);
  expect(r.figures).toEqual({
    rosai: { base: 12_027_000, premium: 36_081 },
    koyo: { base: 11_000_000, premium: 159_500 },
    ippanKyoshutsukin: 240,
    kakutei: 195_581,
    gaisan: 184_581,
    ennou: [],
    // ④ on the roll at each month's end: E1, E2, E4 (4月〜9月, 3 × 6 = 18), + E5 (10月〜3月, 4 × 6 = 24);
    //    42 ÷ 12 = 3.5 → 3. ⑤ 被保険者: E1, E2 (2 × 6 = 12), + E5 (3 × 6 = 18); 30 ÷ 12 = 2.5 → 2.
    workers: 3,
    insuredWorkers: 2,
    // No 申告済概算保険料額 given: no 差引額, said so (never zero).
    declaredEstimate: null,
    settlement: null,
  });
  expect(r.settlementMessage).toMatch(/^申告済概算保険料額（前年度の申告書の概算保険料額）が指定されていないため/);
  expect(r.headcounts.months.map((m) => [m.month, m.workers, m.insured])).toEqual([
    ["2025-04", 3, 2], ["2025-05", 3, 2], ["2025-06", 3, 2], ["2025-07", 3, 2], ["2025-08", 3, 2], ["2025-09", 3, 2],
    ["2025-10", 4, 3], ["2025-11", 4, 3], ["2025-12", 4, 3], ["2026-01", 4, 3], ["2026-02", 4, 3], ["2026-03", 4, 3],
  ]);
});

describe("⑱申告済概算保険料額 → ⑳差引額 and the 期別納付額 (確定 195,581, 一般拠出金 240, 概算 184,581 paid at once)", () => {
  test("declared 200,000: 200,000 − 195,581 = 4,419 applied to the 概算; pays 184,581 − 4,419 + 240 = 180,402", () => {
    const r = nendoKoshin({ employees, wages, office, year: 2025, declaredEstimate: 200_000 });
    expect(r.settlementMessage).toBeUndefined();
    expect(r.figures).toMatchObject({ declaredEstimate: 200_000, settlement: { declared: 200_000, appropriated: 4_419, refund: 0, shortfall: 0 } });
    expect(r.figures?.settlement?.payments).toEqual([{ estimate: 184_581, appropriated: 4_419, shortfall: 0, levy: 240, levyAppropriated: 0, payment: 180_402 }]);
  });

  test("declared 150,000: 195,581 − 150,000 = 45,581 short; pays 184,581 + 45,581 + 240 = 230,402", () => {
    const r = nendoKoshin({ employees, wages, office, year: 2025, declaredEstimate: 150_000 });
    expect(r.figures?.settlement).toMatchObject({ appropriated: 0, refund: 0, shortfall: 45_581, payments: [{ payment: 230_402 }] });
  });

  test("declared 400,000 with 延納 (見込 29,001,000 → 概算 427,594 = 142,532 / 142,531 / 142,531): 超過 204,419", () => {
    // 400,000 − 195,581 = 204,419: 第1期 142,532, 一般拠出金 240, 第2期 204,419 − 142,532 − 240 = 61,647.
    // Pays 第1期 142,532 − 142,532 + 240 − 240 = 0; 第2期 142,531 − 61,647 = 80,884; 第3期 142,531.
    const r = nendoKoshin({ employees, wages, office, year: 2025, estimate: { koyo: 29_001_000 }, declaredEstimate: 400_000 });
    expect(r.figures?.settlement).toMatchObject({ appropriated: 204_419, refund: 0, shortfall: 0 });
    expect(r.figures?.settlement?.payments.map((p) => [p.appropriated, p.levyAppropriated, p.payment])).toEqual([[142_532, 240, 0], [61_647, 0, 80_884], [0, 0, 142_531]]);
  });

  test("no 概算 (next year's 雇用保険率 unknown): the 申告済 is kept, the 差引額 is not made up", () => {
    const year = pastHorizon(employmentInsuranceRates).year - 1;
    const rows: NendoWageRow[] = [{ employeeId: "E1", kind: "salary", closingDate: `${year}-04-30`, gross: 1_000_999 }];
    const r = nendoKoshin({ employees, wages: rows, office, year, declaredEstimate: 10_000 });
    expect(r.figures).toMatchObject({ gaisan: null, declaredEstimate: 10_000, settlement: null });
    expect(r.settlementMessage).toContain("翌年度の概算保険料が計算できないため");
  });
});

test("④⑤ with 20日締め: the 賃金締切日 is each month's 20日; leaving 6/25 still counts in 6月, hired 10/21 first counts in 11月", () => {
  const e = [employee("A"), employee("L", { leaveDate: "2025-06-25" }), employee("H", { hireDate: "2025-10-21", employmentInsurance: "none" })];
  const r = nendoKoshin({ employees: e, wages: [], office, year: 2025, closingDay: 20 });
  // A 12 months; L 4月〜6月 (3); H 11月〜3月 (5, 労災 only). 労働者 12 + 3 + 5 = 20 → 20 ÷ 12 = 1.66… → 1;
  // 被保険者 12 + 3 = 15 → 1.25 → 1.
  expect(r.headcounts.months.map((m) => m.closingDate).slice(0, 2)).toEqual(["2025-04-20", "2025-05-20"]);
  expect(r.headcounts.months.map((m) => m.workers)).toEqual([2, 2, 2, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
  expect([r.headcounts.workers, r.headcounts.insured]).toEqual([1, 1]);
});

test("the 集計表: 4月 and 10月 rows by column, 賞与 rows after 3月", () => {
  const { table } = nendoKoshin({ employees, wages, office, year: 2025 });
  expect(table.map((r) => r.label)).toEqual(["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月", "賞与（7月）", "賞与（12月）"]);
  expect(table[0]).toMatchObject({
    regular: { count: 1, wages: 300_000 },
    workingOfficer: { count: 1, wages: 400_000 },
    temporary: { count: 1, wages: 85_550 },
    rosai: { count: 3, wages: 785_550 }, // 300,000 + 400,000 + 85,550
    koyo: { count: 2, wages: 700_000 }, // 300,000 + 400,000
  });
  expect(table[6].regular).toEqual({ count: 2, wages: 550_123 }); // 300,000 + 250,123
  expect(table[12]).toMatchObject({ regular: { count: 1, wages: 500_000 }, rosai: { count: 1, wages: 500_000 }, koyo: { count: 1, wages: 500_000 } });
  const column = (key: "rosai" | "koyo") => table.reduce((s, r) => s + r[key].wages, 0);
  expect([column("rosai"), column("koyo")]).toEqual([12_027_338, 11_000_738]);
});

test("延納 when the 見込額 is outside 200%: 見込 29,001,000 for 雇用 gives 概算 427,594 in three", () => {
  // 29,001,000 > 11,000,000 × 2 → the estimate is used. 29,001,000 × 13.5/1000 = 391,513.5 → 391,513;
  // + 労災 36,081 = 427,594 = 3 × 142,531 + 1 → 142,532, 142,531, 142,531.
  const r = nendoKoshin({ employees, wages, office, year: 2025, estimate: { koyo: 29_001_000 } });
  expect(r.figures).toMatchObject({ gaisan: 427_594, ennou: [142_532, 142_531, 142_531] });
  // 22,000,000 is exactly 200%: last year's 11,000,000 is used, as without an estimate.
  expect(nendoKoshin({ employees, wages, office, year: 2025, estimate: { koyo: 22_000_000 } }).figures?.gaisan).toBe(184_581);
});

test("next year's 雇用保険料率 not in the data: no 概算, a message naming the table, the 確定 still computed", () => {
  const year = pastHorizon(employmentInsuranceRates).year - 1;
  const rows: NendoWageRow[] = [{ employeeId: "E1", kind: "salary", closingDate: `${year}-04-30`, gross: 1_000_999 }];
  const r = nendoKoshin({ employees, wages: rows, office, year });
  expect(r.figures).toMatchObject({ rosai: { base: 1_000_000, premium: 3_000 }, ippanKyoshutsukin: 20, gaisan: null, ennou: [] });
  expect(r.gaisanMessage).toMatch(/雇用保険料率/);
  expect(r.gaisanMessage).toContain(`${year + 1}年度の概算保険料は計算できません`);
});

test("a 雇用保険率 change inside the year: each rate's part cut below 1,000円 on its own", () => {
  const horizon = pastHorizon(employmentInsuranceRates);
  const year = horizon.year;
  const row = (key: string, permille: string, from: string, until: string): UserLawRow => ({
    table: "雇用保険料率", key, rate: ppmFromPermille(permille), rateText: `${permille}/1000`, from: isoToDay(from), until: isoToDay(until), source: "試験用の仮の値", origin: "law.csv",
  });
  const law: LawContext = {
    notices: [],
    userRows: [
      row("一般/労働者", "5", `${year}-04-01`, `${year}-09-30`), row("一般/事業主", "8.5", `${year}-04-01`, `${year}-09-30`),
      row("一般/労働者", "6", `${year}-10-01`, `${year + 1}-03-31`), row("一般/事業主", "9.5", `${year}-10-01`, `${year + 1}-03-31`),
    ],
  };
  const rows: NendoWageRow[] = [
    { employeeId: "E1", kind: "salary", closingDate: `${year}-09-30`, gross: 1_000_500 },
    { employeeId: "E1", kind: "salary", closingDate: `${year}-10-31`, gross: 1_000_500 },
  ];
  // 上期 1,000,000 × 13.5/1000 = 13,500; 下期 1,000,000 × 15.5/1000 = 15,500; 13,500 + 15,500 = 29,000.
  // (One base of 2,001,000 would have given different figures.) 労災: 2,001,000 × 3/1000 = 6,003.
  const r = nendoKoshin({ employees, wages: rows, office, year, law });
  expect(r.figures).toMatchObject({ koyo: { base: 2_000_000, premium: 29_000 }, rosai: { base: 2_001_000, premium: 6_003 }, kakutei: 35_003 });
  expect(r.koyoPeriods).toEqual([{ rate: 13_500, base: 1_000_000, premium: 13_500 }, { rate: 15_500, base: 1_000_000, premium: 15_500 }]);
});

test("rows that cannot be placed are told with their file, row and column; the others are computed", () => {
  const rows: NendoWageRow[] = [
    { employeeId: "E1", kind: "salary", closingDate: "2025-04-30", gross: 300_000, file: "r.csv", row: 2 },
    { employeeId: "X9", kind: "salary", closingDate: "2025-04-30", gross: 300_000, file: "r.csv", row: 3 },
    { employeeId: "E1", kind: "bonus", gross: 500_000, file: "r.csv", row: 4 },
    { employeeId: "E1", kind: "salary", gross: 300_000, file: "r.csv", row: 5 },
  ];
  const r = nendoKoshin({ employees, wages: rows, office, year: 2025 });
  expect(r.problems.map((p) => [p.row, p.column, p.value])).toEqual([[3, "社員番号", "X9"], [4, "支給日", ""], [5, "対象年月", ""]]);
  expect(r.problems[0]).toMatchObject({ file: "r.csv", message: expect.stringMatching(/^社員番号 X9 の給与: この社員番号は従業員マスタにありません（年度の途中で退職した人も/) });
  expect(r.figures?.rosai.base).toBe(300_000);
});

test("a 労災保険率 that is not a number is told naming the setting", () => {
  const r = nendoKoshin({ employees, wages, office: { rosaiRatePermille: "3‰" as unknown as number, rosaiBusinessType: "94" }, year: 2025 });
  expect(r.figures).toBeUndefined();
  expect(r.problems).toEqual([expect.objectContaining({ column: "rosaiRatePermille（労災保険率）", value: "3‰", severity: "error" })]);
});

test("an office with 労災 only (no 雇用保険 被保険者): 延納 from 200,000円, and no 雇用保険料率 needed for the 概算", () => {
  const year = pastHorizon(employmentInsuranceRates).year - 1; // next year's 雇用保険料率 is not in the data
  const rows: NendoWageRow[] = [{ employeeId: "E4", kind: "salary", closingDate: `${year}-04-30`, gross: 1_000_999 }];
  // 概算: 見込 66,667,000 (over 200% of 1,000,000) × 3/1000 = 200,001 ≥ 200,000 = 3 × 66,667.
  const r = nendoKoshin({ employees, wages: rows, office, year, estimate: { rosai: 66_667_000 } });
  expect(r.gaisanMessage).toBeUndefined();
  expect(r.figures).toMatchObject({ rosai: { base: 1_000_000, premium: 3_000 }, koyo: { base: 0, premium: 0 }, gaisan: 200_001, ennou: [66_667, 66_667, 66_667] });
  // 66,666,000 × 3/1000 = 199,998 < 200,000: paid at once.
  expect(nendoKoshin({ employees, wages: rows, office, year, estimate: { rosai: 66_666_000 } }).figures).toMatchObject({ gaisan: 199_998, ennou: [] });
});

describe("a month without results is told as missing, never taken as zero", () => {
  test("the year above is complete: E5 (hired 2025-10-01) from October, E3 (役員) not expected at all", () => {
    expect(nendoKoshin({ employees, wages: wages.filter((w) => w.employeeId !== "E3"), office, year: 2025 }).missingMonths).toEqual([]);
  });

  test("E2's November and E5's March missing: named with the 賃金締切日; the figures are those of the rows there", () => {
    const without = wages.filter((w) => !(w.employeeId === "E2" && w.closingDate === "2025-11-30") && !(w.employeeId === "E5" && w.period === "2026-03"));
    const r = nendoKoshin({ employees, wages: without, office, year: 2025 });
    expect(r.missingMonths).toEqual([
      { employeeId: "E2", month: "2025-11", closingDate: "2025-11-30" },
      { employeeId: "E5", month: "2026-03", closingDate: "2026-03-31" },
    ]);
    // 12,027,338 − 400,000 − 250,123 = 11,377,215 → 11,377,000.
    expect(r.figures?.rosai.base).toBe(11_377_000);
  });

  test("20日締め: hired 10/25 is first paid in the 11月 period (10/21〜11/20); left 2/10 is last in the 2月 period", () => {
    const e = [employee("P1", { hireDate: "2025-10-25", leaveDate: "2026-02-10" })];
    const rows: NendoWageRow[] = [{ employeeId: "P1", kind: "salary", period: "2025-11", gross: 100_000 }];
    expect(nendoKoshin({ employees: e, wages: rows, office, year: 2025, closingDay: 20 }).missingMonths.map((m) => m.closingDate)).toEqual(["2025-12-20", "2026-01-20", "2026-02-20"]);
  });
});
