/**
 * Tables are chosen by the payment date (支払日), on both sides of each year boundary; a date with no table
 * is #N/A naming the table and the year, never an older table.
 */
import { CalcError } from "../../../src/calc/vocabulary/errors";
import { isoToDay } from "../../../src/calc/dates/calendar";
import { monthlyWithholding } from "../../../src/calc/withholding/monthlyWithholding";
import { dailyWithholding } from "../../../src/calc/withholding/dailyWithholding";
import { bonusWithholdingRate } from "../../../src/calc/withholding/bonusWithholdingRate";
import { bonusRateTables, dailyTaxTables, monthlyTaxTables } from "../../../src/calc/law/withholding";
import { pastHorizon } from "../../support/lawHorizon";

// 300,000円 甲0人: 令和2〜7年分 8,420 / 令和8年分 7,930 / 令和9年分 7,760 (each table's 299,000〜302,000 row).
const monthly: [string, number][] = [
  ["2020-01-01", 8_420],
  ["2025-12-31", 8_420],
  ["2026-01-01", 7_930],
  ["2026-12-31", 7_930],
  ["2027-01-01", 7_760],
  ["2027-12-31", 7_760],
];

test.each(monthly)("月額表 支払日 %s: 300,000円 甲0人 = %i", (day, expected) => {
  expect(monthlyWithholding({ taxable: 300_000, dependents: 0, column: "甲", paymentDate: isoToDay(day) })).toBe(expected);
});

function naMessage(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof CalcError && e.code === "#N/A") return e.message;
    throw e;
  }
  throw new Error("expected #N/A");
}

const MONTHLY = pastHorizon(monthlyTaxTables);
const DAILY = pastHorizon(dailyTaxTables);
const BONUS = pastHorizon(bonusRateTables);
const missing: [string, string, () => unknown, RegExp][] = [
  ["月額表", "2019-12-31", () => monthlyWithholding({ taxable: 300_000, dependents: 0, column: "甲", paymentDate: isoToDay("2019-12-31") }), /月額表.*平成31年分/],
  ["月額表", MONTHLY.iso, () => monthlyWithholding({ taxable: 300_000, dependents: 0, column: "甲", paymentDate: isoToDay(MONTHLY.iso) }), new RegExp(`月額表.*${MONTHLY.reiwaYear}`)],
  ["日額表", "2025-12-31", () => dailyWithholding({ taxable: 10_000, dependents: 0, column: "甲", paymentDate: isoToDay("2025-12-31") }), /日額表.*令和7年分/],
  ["日額表", DAILY.iso, () => dailyWithholding({ taxable: 10_000, dependents: 0, column: "甲", paymentDate: isoToDay(DAILY.iso) }), new RegExp(`日額表.*${DAILY.reiwaYear}`)],
  ["賞与の算出率の表", BONUS.iso, () => bonusWithholdingRate({ prevMonthTaxable: 300_000, dependents: 0, column: "甲", paymentDate: isoToDay(BONUS.iso) }), new RegExp(`賞与.*算出率の表.*${BONUS.reiwaYear}`)],
];

test.each(missing)("%s 支払日 %s is #N/A naming the table and year", (_table, _day, run, pattern) => {
  expect(naMessage(run)).toMatch(pattern);
});

test("the day before a table still has its own (日額表 2026-12-31 → 令和8年分)", () => {
  expect(dailyWithholding({ taxable: 10_000, dependents: 0, column: "甲", paymentDate: isoToDay("2026-12-31") })).toBe(265);
});
