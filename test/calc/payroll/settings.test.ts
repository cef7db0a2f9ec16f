/** Default settings and their checks: messages name the setting, the value and what is allowed. */
import { defaultPayrollSettings, readSettings } from "../../../src/calc/payroll/settings";
import { isoOf } from "../../../src/calc/dates/calendar";

test("defaults: 支給日 the 25th of the period, 末日締め, 翌月徴収, 160時間・20日, 東京都, 一般", () => {
  expect(defaultPayrollSettings("2026-04")).toEqual({
    period: "2026-04", payDate: "2026-04-25", closingDay: 31, premiumTiming: "nextMonth", scheduledHoursPerMonth: 160,
    scheduledDaysPerMonth: 20, defaultInsurer: "東京都", defaultEmploymentInsurance: "general", companyName: "",
    childSupportRounding: "withHealth",
  });
  const r = readSettings(defaultPayrollSettings("2026-02"));
  expect([isoOf(r.period.start), isoOf(r.period.end), isoOf(r.payDay)]).toEqual(["2026-02-01", "2026-02-28", "2026-02-25"]);
});

test.each([
  ["対象年月の形", { period: "2026/04" }, /設定「対象年月」「2026\/04」/],
  ["存在しない支給日", { payDate: "2026-04-31" }, /設定「支給日」「2026-04-31」/],
  ["締め日 0", { closingDay: 0 }, /設定「締め日」「0」/],
  ["所定労働時間 0", { scheduledHoursPerMonth: 0 }, /設定「月平均所定労働時間」「0」/],
  ["徴収時期", { premiumTiming: "later" as never }, /設定「保険料の徴収時期」「later」/],
])("%s is refused with a message", (_n, over, message) => {
  expect(() => readSettings({ ...defaultPayrollSettings("2026-04"), ...over })).toThrow(message);
});

test("a period that is not YYYY-MM is refused by the defaults too", () => {
  expect(() => defaultPayrollSettings("R8.4")).toThrow(/対象年月「R8.4」/);
});
