/** How values typed into Excel, given on the command line or read from a file are read. */
import * as A from "../../../src/calc/vocabulary";
import { isoOf } from "../../../src/calc/dates/calendar";
import { CalcError } from "../../../src/calc/vocabulary/errors";

const iso = (d: number) => isoOf(d);

describe("period (○月分)", () => {
  test.each([
    ["2026-11", "2026-11-01"],
    ["2026-11-25", "2026-11-01"],
    ["2026/11/25", "2026-11-01"],
    ["2026/1", "2026-01-01"],
    ["2026年11月", "2026-11-01"],
    ["2026年11月分", "2026-11-01"],
    ["令和8年11月", "2026-11-01"],
    ["令和８年１１月", "2026-11-01"],
    ["R8.11", "2026-11-01"],
    ["r08.11", "2026-11-01"],
    ["令和元年5月", "2019-05-01"],
    ["平成31年4月", "2019-04-01"],
    ["H31.4", "2019-04-01"],
    // Excel serial 46351 = 2026-11-25 (1900 date system: serial 1 = 1900-01-01, with the fictitious 1900-02-29).
    [46351, "2026-11-01"],
    [46351.75, "2026-11-01"],
  ])("%j → %s", (raw, expected) => {
    expect(iso(A.period(raw, "対象月"))).toBe(expected);
  });
  test.each([["2026-13"], ["2026-02-30"], ["令和元年4月"], ["平成31年5月"], ["R0.11"], ["11月"], [""], [true], [202611], [-1], ["2026-11-25x"]])(
    "%j is #VALUE! naming the argument",
    (raw) => {
      expect(() => A.period(raw, "対象月")).toThrow(CalcError);
      try {
        A.period(raw, "対象月");
      } catch (e) {
        expect((e as CalcError).code).toBe("#VALUE!");
        expect((e as CalcError).message).toContain("対象月");
      }
    },
  );
});

describe("date (生年月日・支払日)", () => {
  test.each([
    ["1986-11-01", "1986-11-01"],
    ["昭和61年11月1日", "1986-11-01"],
    ["S61.11.1", "1986-11-01"],
    ["1986/11/1", "1986-11-01"],
    ["平成元年1月8日", "1989-01-08"],
    [61, "1900-03-01"],
  ])("%j → %s", (raw, expected) => {
    expect(iso(A.date(raw, "生年月日"))).toBe(expected);
  });
  test.each([["1986-11"], ["平成元年1月7日"], ["昭和64年1月8日"], [60]])("%j is #VALUE!", (raw) => {
    expect(() => A.date(raw, "生年月日")).toThrow(CalcError);
  });
  test.each([
    ["1986/02/30", "1986年2月30日はありません。"],
    ["1986-2-29", "1986年2月29日はありません。"],
    ["2023年4月31日", "2023年4月31日はありません。"],
    ["S61.2.30", "昭和61年2月30日はありません。"],
    ["1986/13/01", "1986年13月はありません。"],
  ])("%j names the day that does not exist", (raw, reason) => {
    expect(() => A.date(raw, "生年月日")).toThrow(`生年月日「${raw}」は使えません。${reason}`);
  });
  test("a leap year's 2月29日 exists; a text that is no date still gets the list of forms", () => {
    expect(iso(A.date("1988/02/29", "生年月日"))).toBe("1988-02-29");
    expect(() => A.date("abc", "生年月日")).toThrow(/"2026\/11\/25"/);
    expect(() => A.period("2026-13", "対象月")).toThrow("対象月「2026-13」は使えません。2026年13月はありません。");
  });
});

describe("insurer", () => {
  test.each([
    ["東京都", { kind: "kyoukai", prefectureCode: 13 }],
    ["東京", { kind: "kyoukai", prefectureCode: 13 }],
    ["京都", { kind: "kyoukai", prefectureCode: 26 }],
    ["北海道", { kind: "kyoukai", prefectureCode: 1 }],
    ["大阪府支部", { kind: "kyoukai", prefectureCode: 27 }],
    [13, { kind: "kyoukai", prefectureCode: 13 }],
    ["01", { kind: "kyoukai", prefectureCode: 1 }],
    [0.095, { kind: "society", healthRate: 95_000 }],
    ["9.5%", { kind: "society", healthRate: 95_000, careRate: undefined }],
    ["９．２７％/1.8%", { kind: "society", healthRate: 92_700, careRate: 18_000 }],
    [0.0927, { kind: "society", healthRate: 92_700 }],
  ])("%j", (raw, expected) => {
    expect(A.insurer(raw, "保険者")).toEqual(expected);
  });
  test.each([["東京県"], [48], [0], [9.5], ["9.5"], ["abc"], [0.0000001]])("%j is #VALUE!", (raw) => {
    expect(() => A.insurer(raw, "保険者")).toThrow(CalcError);
  });
});

describe("amounts, keywords, booleans", () => {
  test.each([[300000, 300000], ["300,000", 300000], ["３００，０００円", 300000], ["0", 0]])("yen %j → %d", (raw, n) => {
    expect(A.yen(raw, "額")).toBe(n);
  });
  test.each([[300000.5], [-1], ["30,00"], ["abc"], [true]])("yen %j is #VALUE!", (raw) => {
    expect(() => A.yen(raw, "額")).toThrow(CalcError);
  });
  test.each([["health", "health"], ["健保", "health"], ["厚生年金", "pension"], ["PENSION", "pension"]])("scheme %s", (raw, v) => {
    expect(A.scheme(raw, "制度")).toBe(v);
  });
  test.each([["employee", "employee"], ["事業主", "employer"], ["折半", "half"], ["TOTAL", "total"]])("part %s", (raw, v) => {
    expect(A.part(raw, "負担区分")).toBe(v);
  });
  test.each([[true, true], ["FALSE", false], [1, true], ["なし", false]])("bool %j", (raw, v) => {
    expect(A.bool(raw, "介護")).toBe(v);
  });
  test.each([[2026, 2026], ["令和8年", 2026], ["R8", 2026], ["2026", 2026]])("year %j", (raw, v) => {
    expect(A.year(raw, "年")).toBe(v);
  });
});

describe("a refused value is a typed error", () => {
  test.each([
    ["yen", () => A.yen("abc", "基本給"), { argument: "基本給", value: "abc", allowed: "0以上の整数（円）で指定してください。" }],
    ["date", () => A.date("2026-02-30", "支給日"), { argument: "支給日", value: "2026-02-30", allowed: "2026年2月30日はありません。" }],
    ["scheme", () => A.scheme("", "制度"), { argument: "制度", value: "", allowed: "\"health\"（健康保険・健保）または \"pension\"（厚生年金・厚年）で指定してください。" }],
  ])("%s names the argument, the value and what is allowed", (_, call, expected) => {
    try {
      call();
      throw new Error("not refused");
    } catch (e) {
      expect(e).toBeInstanceOf(CalcError);
      const error = e as CalcError;
      expect({ argument: error.argument, value: error.value, allowed: error.allowed }).toEqual(expected);
      expect(error.message).toBe(`${expected.argument}「${expected.value === "" ? "（空欄）" : expected.value}」は使えません。${expected.allowed}`);
    }
  });
});
