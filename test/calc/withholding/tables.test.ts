/**
 * Every row of every gathered table, at its first and last yen (so both sides of every edge), in every
 * column: our loaded data and lookup must reproduce the official transcriptions in test/fixtures/official.
 * 算式行 are checked at their anchor, inside, at their last yen and beyond the last anchor.
 */
import { dayOf } from "../../../src/calc/dates/calendar";
import { monthlyTaxTables, dailyTaxTables, bonusRateTables } from "../../../src/calc/law/withholding";
import { monthlyWithholding } from "../../../src/calc/withholding/monthlyWithholding";
import { dailyWithholding } from "../../../src/calc/withholding/dailyWithholding";
import { bonusWithholdingRate } from "../../../src/calc/withholding/bonusWithholdingRate";
import { WithholdingColumn } from "../../../src/calc/withholding/types";
import { nonEmpty, referenceCsv } from "../../support/reference";
import { edgeAmounts, referenceTable, referenceTax, RefRow } from "./reference";

const MONTHLY = [
  { name: "月額表 令和2年分〜令和7年分", file: "monthly-table-r02-r07-2020-2025.csv", day: dayOf(2023, 6, 25) },
  { name: "月額表 令和8年分", file: "monthly-table-r08-2026.csv", day: dayOf(2026, 6, 25) },
  { name: "月額表 令和9年分", file: "monthly-table-r09-2027.csv", day: dayOf(2027, 6, 25) },
];

type Mismatch = { amount: number; column: string; dependents: number; expected: number; actual: number | string };

function check(rows: RefRow[], row: RefRow, columns: WithholdingColumn[], perPerson: number, tax: (amount: number, column: WithholdingColumn, dependents: number) => number): Mismatch[] {
  const out: Mismatch[] = [];
  for (const amount of edgeAmounts(row)) {
    for (const column of columns) {
      const deps = column === "甲" ? [0, 1, 2, 3, 4, 5, 6, 7, 8, 10] : [0];
      for (const dependents of deps) {
        const expected = referenceTax(rows, amount, column, dependents, perPerson);
        let actual: number | string;
        try {
          actual = tax(amount, column, dependents);
        } catch (e) {
          actual = String(e);
        }
        if (actual !== expected) out.push({ amount, column, dependents, expected, actual });
      }
    }
  }
  return out;
}

describe.each(MONTHLY)("$name: every row edge, 甲0〜7人・8人・10人 and 乙", ({ file, day }) => {
  const rows = referenceTable(file);
  test("the loaded table has the reference's rows and bounds", () => {
    expect(rows.length).toBeGreaterThan(200);
    const loaded = monthlyTaxTables.at(day);
    expect(loaded.from).toEqual(rows.map((r) => r.from));
    rows.slice(0, -1).forEach((r, i) => expect(r.to).toBe(rows[i + 1].from));
  });
  test.each(rows.map((r) => [r.id, r.from, r.to ?? "", r]))("row %i [%i, %s)", (_id, _from, _to, row) => {
    const mismatches = check(rows, row as RefRow, ["甲", "乙"], 1610, (amount, column, dependents) =>
      monthlyWithholding({ taxable: amount, dependents, column: column as "甲" | "乙", paymentDate: day }));
    expect(mismatches).toEqual([]);
  });
});

describe("日額表 令和8年分: every row edge, 甲0〜7人・8人・10人, 乙 and 丙", () => {
  const rows = referenceTable("daily-table-r08-2026.csv");
  const day = dayOf(2026, 6, 25);
  test("the loaded table has the reference's rows", () => {
    expect(rows.length).toBeGreaterThan(200);
    expect(dailyTaxTables.at(day).from).toEqual(rows.map((r) => r.from));
  });
  test.each(rows.map((r) => [r.id, r.from, r.to ?? "", r]))("row %i [%i, %s)", (_id, _from, _to, row) => {
    const mismatches = check(rows, row as RefRow, ["甲", "乙", "丙"], 50, (amount, column, dependents) =>
      dailyWithholding({ taxable: amount, dependents, column, paymentDate: day }));
    expect(mismatches).toEqual([]);
  });
});

const BONUS = [
  { name: "賞与の算出率の表 令和2年分〜令和7年分", file: "bonus-rate-table-r02-r07-2020-2025.csv", day: dayOf(2024, 12, 10) },
  { name: "賞与の算出率の表 令和8年分", file: "bonus-rate-table-r08-2026.csv", day: dayOf(2026, 12, 10) },
];

/** "4.084" (percent) → 40,840 ppm, by string arithmetic. */
const ppmOf = (pct: string) => {
  const [i, f = ""] = pct.split(".");
  return Number(i) * 10_000 + Number(f.padEnd(4, "0").slice(0, 4));
};

describe.each(BONUS)("$name: every band edge of every column", ({ file, day }) => {
  const bands = nonEmpty(referenceCsv(`withholding/${file}`), file);
  test("the loaded table has the reference's bands", () => {
    const loaded = bonusRateTables.at(day);
    for (let d = 0; d < 8; d++) expect(loaded.kou[d].from).toEqual(bands.filter((b) => b.column === `kou_${d}`).map((b) => Number(b.prev_month_from_inclusive)));
    expect(loaded.otsu.from).toEqual(bands.filter((b) => b.column === "otsu").map((b) => Number(b.prev_month_from_inclusive)));
  });
  test.each(bands.map((b, i) => [i, b.column, b.prev_month_from_inclusive, b.prev_month_to_exclusive, b]))("band %i %s [%s, %s)", (_i, col, fromText, toText, band) => {
    const from = Number(fromText);
    // A previous month of 0 cannot use the table (it is the 月額表 case), so the first band starts at 1円.
    const amounts = toText === "" ? [from, from + 5_000_000] : [Math.max(from, 1), Number(toText) - 1];
    const expected = ppmOf((band as Record<string, string>).rate_pct);
    const columns: [("甲" | "乙"), number[]][] = col === "otsu" ? [["乙", [0, 3]]] : col === "kou_7" ? [["甲", [7, 8, 12]]] : [["甲", [Number(col.slice(4))]]];
    for (const amount of amounts) {
      for (const [column, deps] of columns) {
        for (const dependents of deps) {
          expect({ amount, column, dependents, rate: bonusWithholdingRate({ prevMonthTaxable: amount, dependents, column, paymentDate: day }) }).toEqual({ amount, column, dependents, rate: expected });
        }
      }
    }
  });
});
