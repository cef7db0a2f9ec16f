/**
 * 利用者が追加する源泉徴収税額表 (賞与の算出率の表・日額表): the fixtures are TEST COPIES — the 令和8年分 tables
 * (test/fixtures/official/withholding) relabelled 令和9年分, not real 令和9年分 law — so the user path must give
 * the known 令和8年分 answers for pay dates in that year, and nothing without the files. They are relabelled
 * again to the year after the built-in tables, so they stay "next year" when a release adds that year.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadUserLaw, UserLawError, UserLawFile } from "../../../src/calc/law/userLaw";
import { readUserLawFile } from "../../../src/import/userLaw";
import { isoToDay } from "../../../src/calc/dates/calendar";
import { bonusRateTables, dailyTaxTables } from "../../../src/calc/law/withholding";
import { bonusWithholdingRate } from "../../../src/calc/withholding/bonusWithholdingRate";
import { bonusWithholding } from "../../../src/calc/withholding/bonusWithholding";
import { dailyWithholding } from "../../../src/calc/withholding/dailyWithholding";
import { computeBonus } from "../../../src/calc/payroll/computeBonus";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { Employee } from "../../../src/calc/payroll/employee";
import { pastHorizon } from "../../support/lawHorizon";

const BONUS_YEAR = pastHorizon(bonusRateTables);
const DAILY_YEAR = pastHorizon(dailyTaxTables);
const reiwa = (year: number) => `令和${year - 2018}年分`;
/** A test copy as the table of `year` (its 「年分」 line is the second). */
function fixture(name: string, year: string): UserLawFile {
  return edited(readUserLawFile(name, fs.readFileSync(path.join(__dirname, "fixtures", name))), (rows) => {
    rows[1][1] = year;
  });
}
const BONUS = fixture("user-bonus-rate-r09-test-copy.csv", BONUS_YEAR.reiwaYear);
const DAILY = fixture("user-daily-r09-test-copy.csv", DAILY_YEAR.reiwaYear);
const law = loadUserLaw([BONUS, DAILY]);
const JAN = isoToDay(`${BONUS_YEAR.year}-01-15`);
const DAILY_JAN = isoToDay(`${DAILY_YEAR.year}-01-15`);

function problems(...files: UserLawFile[]): string[] {
  try {
    loadUserLaw(files);
  } catch (e) {
    if (e instanceof UserLawError) return [...e.problems];
    throw e;
  }
  throw new Error("the files loaded without a problem");
}

/** The bonus fixture with its cells changed: row numbers are the file's (1-based). */
function edited(file: UserLawFile, change: (rows: string[][]) => void): UserLawFile {
  const rows = file.cells.map((r) => [...r]);
  change(rows);
  return { name: file.name, cells: rows };
}

describe("the test copies load as the next year's tables and equal the built-in 令和8年分 tables value for value", () => {
  test("one table of each kind, for the year after the built-in data, with its 出典", () => {
    expect(law.userTaxTables?.map((t) => [t.kind, t.year, t.source.startsWith("試験用の写し"), t.origin])).toEqual([
      ["賞与の算出率の表", BONUS_YEAR.year, true, "user-bonus-rate-r09-test-copy.csv"],
      ["日額表", DAILY_YEAR.year, true, "user-daily-r09-test-copy.csv"],
    ]);
  });
  test("the compiled tables are the built-in 令和8年分 ones but for their names", () => {
    const [bonus, daily] = law.userTaxTables!;
    const r8 = isoToDay("2026-06-01");
    expect({ ...bonus.table, name: "" }).toEqual({ ...bonusRateTables.find(r8)!, name: "" });
    expect({ ...daily.table, name: "" }).toEqual({ ...dailyTaxTables.find(r8)!, name: "" });
  });
});

describe("next year's pay dates answer from the user's table only when it is passed", () => {
  test("算出率 前月 300,000・甲・扶養2 → band 276,000以上321,000未満 of kou_2 → 4.084% (40,840 ppm)", () => {
    expect(bonusWithholdingRate({ prevMonthTaxable: 300_000, dependents: 2, column: "甲", paymentDate: JAN, law })).toBe(40_840);
    expect(() => bonusWithholdingRate({ prevMonthTaxable: 300_000, dependents: 2, column: "甲", paymentDate: JAN })).toThrow(BONUS_YEAR.reiwaYear);
  });
  test("賞与 500,000 × 4.084% = 20,420; 乙 前月 300,000 → 30.63%: 500,000 × 30.63% = 153,150", () => {
    const bonus = (column: "甲" | "乙") => bonusWithholding({ bonusTaxable: 500_000, prevMonthTaxable: 300_000, dependents: 2, column, paymentDate: JAN, periodMonths: 6, law });
    expect(bonus("甲")).toBe((500_000 * 4_084) / 100_000);
    expect(bonus("乙")).toBe((500_000 * 3_063) / 10_000);
  });
  test("日額表 10,000円・甲・扶養0 → 265 (as 令和8年分); 丙 116,500円 → 28,486; without the file #N/A", () => {
    expect(dailyWithholding({ taxable: 10_000, dependents: 0, column: "甲", paymentDate: DAILY_JAN, law })).toBe(265);
    expect(dailyWithholding({ taxable: 116_500, dependents: 0, column: "丙", paymentDate: DAILY_JAN, law })).toBe(28_486);
    expect(() => dailyWithholding({ taxable: 10_000, dependents: 0, column: "甲", paymentDate: DAILY_JAN })).toThrow(/日額表/);
  });
  test("the built-in table still answers 2026 whatever the user added; the year after the user's stays #N/A", () => {
    expect(dailyWithholding({ taxable: 10_000, dependents: 0, column: "甲", paymentDate: isoToDay("2026-11-25"), law })).toBe(265);
    expect(() => bonusWithholdingRate({ prevMonthTaxable: 300_000, dependents: 2, column: "甲", paymentDate: isoToDay(`${BONUS_YEAR.year + 1}-01-10`), law })).toThrow(reiwa(BONUS_YEAR.year + 1));
  });
  test("computeBonus paid 1月15日 of the next year takes the user's 算出率: the same tax as the same bonus paid 12月15日 before", () => {
    const employee: Employee = {
      id: "E001", name: "見本 太郎", birthDate: "1990-01-15", hireDate: "2015-04-01", payType: "monthly", baseSalary: 300_000,
      fixedAllowance: 0, commuteAllowance: 0, commuteExempt: 0, healthInsurer: "東京都", healthStandard: 300_000, pensionStandard: 300_000,
      employmentInsurance: "general", taxColumn: "甲", dependents: 2, residentTax: 0,
    };
    const run = (payDate: string, withLaw: boolean) => computeBonus({
      employee, bonus: 600_000, prevMonthTaxable: 300_000, fiscalYearToDate: 0, settings: defaultPayrollSettings(payDate.slice(0, 7), { payDate }), ...(withLaw ? { law } : {}),
    });
    const jan = run(`${BONUS_YEAR.year}-01-15`, true);
    // 600,000 − 社会保険料 88,140 (as 2026) = 511,860 × 4.084% = 20,904.36 → 20,904
    expect(jan.taxable).toBe(511_860);
    expect(jan.incomeTax).toBe(20_904);
    expect(jan.incomeTax).toBe(run(`${BONUS_YEAR.year - 1}-12-15`, false).incomeTax);
    expect(() => run(`${BONUS_YEAR.year}-01-15`, false)).toThrow(/賞与/);
  });
});

describe("strict: every problem names the file, the row, the column and the value, all at once", () => {
  test("no 出典, a gap, an overlap, a non-increasing band", () => {
    const found = problems(edited(BONUS, (rows) => {
      rows[2] = ["出典", ""];
      rows[5][2] = "83000"; // row 6: kou_0 0〜82,000 then 83,000〜: 82,000〜83,000 is missing
      rows[6][2] = "90000"; // row 7: 90,000〜 while row 6 runs to 94,000
      rows[7][3] = "250000"; // row 8: 260,000以上 250,000未満 (and then 250,000〜309,000 is missing)
    }));
    expect(found).toHaveLength(5);
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/user-bonus-rate-r09-test-copy.csv 3行目「出典」: 出典/),
      expect.stringMatching(/6行目「prev_month_from_inclusive」の「83000」: kou_0: 前の行（5行目）は 82000 未満までで、82000 から 83000 までが抜けています/),
      expect.stringMatching(/7行目「prev_month_from_inclusive」の「90000」: kou_0: 前の行（6行目）の 94000 未満までと重なっています/),
      expect.stringMatching(/8行目「prev_month_to_exclusive」の「250000」: kou_0: 未満の金額が以上の金額（260000）より大きくありません/),
      expect.stringMatching(/9行目「prev_month_from_inclusive」の「309000」: kou_0: 前の行（8行目）は 250000 未満までで/),
    ]));
  });
  test("a missing column, a missing 年分, a missing 欄 (otsu)", () => {
    const noColumn = edited(BONUS, (rows) => rows.forEach((r) => r.splice(3, 1)));
    expect(problems(noColumn)).toEqual([expect.stringMatching(/4行目（見出し）: 列「prev_month_to_exclusive」がありません/)]);
    const noYear = edited(BONUS, (rows) => rows.splice(1, 1));
    expect(problems(noYear)[0]).toMatch(/「年分,令和9年分」の行がありません/);
    const noOtsu = edited(BONUS, (rows) => rows.splice(rows.length - 5, 5));
    expect(problems(noOtsu)).toEqual([expect.stringMatching(/「column」が otsu の行がありません/)]);
  });
  test("a year the built-in data has with other values; the same values are taken with a notice", () => {
    const r8 = edited(BONUS, (rows) => {
      rows[1][1] = "令和8年分";
    });
    expect(loadUserLaw([r8]).notices).toEqual([expect.stringMatching(/令和8年分.*組み込みのデータと同じ表のため、組み込みのデータを使います/)]);
    const r8Changed = edited(r8, (rows) => {
      rows[5][1] = "2.000";
    });
    expect(problems(r8Changed)).toEqual([expect.stringMatching(/「年分」の「令和8年分」（賞与の算出率の表）: 組み込みの賞与の算出率の表 令和8年分と値が違います（最初の違いは kou_0 の 2番目の行（組み込み: 82000円以上 2.042%、このファイル: 82000円以上 2%））/)]);
  });
  test("a 日額表 of 令和8年分 with one amount changed names the row", () => {
    const r8 = edited(DAILY, (rows) => {
      rows[1][1] = "2026";
      rows[8][2] = "16"; // row 9: 3,600〜3,700円 甲0人 10 → 16
    });
    expect(problems(r8)).toEqual([expect.stringMatching(/（日額表）: 組み込みの日額表 令和8年分と値が違います（最初の違いは from_inclusive 3600 の行/)]);
  });
  test("a year after a missing one (the year after next with no next year) and two tables of the same year", () => {
    const r10 = edited(BONUS, (rows) => {
      rows[1][1] = String(BONUS_YEAR.year + 1);
    });
    expect(problems(r10)).toEqual([expect.stringMatching(`${BONUS_YEAR.reiwaYear}が抜けています`)]);
    expect(problems(BONUS, { ...BONUS, name: "again.csv" })).toEqual([expect.stringMatching(/again.csv.*同じ年分/)]);
  });
  test("日額表: a rate that is not a fraction, an amount that is not yen, and the missing 備考 amount", () => {
    const bad = edited(DAILY, (rows) => {
      rows.splice(3, 1); // 甲欄7人を超える…
      rows[6][2] = "五";
      rows[rows.length - 1][12] = "45.945";
    });
    const found = problems(bad);
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/「甲欄7人を超える1人ごとの控除額,…」の行がありません/),
      expect.stringMatching(/7行目「kou_0」の「五」: 金額は0以上の整数/),
      expect.stringMatching(/「kou_over_from_rate」の「45.945」: 算式の率を小数で/),
    ]));
    expect(found).toHaveLength(3);
  });
  test("日額表: a blank 乙 with no 算式 above it is named in the file's words", () => {
    const bad = edited(DAILY, (rows) => {
      rows[6][10] = ""; // row 7: 0〜3,500円, whose 乙 is the first 算式 (0 + 3.063%)
      rows[6][13] = "";
    });
    expect(problems(bad)).toEqual([expect.stringMatching(/user-daily-r09-test-copy.csv 7行目「otsu」の「（空欄）」: 空欄は上の算式の行の続き/)]);
  });
});

test("the templates are recognised by their first line and, empty, fail on the 出典 and the missing rows", () => {
  const root = path.join(__dirname, "../../..");
  const template = (name: string) => readUserLawFile(name, fs.readFileSync(path.join(root, "templates", name)));
  expect(problems(template("law-bonus-rate-template.csv"))).toEqual([
    expect.stringMatching(/law-bonus-rate-template.csv 3行目「出典」: 出典/),
    expect.stringMatching(/law-bonus-rate-template.csv: 表の行がありません/),
  ]);
  expect(problems(template("law-daily-template.csv"))).toEqual(expect.arrayContaining([
    expect.stringMatching(/4行目「甲欄7人を超える1人ごとの控除額」の「（空欄）」: 金額/),
    expect.stringMatching(/law-daily-template.csv: 表の行がありません/),
  ]));
});
