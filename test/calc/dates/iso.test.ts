/** ISO dates and months, and the first day of a month, as the date module reads and writes them. */
import { dayOf, isoMonthOf, isoOf, isoToDay, monthStart, monthStartAfter, readIsoDay, readIsoMonth } from "../../../src/calc/dates/calendar";

test.each([
  ["2026-11-25", "2026-11-25"],
  ["2026-02-30", undefined],
  ["2026/11/25", undefined],
  ["2026-11", undefined],
  [" 2026-11-25", undefined],
])("readIsoDay(%j) → %j", (text, iso) => {
  const day = readIsoDay(text);
  expect(day === undefined ? undefined : isoOf(day)).toBe(iso);
});

test.each([
  ["2026-11", "2026-11-01"],
  ["2026-13", undefined],
  ["2026-11-25", undefined],
  ["2026/11", undefined],
])("readIsoMonth(%j) → %j", (text, iso) => {
  const day = readIsoMonth(text);
  expect(day === undefined ? undefined : isoOf(day)).toBe(iso);
});

test("isoToDay says what is wrong with the text of the law data", () => {
  expect(isoOf(isoToDay("2027-03-01"))).toBe("2027-03-01");
  expect(() => isoToDay("2027/03/01")).toThrow(/not an ISO date/);
  expect(() => isoToDay("2027-02-29")).toThrow(/no such calendar day/);
});

test("the first day of a month, and of months before and after it", () => {
  expect(isoOf(monthStart(dayOf(2026, 11, 25)))).toBe("2026-11-01");
  expect(isoOf(monthStartAfter(dayOf(2026, 1, 31), -1))).toBe("2025-12-01");
  expect(isoOf(monthStartAfter(dayOf(2026, 11, 25), 2))).toBe("2027-01-01");
  expect(isoMonthOf(dayOf(2026, 11, 25))).toBe("2026-11");
});
