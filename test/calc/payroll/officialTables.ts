/**
 * Expected withholding taken from the official tables gathered in test/fixtures/official (令和8年分 月額表 and
 * 賞与の算出率の表), looked up by the table's own 以上・未満 bands — never computed by our code.
 */
import { nonEmpty, referenceCsv } from "../../support/reference";

const monthly = nonEmpty(referenceCsv("withholding/monthly-table-r08-2026.csv"), "monthly-table-r08-2026");
const bonusRates = nonEmpty(referenceCsv("withholding/bonus-rate-table-r08-2026.csv"), "bonus-rate-table-r08-2026");

/** 令和8年分 月額表: the tax of a row below 740,000円 (the rows with a printed amount, not the 速算式). */
export function r8MonthlyTax(taxable: number, column: "甲" | "乙", dependents = 0): number {
  const lowest = column === "乙" ? 105_000 : 0; // 乙's first row is a rate (3.063%), not a printed amount
  if (taxable < lowest || taxable >= 740_000) throw new Error(`test helper covers the printed rows only: ${taxable}`);
  const row = monthly.find((r) => Number(r.from_inclusive) <= taxable && taxable < Number(r.to_exclusive));
  if (!row) throw new Error(`no row for ${taxable}`);
  return Number(column === "乙" ? row.otsu : row[`kou_${dependents}`]);
}

/** 令和8年分 賞与の算出率の表: the rate (percent, as printed, e.g. "4.084") for the previous month's taxable pay. */
export function r8BonusRatePct(prevMonthTaxable: number, column: "甲" | "乙", dependents = 0): string {
  const key = column === "乙" ? "otsu" : `kou_${dependents}`;
  const row = bonusRates.find(
    (r) => r.column === key && Number(r.prev_month_from_inclusive) <= prevMonthTaxable && (r.prev_month_to_exclusive === "" || prevMonthTaxable < Number(r.prev_month_to_exclusive)),
  );
  if (!row) throw new Error(`no bonus rate row for ${key} ${prevMonthTaxable}`);
  return row.rate_pct;
}

/** bonus × rate%, 1円未満切捨て, in integers: the rate has 3 decimals in percent (4.084% = 4084 / 100,000). */
export function timesRateFloor(amount: number, ratePct: string): number {
  const [i, f = ""] = ratePct.split(".");
  const per100k = Number(i) * 1000 + Number(f.padEnd(3, "0"));
  return Math.floor((amount * per100k) / 100_000);
}
