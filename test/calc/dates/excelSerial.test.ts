/**
 * Excel date serials in both date systems (Microsoft Support「Date systems in Excel」: the 1900 date system
 * counts 1900-01-01 as 1 and keeps the fictitious 1900-02-29 as 60; the 1904 date system counts 1904-01-01 as 0).
 */
import { dayOf, isoOf } from "../../../src/calc/dates/calendar";
import { dayOfSerial, serial1900Of1904, serialOfDay } from "../../../src/calc/dates/excelSerial";

describe("the 1900 date system", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25_569, "1970-01-01"],
    [46_351, "2026-11-25"],
    [46_351.75, "2026-11-25"],
  ])("serial %d is %s", (serial, iso) => {
    expect(isoOf(dayOfSerial(serial))).toBe(iso);
  });
  test.each([
    ["1900-03-01", 61],
    ["1970-01-01", 25_569],
    ["2026-04-25", 46_137],
  ])("%s is serial %d", (iso, serial) => {
    const [year, month, day] = iso.split("-").map(Number);
    expect(serialOfDay(dayOf(year, month, day))).toBe(serial);
  });
});

describe("the 1904 date system", () => {
  test("serial 0 is 1904-01-01, the day 1900-system serial 1462 names", () => {
    expect(isoOf(dayOfSerial(0, "1904"))).toBe("1904-01-01");
    expect(serial1900Of1904(0)).toBe(1462);
    expect(dayOfSerial(serial1900Of1904(45_000))).toBe(dayOfSerial(45_000, "1904"));
  });
});
