/**
 * 利用者が追加した法令データ: the strict loader (every problem names its row, column and value), the built-in
 * data winning where both exist, and the rules answering from a user row only through an explicit law context.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadUserLaw, UserLawError, UserLawFile } from "../../../src/calc/law/userLaw";
import { BUILT_IN_LAW } from "../../../src/calc/law/lawContext";
import { isoToDay } from "../../../src/calc/law/timeline";
import { healthInsurancePremium } from "../../../src/calc/socialInsurance/healthInsurancePremium";
import { childSupportLevy } from "../../../src/calc/socialInsurance/childSupportLevy";
import { employmentInsurancePremium } from "../../../src/calc/employmentInsurance/employmentInsurancePremium";
import { readUserLawFile } from "../../../src/import/userLaw";
import { computePayroll } from "../../../src/calc/payroll/computePayroll";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { Employee } from "../../../src/calc/payroll/employee";

const HEADERS = ["表", "区分", "料率", "適用開始", "出典"];
const file = (...rows: string[][]): UserLawFile => ({ name: "law.csv", cells: [HEADERS, ...rows] });
const TOKYO = { kind: "kyoukai" as const, prefectureCode: 13 };
const FIXTURE = readUserLawFile("user-law-2027.csv", fs.readFileSync(path.join(__dirname, "fixtures/user-law-2027.csv")));
const law = loadUserLaw([FIXTURE]);

function problems(...rows: string[][]): string[] {
  try {
    loadUserLaw([file(...rows)]);
  } catch (e) {
    if (e instanceof UserLawError) return [...e.problems];
    throw e;
  }
  throw new Error("the rows loaded without a problem");
}

describe("rules answer from a user row only when it is passed", () => {
  const month = isoToDay("2027-03-01");
  test("健康保険 東京都 10.00% from 2027-03分: 300,000 × 10% ÷ 2 = 15,000; without it #N/A", () => {
    expect(healthInsurancePremium({ standardAmount: 300_000, insurer: TOKYO, month, care: false, part: "employee", law })).toBe(300_000 * 0.1 / 2);
    expect(() => healthInsurancePremium({ standardAmount: 300_000, insurer: TOKYO, month, care: false, part: "employee" })).toThrow(/協会けんぽ 健康保険料率は2027年3月分/);
  });
  test("介護 1.70% added: 300,000 × 11.70% = 35,100 ÷ 2 = 17,550", () => {
    expect(healthInsurancePremium({ standardAmount: 300_000, insurer: TOKYO, month, care: true, part: "employee", law })).toBe(17_550);
  });
  test("a prefecture the user did not add is still #N/A naming the table", () => {
    const osaka = { kind: "kyoukai" as const, prefectureCode: 27 };
    expect(() => healthInsurancePremium({ standardAmount: 300_000, insurer: osaka, month, care: false, part: "employee", law })).toThrow(/協会けんぽ 健康保険料率は2027年3月分.*「大阪府」の行はありません/);
  });
  test("支援金 0.40% from 2027-04分: 300,000 × 0.40% = 1,200 ÷ 2 = 600; 2027-03分 still the built-in 0.23% (345)", () => {
    expect(childSupportLevy({ standardAmount: 300_000, insurer: TOKYO, month: isoToDay("2027-04-01"), part: "employee", law })).toBe(600);
    expect(childSupportLevy({ standardAmount: 300_000, insurer: TOKYO, month, part: "employee", law })).toBe(345);
  });
  test("雇用保険 一般 5/1000 + 8.5/1000 for a wage closing date in FY2027: 300,000 → 1,500 / 4,050", () => {
    const day = isoToDay("2027-04-30");
    expect(employmentInsurancePremium({ wages: 300_000, businessType: "general", day, part: "employee", law })).toBe(1_500);
    expect(employmentInsurancePremium({ wages: 300_000, businessType: "general", day, part: "total", law })).toBe(300_000 * 13.5 / 1000);
    expect(() => employmentInsurancePremium({ wages: 300_000, businessType: "construction", day, part: "employee", law })).toThrow(/雇用保険料率/);
  });
  test("a user row runs to the table's usual revision: 協会けんぽ to 2028-02分, not beyond", () => {
    expect(healthInsurancePremium({ standardAmount: 300_000, insurer: TOKYO, month: isoToDay("2028-02-01"), care: false, part: "employee", law })).toBe(15_000);
    expect(() => healthInsurancePremium({ standardAmount: 300_000, insurer: TOKYO, month: isoToDay("2028-03-01"), care: false, part: "employee", law })).toThrow(/#?2028年3月分/);
  });
  test("no files: the built-in law itself", () => expect(loadUserLaw([])).toBe(BUILT_IN_LAW));
});

test("a payroll of 2027-04 (2027-03分, 翌月徴収) answers from the user's rows passed down, and fails without them", () => {
  const e: Employee = {
    id: "E001", name: "見本 太郎", birthDate: "1990-01-15", hireDate: "2015-04-01", payType: "monthly", baseSalary: 300_000,
    fixedAllowance: 0, commuteAllowance: 0, commuteExempt: 0, healthInsurer: "東京都", healthStandard: 300_000, pensionStandard: 300_000,
    employmentInsurance: "general", taxColumn: "甲", dependents: 0, residentTax: 0,
  };
  const outcome = computePayroll({ employee: e, variables: { employeeId: e.id }, settings: defaultPayrollSettings("2027-04"), law });
  if (outcome.status !== "paid") throw new Error("not paid");
  // 健保 300,000 × 10% ÷ 2 = 15,000 (user, 2027-03分); 支援金 built-in 0.23% → 345; 雇用保険 賃金締切日 2027-04-30: user 5/1000 → 1,500.
  expect(outcome.detail.line).toMatchObject({ health: 15_000, childSupport: 345, employment: 1_500 });
  expect(() => computePayroll({ employee: e, variables: { employeeId: e.id }, settings: defaultPayrollSettings("2027-04") })).toThrow(/2027年3月分/);
});

describe("built-in data wins where both exist, and the user is told", () => {
  test("a row equal to the built-in 令和8年度 東京都 9.85% is accepted with a notice", () => {
    const l = loadUserLaw([file(["協会けんぽ健康保険料率", "東京都", "9.85%", "2026-03", "協会けんぽ 令和8年度"])]);
    expect(l.notices).toEqual([expect.stringMatching(/law\.csv 2行目.*組み込みのデータを使います/)]);
  });
  test("a row that disagrees is an error naming the row, the column, the value and the built-in rate", () => {
    expect(problems(["協会けんぽ健康保険料率", "東京都", "9.90%", "2026-03", "x"])).toEqual([expect.stringMatching(/law\.csv 2行目.*「料率」の「9\.90%」.*9\.85%/)]);
  });
});

const BAD: [string, string[], RegExp][] = [
  ["no 出典", ["協会けんぽ健康保険料率", "東京都", "10%", "2027-03", ""], /2行目「出典」の「（空欄）」/],
  ["a gap after the built-in data", ["協会けんぽ健康保険料率", "東京都", "10%", "2027-04", "x"], /2行目.*「適用開始」.*2027-03-01 から 2027-03-31 までが抜けています/],
  ["a rate out of range (10 for 10‰)", ["雇用保険料率", "一般/労働者", "10", "2027-04-01", "x"], /2行目「料率」の「10」.*範囲/],
  ["a rate that is not a number", ["介護保険料率", "全国", "1,70%", "2027-03", "x"], /2行目「料率」の「1,70%」/],
  ["a bad date", ["介護保険料率", "全国", "1.7%", "2027-13", "x"], /2行目「適用開始」の「2027-13」/],
  ["a premium rate from mid-month", ["介護保険料率", "全国", "1.7%", "2027-03-15", "x"], /2行目「適用開始」の「2027-03-15」.*○月分/],
  ["an unknown table", ["厚生年金保険料率", "", "18.3%", "2027-03", "x"], /2行目「表」の「厚生年金保険料率」.*使える表/],
  ["an unknown prefecture", ["協会けんぽ健康保険料率", "東京府", "10%", "2027-03", "x"], /2行目「区分」の「東京府」.*都道府県名/],
  ["an unknown 事業の種類", ["雇用保険料率", "製造/労働者", "5/1000", "2027-04-01", "x"], /2行目「区分」の「製造\/労働者」/],
];

test.each(BAD)("%s is an error naming the row and column", (_id, row, expected) => {
  expect(problems(row)).toEqual([expect.stringMatching(expected)]);
});

test("two rows for the same table and 区分 may not overlap", () => {
  const rows = [["介護保険料率", "全国", "1.7%", "2027-03", "x"], ["介護保険料率", "全国", "1.8%", "2027-06", "y"]];
  expect(problems(...rows)).toEqual([expect.stringMatching(/3行目.*重なっています/)]);
});

test("missing or unknown headers are named", () => {
  expect(() => loadUserLaw([{ name: "law.csv", cells: [["表", "区分", "率", "適用開始"]] }])).toThrow(/1行目（見出し）: 列「料率」「出典」がありません。列「率」は使えません/);
});

test("every problem of a file is reported at once", () => {
  expect(problems(["介護保険料率", "全国", "x", "2027-03", ""], ["子ども・子育て支援金率", "", "0.4%", "bad", "x"])).toHaveLength(3);
});
