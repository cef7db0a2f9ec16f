import { importMasterFile } from "../../../src/import";
import { collectLawInfo } from "../../../src/workbook/lawInfo";
import { planWorkbook } from "../../../src/workbook/plan";
import { evaluatePlan } from "../../support/referenceEvaluator";
import { SHEET } from "../../../src/workbook/layout";
import { masterCsvBytes } from "../fixtures";
import {
  defaultSettingsForm, normalizeDateText, normalizePeriodText, restoreSettingsForm, SettingsField, SettingsForm, validateSettingsForm,
} from "../../../src/taskpane/workflow/settingsForm";

const BASE: SettingsForm = defaultSettingsForm({ year: 2026, month: 4 });

describe("the default form", () => {
  test("is the month given, paid on the 25th, 末日締め, 翌月徴収, 160時間・20日, 東京都, 一般の事業 (defaultPayrollSettings)", () => {
    expect(BASE).toEqual({
      period: "2026-04",
      payDate: "2026-04-25",
      closingDay: "31",
      premiumTiming: "nextMonth",
      scheduledHoursPerMonth: "160",
      scheduledDaysPerMonth: "20",
      defaultInsurer: "東京都",
      defaultEmploymentInsurance: "general",
      companyName: "",
      childSupportRounding: "withHealth",
    });
    expect(validateSettingsForm(BASE)).toEqual({ settings: { ...BASE, closingDay: 31, scheduledHoursPerMonth: 160, scheduledDaysPerMonth: 20 }, errors: {}, warnings: [] });
  });
});

describe("what people type is read", () => {
  const periods: [string, string][] = [
    ["2026-04", "2026-04"],
    ["2026/4", "2026-04"],
    ["2026年4月", "2026-04"],
    ["２０２６－０４", "2026-04"],
    ["R8.4", "R8.4"],
  ];
  test.each(periods)("対象年月 %s → %s", (typed, read) => expect(normalizePeriodText(typed)).toBe(read));
  const dates: [string, string][] = [
    ["2026-04-24", "2026-04-24"],
    ["2026/4/24", "2026-04-24"],
    ["2026年4月24日", "2026-04-24"],
    ["２０２６/０４/２４", "2026-04-24"],
  ];
  test.each(dates)("支給日 %s → %s", (typed, read) => expect(normalizeDateText(typed)).toBe(read));
});

describe("each field names its own error, the value and what is allowed", () => {
  const cases: { id: string; change: Partial<SettingsForm>; field: SettingsField; message: RegExp }[] = [
    { id: "period-blank", change: { period: "" }, field: "period", message: /^対象年月「（空欄）」は使えません。"2026-04" の形/ },
    { id: "period-month13", change: { period: "2026-13" }, field: "period", message: /^対象年月「2026-13」は使えません。/ },
    { id: "payDate-feb30", change: { payDate: "2026-02-30" }, field: "payDate", message: /^支給日「2026-02-30」は使えません。.*実在する日付/ },
    { id: "closing-0", change: { closingDay: "0" }, field: "closingDay", message: /^締め日「0」は使えません。1〜31の日/ },
    { id: "hours-0", change: { scheduledHoursPerMonth: "0" }, field: "scheduledHoursPerMonth", message: /^月平均所定労働時間「0」は使えません。0より大きく744以下/ },
    { id: "hours-text", change: { scheduledHoursPerMonth: "abc" }, field: "scheduledHoursPerMonth", message: /「abc」は使えません/ },
    { id: "days-32", change: { scheduledDaysPerMonth: "32" }, field: "scheduledDaysPerMonth", message: /^月所定労働日数「32」は使えません。0より大きく31以下/ },
    { id: "insurer-unknown", change: { defaultInsurer: "東京" }, field: "defaultInsurer", message: /都道府県名（例: 東京都）を選んでください/ },
    { id: "rounding-unknown", change: { childSupportRounding: "both" as never }, field: "childSupportRounding", message: /^子ども・子育て支援金の端数処理を一覧から選んでください/ },
  ];
  test.each(cases)("$id: $change → $field", ({ change, field, message }) => {
    const r = validateSettingsForm({ ...BASE, ...change });
    expect(r.settings).toBeUndefined();
    expect(Object.keys(r.errors)).toEqual([field]);
    expect(r.errors[field]).toMatch(message);
  });
  test("the table has cases", () => expect(cases.length).toBeGreaterThan(0));

  test("full-width hours are read: １６３．３ → 163.3", () => {
    expect(validateSettingsForm({ ...BASE, scheduledHoursPerMonth: "１６３．３" }).settings?.scheduledHoursPerMonth).toBe(163.3);
  });
});

describe("a 支給日 outside the 対象年月 and the month after is a warning, not an error", () => {
  const cases: [string, string, number][] = [
    ["当月払い", "2026-04-24", 0],
    ["翌月払い", "2026-05-10", 0],
    ["前月", "2026-03-25", 1],
    ["2か月後", "2026-06-25", 1],
  ];
  test.each(cases)("%s: 対象年月 2026-04, 支給日 %s → %i warning(s)", (_, payDate, warnings) => {
    const r = validateSettingsForm({ ...BASE, payDate });
    expect(r.settings).toBeDefined();
    expect(r.warnings).toHaveLength(warnings);
  });
});

describe("the settings remembered in the workbook come back for a new month", () => {
  const stored = { ...BASE, period: "2026-03", payDate: "2026-04-10", closingDay: "20", premiumTiming: "sameMonth", scheduledHoursPerMonth: "163.3", defaultInsurer: "大阪府", defaultEmploymentInsurance: "construction", companyName: "サンプル株式会社", childSupportRounding: "separate" };
  test("the office's rules are kept; 対象年月 is this month; 翌月払い stays 翌月払い on the same day", () => {
    expect(restoreSettingsForm(stored, { year: 2026, month: 11 })).toEqual({
      ...stored,
      period: "2026-11",
      payDate: "2026-12-10",
      scheduledDaysPerMonth: "20",
    });
  });
  test("December → the pay date rolls into January of the next year", () => {
    expect(restoreSettingsForm(stored, { year: 2026, month: 12 }).payDate).toBe("2027-01-10");
  });
  test("a day the new month lacks (the 31st in a 30-day month) keeps the default 25th", () => {
    const r = restoreSettingsForm({ ...stored, period: "2026-03", payDate: "2026-03-31" }, { year: 2026, month: 4 });
    expect(r.payDate).toBe("2026-04-25");
  });
  test("unreadable values stay at their defaults", () => {
    const r = restoreSettingsForm({ closingDay: 5, premiumTiming: "weekly", defaultInsurer: "火星", scheduledHoursPerMonth: "-1" }, { year: 2026, month: 4 });
    expect(r).toEqual(BASE);
    expect(restoreSettingsForm("garbage", { year: 2026, month: 4 })).toEqual(BASE);
  });
});

describe("会社名 reaches the payslips of the built workbook", () => {
  test("typed with spaces around it, it is printed once trimmed at the top of every 給与明細", async () => {
    const check = validateSettingsForm({ ...BASE, companyName: "　ソナエ商事株式会社 " });
    expect(check.settings?.companyName).toBe("ソナエ商事株式会社");
    const settings = check.settings!;
    const { employees } = await importMasterFile(masterCsvBytes(), "master.csv");
    const plan = planWorkbook({ employees, variables: [], settings, lawInfo: collectLawInfo({ settings }) });
    const m = evaluatePlan(plan).matrix(SHEET.payslips);
    const companyCells = m.map((row) => row[0]).filter((v) => v === "ソナエ商事株式会社");
    // The fixture's master has three valid employees: one payslip each.
    expect(companyCells).toHaveLength(3);
  });

  test("a name longer than 100 characters is refused with the field named, not cut", () => {
    const r = validateSettingsForm({ ...BASE, companyName: "あ".repeat(101) });
    expect(r.settings).toBeUndefined();
    expect(r.errors.companyName).toBe("会社名は100文字以内で入力してください。");
  });
});
