/**
 * The drill's "the system's own month" (test/cli/fixtures/drill/results-2026-11.csv) holds figures worked by hand
 * from the official tables — the working, employee by employee, is in test/cli/fixtures/drill/HAND-WORKED.md —
 * so `sonae drill` reporting 一致 12人 on it shows Sonae computes the month right, not only that it agrees with
 * itself. Here: every rate the working uses is the one in test/fixtures/official, every premium follows from those
 * rates with the 50銭以下切捨て・50銭超切上げ rounding, every tax is the 令和8年分 月額表 row of its 課税対象額,
 * every line adds up, and the results file holds exactly these figures.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { referenceCsv, referenceYaml } from "../../support/reference";
import { r8MonthlyTax } from "../../calc/payroll/officialTables";

/** Rates in hundredths of a percent (9.85% = 985), as the working writes them. */
const RATES = { 東京都: 985, 大阪府: 1013, 組合: 950, care: 162, careOfKumiai: 180, support: 23, pension: 1830 };
const EMPLOYMENT_PERMILLE = 5;

interface Worked {
  id: string;
  insurer?: "東京都" | "大阪府" | "組合";
  care: boolean;
  healthStandard: number;
  pensionStandard: number;
  gross: number;
  /** 雇用保険の賃金; undefined when 対象外 */
  employmentWages?: number;
  /** 非課税の通勤手当 + 臨時の非課税手当 */
  exempt: number;
  column: "甲" | "乙";
  dependents: number;
  residentTax: number;
  extraDeduction: number;
  /** The figures of HAND-WORKED.md: 健保, 介護, 支援金, 厚年, 雇用, 所得税, 差引 */
  expected: [number, number, number, number, number, number, number];
}

const WORKED: Worked[] = [
  { id: "0001", insurer: "東京都", care: true, healthStandard: 440_000, pensionStandard: 440_000, gross: 478_594, employmentWages: 478_594, exempt: 15_000, column: "甲", dependents: 2, residentTax: 25_000, extraDeduction: 0, expected: [21_670, 3_564, 506, 40_260, 2_393, 8_940, 376_261] },
  { id: "0002", insurer: "東京都", care: false, healthStandard: 320_000, pensionStandard: 320_000, gross: 335_320, employmentWages: 335_320, exempt: 12_000, column: "甲", dependents: 0, residentTax: 18_000, extraDeduction: 0, expected: [15_760, 0, 368, 29_280, 1_677, 7_080, 263_155] },
  { id: "0003", insurer: "大阪府", care: false, healthStandard: 260_000, pensionStandard: 260_000, gross: 283_219, employmentWages: 283_219, exempt: 9_000, column: "甲", dependents: 1, residentTax: 12_000, extraDeduction: 3_000, expected: [13_169, 0, 299, 23_790, 1_416, 3_950, 225_595] },
  { id: "0004", insurer: "東京都", care: true, healthStandard: 360_000, pensionStandard: 360_000, gross: 375_000, employmentWages: 375_000, exempt: 0, column: "甲", dependents: 3, residentTax: 20_000, extraDeduction: 0, expected: [17_730, 2_916, 414, 32_940, 1_875, 3_820, 295_305] },
  { id: "0005", insurer: "東京都", care: false, healthStandard: 240_000, pensionStandard: 240_000, gross: 255_500, employmentWages: 255_500, exempt: 8_000, column: "甲", dependents: 4, residentTax: 8_000, extraDeduction: 0, expected: [11_820, 0, 276, 21_960, 1_277, 0, 212_167] },
  { id: "0006", insurer: "東京都", care: false, healthStandard: 142_000, pensionStandard: 142_000, gross: 152_250, employmentWages: 152_250, exempt: 6_000, column: "乙", dependents: 0, residentTax: 0, extraDeduction: 0, expected: [6_993, 0, 164, 12_993, 761, 4_700, 126_639] },
  // 臨時の非課税手当 5,000 is neither 雇用保険の賃金 nor taxable
  { id: "0007", insurer: "組合", care: true, healthStandard: 620_000, pensionStandard: 620_000, gross: 675_000, employmentWages: 670_000, exempt: 25_000, column: "甲", dependents: 8, residentTax: 45_000, extraDeduction: 0, expected: [29_450, 5_580, 713, 56_730, 3_350, 5_450, 528_727] },
  { id: "0008", insurer: "東京都", care: false, healthStandard: 220_000, pensionStandard: 220_000, gross: 244_850, employmentWages: 244_850, exempt: 10_000, column: "甲", dependents: 7, residentTax: 9_000, extraDeduction: 0, expected: [10_835, 0, 253, 20_130, 1_224, 0, 203_408] },
  { id: "0009", insurer: "東京都", care: false, healthStandard: 830_000, pensionStandard: 650_000, gross: 800_000, exempt: 0, column: "甲", dependents: 1, residentTax: 60_000, extraDeduction: 0, expected: [40_877, 0, 955, 59_475, 0, 57_120, 581_573] },
  { id: "0010", insurer: "大阪府", care: false, healthStandard: 280_000, pensionStandard: 280_000, gross: 282_000, employmentWages: 282_000, exempt: 11_000, column: "甲", dependents: 5, residentTax: 14_000, extraDeduction: 0, expected: [14_182, 0, 322, 25_620, 1_410, 0, 226_466] },
  { id: "0011", insurer: "大阪府", care: true, healthStandard: 300_000, pensionStandard: 300_000, gross: 292_000, employmentWages: 292_000, exempt: 7_000, column: "甲", dependents: 6, residentTax: 16_000, extraDeduction: 0, expected: [15_195, 2_430, 345, 27_450, 1_460, 0, 229_120] },
  // not insured: no standard amounts
  { id: "0012", care: false, healthStandard: 0, pensionStandard: 0, gross: 96_000, exempt: 0, column: "乙", dependents: 0, residentTax: 0, extraDeduction: 0, expected: [0, 0, 0, 0, 0, 2_940, 93_060] },
];

/** x ÷ d to the yen, 50銭以下切捨て・50銭超切上げ (the share deducted from pay), in integers. */
function deductedShare(x: number, d: number): number {
  const whole = Math.floor(x / d);
  return (x % d) * 2 > d ? whole + 1 : whole;
}

/** 標準報酬月額 × rate ÷ 2 for a rate in hundredths of a percent. */
const halfShare = (standard: number, rate: number) => deductedShare(standard * rate, 20_000);

function premiumsFromRates(w: Worked): number[] {
  if (w.insurer === undefined) return [0, 0, 0, 0, 0];
  const health = RATES[w.insurer];
  const care = w.care ? (w.insurer === "組合" ? RATES.careOfKumiai : RATES.care) : 0;
  const healthShare = halfShare(w.healthStandard, health);
  const withCare = halfShare(w.healthStandard, health + care);
  const withSupport = halfShare(w.healthStandard, health + care + RATES.support);
  const employment = w.employmentWages === undefined ? 0 : deductedShare(w.employmentWages * EMPLOYMENT_PERMILLE, 1_000);
  return [healthShare, withCare - healthShare, withSupport - withCare, halfShare(w.pensionStandard, RATES.pension), employment];
}

/** 令和8年分 月額表: 7人を超える 1人につき 1,610円 less; 乙 below 105,000円 is 3.063%, 1円未満切捨て. */
function taxFromTable(taxable: number, column: "甲" | "乙", dependents: number): number {
  if (column === "乙" && taxable < 105_000) return Math.floor((taxable * 3_063) / 100_000);
  if (dependents <= 7) return r8MonthlyTax(taxable, column, dependents);
  return Math.max(0, r8MonthlyTax(taxable, column, 7) - 1_610 * (dependents - 7));
}

test("the rates the working uses are those of the official files for 10月分 2026 and 令和8年度", () => {
  const prefectures = referenceCsv("social-insurance/kyoukai-kenpo-prefecture-rates.csv");
  const r8 = (name: string) => prefectures.find((p) => p.prefecture === name)?.["r8_2026-03_pct"];
  expect([r8("東京都"), r8("大阪府")]).toEqual(["9.85", "10.13"]);
  const kenpo = referenceYaml("social-insurance/kyoukai-kenpo-rates.yaml");
  const care = kenpo.care_insurance_rate.filter((c: any) => String(c.effective).slice(0, 10) <= "2026-10-01").at(-1);
  expect([String(care.effective).slice(0, 10), care.rate_pct]).toEqual(["2026-03-01", 1.62]);
  expect([String(kenpo.child_support_levy[0].effective).slice(0, 10), kenpo.child_support_levy[0].rate_pct]).toEqual(["2026-04-01", 0.23]);
  expect(referenceYaml("social-insurance/pension-and-common-rules.yaml").kosei_nenkin_rate.at(-1).rate_pct).toBe(18.3);
  const fy2026 = referenceYaml("labor-insurance/employment-insurance-rates.yaml").fiscal_years.find((f: any) => f.fiscal_year === 2026);
  expect(fy2026.general.employee_permille).toBe(EMPLOYMENT_PERMILLE);
  expect([RATES.東京都, RATES.大阪府, RATES.care, RATES.support, RATES.pension]).toEqual([985, 1013, 162, 23, 1830]);
});

describe.each(WORKED)("$id", (w) => {
  const [health, care, childSupport, pension, employment, incomeTax, net] = w.expected;
  const socialInsurance = health + care + childSupport + pension + employment;
  const taxable = w.gross - w.exempt - socialInsurance;

  test("premiums follow from the official rates", () => {
    expect(premiumsFromRates(w)).toEqual([health, care, childSupport, pension, employment]);
  });

  test("所得税 is the 令和8年分 月額表 row of the 課税対象額", () => {
    expect(taxFromTable(taxable, w.column, w.dependents)).toBe(incomeTax);
  });

  test("差引支給額 = 総支給 − 社会保険料 − 所得税 − 住民税 − 臨時控除", () => {
    expect(w.gross - socialInsurance - incomeTax - w.residentTax - w.extraDeduction).toBe(net);
  });
});

test("results-2026-11.csv holds exactly the hand-worked figures, one row per employee", () => {
  const text = fs.readFileSync(path.resolve(__dirname, "../../cli/fixtures/drill/results-2026-11.csv"), "utf8");
  const [header, ...rows] = text.replace(/^\uFEFF/, "").trim().split(/\r?\n/).map((l) => l.split(","));
  expect(header).toEqual(["社員番号", "氏名", "対象年月", "総支給額", "健康保険", "介護保険", "子ども・子育て支援金", "厚生年金", "雇用保険", "所得税", "住民税", "差引支給額"]);
  const figures = rows.map(([id, , month, gross, health, care, support, pension, employment, tax, resident, net]) => [
    id, month, ...[gross, health, care, support, pension, employment, tax, resident, net].map(Number),
  ]);
  expect(figures).toEqual(
    WORKED.map((w) => {
      const [health, care, support, pension, employment, tax, net] = w.expected;
      return [w.id, "2026-11", w.gross, health, care, support, pension, employment, tax, w.residentTax, net];
    }),
  );
});

test("changed-2026-11.csv: 0002 at the old grade, 0009's 支援金 rounded on its own and 0013 follow from the same tables", () => {
  const text = fs.readFileSync(path.resolve(__dirname, "../../cli/fixtures/drill/changed-2026-11.csv"), "utf8");
  const row = (id: string) => text.split(/\r?\n/).find((l) => l.startsWith(`${id},`))?.split(",").slice(3).map(Number);
  const base = (id: string) => WORKED.find((w) => w.id === id) as Worked;
  const oldGrade: Worked = { ...base("0002"), healthStandard: 300_000, pensionStandard: 300_000 };
  const [h, c, s, p, e] = premiumsFromRates(oldGrade);
  const tax = taxFromTable(oldGrade.gross - oldGrade.exempt - (h + c + s + p + e), "甲", 0);
  expect([h, s, p, tax]).toEqual([14_775, 345, 27_450, 7_180]);
  expect(row("0002")).toEqual([335_320, h, c, s, p, e, tax, 18_000, 335_320 - (h + c + s + p + e) - tax - 18_000]);
  expect(halfShare(830_000, RATES.support)).toBe(954);
  expect(row("0009")?.slice(3)).toEqual([954, 59_475, 0, 57_120, 60_000, 581_574]);
  expect(row("0006")).toBeUndefined();
  const stranger: Worked = { ...base("0002"), id: "0013", healthStandard: 200_000, pensionStandard: 200_000, gross: 200_000, employmentWages: 200_000, exempt: 0 };
  const [h13, c13, s13, p13, e13] = premiumsFromRates(stranger);
  const si13 = h13 + c13 + s13 + p13 + e13;
  const tax13 = taxFromTable(200_000 - si13, "甲", 0);
  expect(row("0013")).toEqual([200_000, 9_850, 0, 230, 18_300, 1_000, tax13, 0, 200_000 - si13 - tax13]);
  expect([tax13, 200_000 - si13 - tax13]).toEqual([3_270, 167_350]);
});
