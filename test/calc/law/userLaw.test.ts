/**
 * 利用者が追加した法令データ: the strict loader (every problem names its row, column and value), the built-in
 * data winning where both exist, and the rules answering from a user row only through an explicit law context.
 */
import { loadUserLaw, UserLawError, UserLawFile } from "../../../src/calc/law/userLaw";
import { BUILT_IN_LAW } from "../../../src/calc/law/lawContext";
import { isoToDay } from "../../../src/calc/dates/calendar";
import { healthInsurancePremium } from "../../../src/calc/socialInsurance/healthInsurancePremium";
import { childSupportLevy } from "../../../src/calc/socialInsurance/childSupportLevy";
import { employmentInsurancePremium } from "../../../src/calc/employmentInsurance/employmentInsurancePremium";
import { readUserLawFile } from "../../../src/import/userLaw";
import { computePayroll } from "../../../src/calc/payroll/computePayroll";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { Employee } from "../../../src/calc/payroll/employee";
import { kyoukaiKenpoRates, childSupportLevyRate } from "../../../src/calc/law/socialInsurance";
import { employmentInsuranceRates } from "../../../src/calc/law/employmentInsurance";
import { monthlyTaxTables } from "../../../src/calc/law/withholding";
import { lastDayOfMonth, monthName, pastHorizon } from "../../support/lawHorizon";
import { LAW_HEADERS, nextYearLawCsv } from "../../support/nextYearLaw";

const file = (...rows: string[][]): UserLawFile => ({ name: "law.csv", cells: [LAW_HEADERS, ...rows] });
const TOKYO = { kind: "kyoukai" as const, prefectureCode: 13 };
const law = loadUserLaw([readUserLawFile("user-law-next.csv", new TextEncoder().encode(nextYearLawCsv()))]);
/** The first premium month, and 雇用保険 賃金締切日, past the built-in data: the user's rows start there. */
const KENPO = pastHorizon(kyoukaiKenpoRates);
const LEVY = pastHorizon(childSupportLevyRate);
const EMPLOYMENT = pastHorizon(employmentInsuranceRates);

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
  const month = isoToDay(KENPO.iso);
  test("健康保険 東京都 10.00% from the month after the data: 300,000 × 10% ÷ 2 = 15,000; without it #N/A", () => {
    expect(healthInsurancePremium({ standardAmount: 300_000, insurer: TOKYO, month, care: false, part: "employee", law })).toBe(300_000 * 0.1 / 2);
    expect(() => healthInsurancePremium({ standardAmount: 300_000, insurer: TOKYO, month, care: false, part: "employee" })).toThrow(`協会けんぽ 健康保険料率は${KENPO.monthName}`);
  });
  test("介護 1.70% added: 300,000 × 11.70% = 35,100 ÷ 2 = 17,550", () => {
    expect(healthInsurancePremium({ standardAmount: 300_000, insurer: TOKYO, month, care: true, part: "employee", law })).toBe(17_550);
  });
  test("a prefecture the user did not add is still #N/A naming the table", () => {
    const osaka = { kind: "kyoukai" as const, prefectureCode: 27 };
    expect(() => healthInsurancePremium({ standardAmount: 300_000, insurer: osaka, month, care: false, part: "employee", law })).toThrow(new RegExp(`協会けんぽ 健康保険料率は${KENPO.monthName}.*「大阪府」の行はありません`));
  });
  test("支援金 0.40% from the month after the data: 300,000 × 0.40% = 1,200 ÷ 2 = 600; the month before still the built-in rate", () => {
    const levy = (iso: string, withLaw?: typeof law) => childSupportLevy({ standardAmount: 300_000, insurer: TOKYO, month: isoToDay(iso), part: "employee", law: withLaw });
    expect(levy(LEVY.iso, law)).toBe(600);
    const before = `${LEVY.monthPlus(-1)}-01`;
    expect(levy(before, law)).toBe(levy(before));
  });
  test("雇用保険 一般 5/1000 + 8.5/1000 for a wage closing date in the 年度 after the data: 300,000 → 1,500 / 4,050", () => {
    const day = isoToDay(lastDayOfMonth(EMPLOYMENT.month));
    expect(employmentInsurancePremium({ wages: 300_000, businessType: "general", day, part: "employee", law })).toBe(1_500);
    expect(employmentInsurancePremium({ wages: 300_000, businessType: "general", day, part: "total", law })).toBe(300_000 * 13.5 / 1000);
    expect(() => employmentInsurancePremium({ wages: 300_000, businessType: "construction", day, part: "employee", law })).toThrow(/雇用保険料率/);
    // The same business and day right after, without the user's rows: the built-in data alone has no rate.
    expect(() => employmentInsurancePremium({ wages: 300_000, businessType: "general", day, part: "employee" })).toThrow(/雇用保険料率/);
  });
  test("a user row runs to the table's usual revision: 協会けんぽ to the next 2月分, not beyond", () => {
    expect(healthInsurancePremium({ standardAmount: 300_000, insurer: TOKYO, month: isoToDay(`${KENPO.monthPlus(11)}-01`), care: false, part: "employee", law })).toBe(15_000);
    expect(() => healthInsurancePremium({ standardAmount: 300_000, insurer: TOKYO, month: isoToDay(`${KENPO.monthPlus(12)}-01`), care: false, part: "employee", law })).toThrow(monthName(KENPO.monthPlus(12)));
  });
  test("no files: the built-in law itself", () => expect(loadUserLaw([])).toBe(BUILT_IN_LAW));
});

test("a payroll the month after (翌月徴収: the premium month after the data) answers from the user's rows passed down, and fails without them", () => {
  const e: Employee = {
    id: "E001", name: "見本 太郎", birthDate: "1990-01-15", hireDate: "2015-04-01", payType: "monthly", baseSalary: 300_000,
    fixedAllowance: 0, commuteAllowance: 0, commuteExempt: 0, healthInsurer: "東京都", healthStandard: 300_000, pensionStandard: 300_000,
    employmentInsurance: "general", taxColumn: "甲", dependents: 0, residentTax: 0,
  };
  const period = KENPO.monthPlus(1);
  const settings = defaultPayrollSettings(period);
  const pay = () => computePayroll({ employee: e, variables: { employeeId: e.id }, settings, law });
  expect(() => computePayroll({ employee: e, variables: { employeeId: e.id }, settings })).toThrow(KENPO.monthName);
  // The 月額表 of the pay date comes out in the autumn before, the 協会けんぽ rates in the February: in the months
  // between, the premiums pass on the user's rows and the payroll stops at the tax table instead.
  if (monthlyTaxTables.find(isoToDay(settings.payDate)) === undefined) {
    expect(pay).toThrow(/月額表/);
    return;
  }
  const outcome = pay();
  if (outcome.status !== "paid") throw new Error("not paid");
  // 健保 300,000 × 10% ÷ 2 = 15,000 from the user's row; 支援金 and 雇用保険 by the same law the rules see.
  const premiumMonth = isoToDay(KENPO.iso);
  const closingDay = isoToDay(lastDayOfMonth(period));
  expect(outcome.detail.line).toMatchObject({
    health: 15_000,
    childSupport: childSupportLevy({ standardAmount: 300_000, insurer: TOKYO, month: premiumMonth, part: "employee", law }),
    employment: employmentInsurancePremium({ wages: 300_000, businessType: "general", day: closingDay, part: "employee", law }),
  });
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
  ["no 出典", ["協会けんぽ健康保険料率", "東京都", "10%", KENPO.month, ""], /2行目「出典」の「（空欄）」/],
  ["a gap after the built-in data", ["協会けんぽ健康保険料率", "東京都", "10%", KENPO.monthPlus(1), "x"], new RegExp(`2行目.*「適用開始」.*${KENPO.iso} から ${lastDayOfMonth(KENPO.month)} までが抜けています`)],
  ["a rate out of range (10 for 10‰)", ["雇用保険料率", "一般/労働者", "10", EMPLOYMENT.iso, "x"], /2行目「料率」の「10」.*範囲/],
  ["a rate that is not a number", ["介護保険料率", "全国", "1,70%", KENPO.month, "x"], /2行目「料率」の「1,70%」/],
  ["a bad date", ["介護保険料率", "全国", "1.7%", `${KENPO.year}-13`, "x"], new RegExp(`2行目「適用開始」の「${KENPO.year}-13」`)],
  ["a premium rate from mid-month", ["介護保険料率", "全国", "1.7%", `${KENPO.month}-15`, "x"], new RegExp(`2行目「適用開始」の「${KENPO.month}-15」.*○月分`)],
  ["an unknown table", ["厚生年金保険料率", "", "18.3%", KENPO.month, "x"], /2行目「表」の「厚生年金保険料率」.*使える表/],
  ["an unknown prefecture", ["協会けんぽ健康保険料率", "東京府", "10%", KENPO.month, "x"], /2行目「区分」の「東京府」.*都道府県名/],
  ["an unknown 事業の種類", ["雇用保険料率", "製造/労働者", "5/1000", EMPLOYMENT.iso, "x"], /2行目「区分」の「製造\/労働者」/],
];

test.each(BAD)("%s is an error naming the row and column", (_id, row, expected) => {
  expect(problems(row)).toEqual([expect.stringMatching(expected)]);
});

test("two rows for the same table and 区分 may not overlap", () => {
  const rows = [["介護保険料率", "全国", "1.7%", KENPO.month, "x"], ["介護保険料率", "全国", "1.8%", KENPO.monthPlus(3), "y"]];
  expect(problems(...rows)).toEqual([expect.stringMatching(/3行目.*重なっています/)]);
});

test("missing or unknown headers are named", () => {
  expect(() => loadUserLaw([{ name: "law.csv", cells: [["表", "区分", "率", "適用開始"]] }])).toThrow(/1行目（見出し）: 列「料率」「出典」がありません。列「率」は使えません/);
});

test("every problem of a file is reported at once", () => {
  expect(problems(["介護保険料率", "全国", "x", KENPO.month, ""], ["子ども・子育て支援金率", "", "0.4%", "bad", "x"])).toHaveLength(3);
});
