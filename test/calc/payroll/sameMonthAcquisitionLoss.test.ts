/**
 * 同月得喪 and the leaver's last month, paid 2026-11-25 for 2026-11 (末日締め, 翌月徴収), 協会けんぽ東京都 令和8年度:
 * 健康保険 9.85%, 介護 1.62%, 子ども・子育て支援金 0.23% (2026-04分〜), 厚生年金 18.3%; 標準報酬月額 300,000.
 *   健康保険 300,000 × 9.85% = 29,550 ÷ 2 = 14,775
 *   健康保険＋介護 300,000 × 11.47% = 34,410 ÷ 2 = 17,205 → 介護 17,205 − 14,775 = 2,430
 *   支援金 300,000 × 0.23% = 690 ÷ 2 = 345;  厚生年金 300,000 × 18.3% = 54,900 ÷ 2 = 27,450
 * A month is owed from the month of 資格取得 to the month before 資格喪失, and the month itself when both fall in it
 * (健康保険法第156条第3項, 厚生年金保険法第19条第2項; 昭和27年7月1日 保文発第129107号); a leaver's salary deducts the
 * premium of the pay month too when it is the last insured month (健康保険法第167条第1項, 厚生年金保険法第84条第1項
 * の括弧書), since no later salary exists.
 */
import { computePayroll } from "../../../src/calc/payroll/computePayroll";
import { Employee } from "../../../src/calc/payroll/employee";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import { lastInsuredMonth } from "../../../src/calc/payroll/lastInsuredMonth";
import { dayOf, isoOf } from "../../../src/calc/dates/calendar";

const HEALTH = 14_775;
const CARE = 2_430;
const SUPPORT = 345;
const PENSION = 27_450;

type Case = [name: string, birthDate: string, hireDate: string, leaveDate: string, months: string[], health: number, care: number, childSupport: number, pension: number];

// prettier-ignore
const CASES: Case[] = [
  ["同月得喪 11/5 取得・11/20 退職 (喪失 11/21): 11月分を控除",             "1976-06-15", "2026-11-05", "2026-11-20", ["2026-10", "2026-11"], HEALTH, CARE, SUPPORT, PENSION],
  ["11/5 取得・11/30 退職 (喪失 12/1): 11月分を控除",                      "1976-06-15", "2026-11-05", "2026-11-30", ["2026-10", "2026-11"], HEALTH, CARE, SUPPORT, PENSION],
  ["10/1 取得・11/20 退職 (喪失 11/21): 10月分のみ、11月分はない",          "1976-06-15", "2026-10-01", "2026-11-20", ["2026-10"],            HEALTH, CARE, SUPPORT, PENSION],
  ["同月得喪、11/30 に 40歳到達 (1986-12-01生): 介護 11月分あり",          "1986-12-01", "2026-11-05", "2026-11-20", ["2026-10", "2026-11"], HEALTH, CARE, SUPPORT, PENSION],
  ["同月得喪、12/1 に 40歳到達 (1986-12-02生): 介護 11月分なし",           "1986-12-02", "2026-11-05", "2026-11-20", ["2026-10", "2026-11"], HEALTH, 0, SUPPORT, PENSION],
  ["同月得喪、11/9 に 70歳到達 (厚年 11/9 喪失): 厚年も同月得喪で 11月分",  "1956-11-10", "2026-11-05", "2026-11-20", ["2026-10", "2026-11"], HEALTH, 0, SUPPORT, PENSION],
  ["同月得喪、11/10 に 75歳 (健保 11/10 喪失・厚年なし): 健保 11月分",      "1951-11-10", "2026-11-05", "2026-11-20", ["2026-10", "2026-11"], HEALTH, 0, SUPPORT, 0],
];

function employee(birthDate: string, hireDate: string, leaveDate: string): Employee {
  return {
    id: "E001", name: "見本 太郎", birthDate, hireDate, leaveDate, payType: "monthly", baseSalary: 300_000, fixedAllowance: 0, commuteAllowance: 0,
    commuteExempt: 0, healthInsurer: "東京都", healthStandard: 300_000, pensionStandard: 300_000, employmentInsurance: "general", taxColumn: "甲",
    dependents: 0, residentTax: 0,
  };
}

test.each(CASES)("%s", (_name, birth, hire, leave, months, health, care, childSupport, pension) => {
  const outcome = computePayroll({ employee: employee(birth, hire, leave), settings: defaultPayrollSettings("2026-11") });
  if (outcome.status !== "paid") throw new Error(`expected a line, got ${JSON.stringify(outcome)}`);
  expect(outcome.detail.premiumMonths.map((m) => m.month)).toEqual(months);
  const { line } = outcome.detail;
  expect({ health: line.health, care: line.care, childSupport: line.childSupport, pension: line.pension }).toEqual({ health, care, childSupport, pension });
});

test("the note names only the months whose premium is deducted", () => {
  const outcome = computePayroll({ employee: employee("1976-06-15", "2026-11-05", "2026-11-20"), settings: defaultPayrollSettings("2026-11") });
  if (outcome.status !== "paid") throw new Error("expected a line");
  expect(outcome.detail.notes.filter((n) => n.startsWith("退職により"))).toEqual(["退職により 2026年11月分 の保険料を控除します（健康保険法第167条第1項括弧書）。"]);
});

describe("lastInsuredMonth", () => {
  const day = (iso: string) => dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
  test.each([
    ["同月得喪", "2026-11-05", "2026-11-21", "2026-11-01"],
    ["前月から引き続き", "2026-10-31", "2026-11-21", "2026-10-01"],
    ["喪失が月初 (前月末退職)", "2026-11-05", "2026-12-01", "2026-11-01"],
    ["年をまたぐ", "2025-04-01", "2027-01-01", "2026-12-01"],
  ])("%s: 取得 %s・喪失 %s → %s", (_n, acquired, lost, expected) => {
    expect(isoOf(lastInsuredMonth({ acquired: day(acquired), lost: day(lost) }))).toBe(expected);
  });
  test("取得日なし (前から被保険者)", () => expect(isoOf(lastInsuredMonth({ lost: day("2026-11-21") }))).toBe("2026-10-01"));
});
