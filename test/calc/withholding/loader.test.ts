/** The 税額表 loader is strict: a data error fails at load with a message naming the row and the fix. */
import { loadTaxTable } from "../../../src/calc/law/withholding";
import { MonthlyRow, TaxTableData } from "../../../src/calc/law/data/withholding/types";

const table = (rows: MonthlyRow[]): TaxTableData<MonthlyRow> => ({ rows, perDependentOverSeven: 1610, otsuPerDependent: 1610 });
const ok: MonthlyRow = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, "3.063"];

test.each<[string, MonthlyRow[], RegExp]>([
  ["no rows", [], /no rows/],
  ["first row not from 0", [[5, 0, 0, 0, 0, 0, 0, 0, 0, 0]], /must be 0 in the first row/],
  ["rows out of order", [ok, [100, 1, 0, 0, 0, 0, 0, 0, 0, 5], [50, 1, 0, 0, 0, 0, 0, 0, 0, 5]], /row 2.*increase strictly/],
  ["a fractional amount", [ok, [100, 1.5, 0, 0, 0, 0, 0, 0, 0, 5]], /甲0人: 1.5 is not a whole number/],
  ["a rate with too many places", [ok, [100, 1, 0, 0, 0, 0, 0, 0, 0, 5, "20.42001"]], /甲の率.*at most 4 places/],
  ["a blank 乙 with no 算式 above", [ok, [100, 1, 0, 0, 0, 0, 0, 0, 0, 5], [200, 1, 0, 0, 0, 0, 0, 0, 0, null]], /row 2 \(200円〜\) 乙: is blank but no 算式 above/],
])("%s fails at load", (_id, rows, message) => {
  expect(() => loadTaxTable("test table", table(rows), false)).toThrow(message);
});

test("a well-formed table loads, a blank 乙 continuing the 算式 above it", () => {
  const t = loadTaxTable("test table", table([ok, [100, 1, 0, 0, 0, 0, 0, 0, 0, 50, "20.42", "40.84"], [200, 2, 0, 0, 0, 0, 0, 0, 0, null, "23.483"]]), false);
  expect(t.from).toEqual([0, 100, 200]);
  expect(t.otsu).toEqual({ base: [0, 50, 50], anchor: [0, 100, 100], rate: [30_630, 408_400, 408_400] });
  expect(t.kouRate).toEqual([0, 204_200, 234_830]);
});
