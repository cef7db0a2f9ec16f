/**
 * The shipped template, its documentation and the example files: kept in step with the code, and the
 * example company covers what the payroll must be shown to handle (end-to-end through the import).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  importMasterFile, importPreviousResultsFile, importVariablesFile, MASTER_SCHEMA, MASTER_TEMPLATE_HEADERS, masterTemplateCsv,
  variablesTemplateCsv, VARIABLES_TEMPLATE_HEADERS,
} from "../../src/import";
import { careInsuranceApplies } from "../../src/calc/socialInsurance/careInsuranceApplies";
import { dayOf } from "../../src/calc/dates/calendar";
import { isoToDay } from "../../src/calc/dates/calendar";

const ROOT = join(__dirname, "../..");
const bytes = (p: string) => new Uint8Array(readFileSync(join(ROOT, p)));
const text = (p: string) => readFileSync(join(ROOT, p), "utf8");

describe("template and documentation", () => {
  test("templates/*.csv are exactly what the pane offers for download", () => {
    expect(text("templates/master-template.csv")).toBe(masterTemplateCsv());
    expect(text("templates/variables-template.csv")).toBe(variablesTemplateCsv());
  });
  test("the template's headers are the issue's fields, in its order, with the second account", () => {
    expect(MASTER_TEMPLATE_HEADERS).toEqual([
      "社員番号", "氏名", "氏名カナ", "生年月日", "入社日", "退職日", "所属", "給与形態", "基本給", "固定手当", "通勤手当", "通勤手当の非課税額",
      "健康保険", "健保標準報酬月額", "厚年標準報酬月額", "介護", "雇用保険", "税区分", "扶養親族等の数", "住民税",
      "銀行コード", "支店コード", "預金種目", "口座番号", "口座名義カナ", "銀行コード2", "支店コード2", "預金種目2", "口座番号2", "口座名義カナ2", "振込額2",
      "被保険者整理番号", "従前の改定月", "勤務区分", "二以上勤務", "役員", "性別",
    ]);
    expect(MASTER_SCHEMA.filter((f) => f.required).map((f) => f.header)).toEqual(["社員番号", "氏名", "生年月日", "基本給", "健康保険", "税区分", "扶養親族等の数"]);
  });
  test.each(MASTER_SCHEMA.map((f) => [f.header, f.required] as const))("docs/master-template.md documents %s (required: %s)", (header, required) => {
    const docs = text("docs/master-template.md");
    expect(docs).toContain(`| ${header}${required ? "*" : ""} |`);
  });
  test("docs name every column of the variables template", () => {
    const docs = text("docs/master-template.md");
    for (const h of VARIABLES_TEMPLATE_HEADERS) expect(docs).toContain(h);
  });
});

describe("the example company (period 2026-11)", () => {
  test("Shift_JIS and UTF-8 copies of the master import to the same employees, without a problem", async () => {
    const utf = await importMasterFile(bytes("examples/master.csv"), "master.csv");
    const sjis = await importMasterFile(bytes("examples/master-sjis.csv"), "master-sjis.csv");
    expect([utf.encoding, sjis.encoding]).toEqual(["utf-8-bom", "shift_jis"]);
    expect(utf.problems).toEqual([]);
    expect(sjis.problems).toEqual([]);
    expect(sjis.employees).toEqual(utf.employees);
    expect(utf.employees.length).toBeGreaterThanOrEqual(12);
  });

  test("covers 月給/日給/時給, 甲/乙, 0–8 dependants, a 組合 rate, 雇用保険 対象外, a second account, 東京都 and 大阪府", async () => {
    const { employees: es } = await importMasterFile(bytes("examples/master.csv"), "master.csv");
    expect(new Set(es.map((e) => e.payType))).toEqual(new Set(["monthly", "daily", "hourly"]));
    expect(new Set(es.map((e) => e.taxColumn))).toEqual(new Set(["甲", "乙"]));
    expect([...new Set(es.map((e) => e.dependents))].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(es.some((e) => e.healthInsurer.endsWith("%") || e.healthInsurer.includes("%/"))).toBe(true);
    expect(es.some((e) => e.employmentInsurance === "none")).toBe(true);
    expect(es.some((e) => e.bank2 !== undefined)).toBe(true);
    expect(es.some((e) => e.healthInsurer === "東京都")).toBe(true);
    expect(es.some((e) => e.healthInsurer === "大阪府")).toBe(true);
  });

  test("介護 ages around 2026-11: someone aged 39, two turning 40 (one born on the 1st), one aged 64, two turning 65", async () => {
    const { employees: es } = await importMasterFile(bytes("examples/master.csv"), "master.csv");
    const nov = dayOf(2026, 11, 1);
    const oct = dayOf(2026, 10, 1);
    const care = (id: string) => {
      const e = es.find((x) => x.id === id)!;
      return [careInsuranceApplies({ birth: isoToDay(e.birthDate), month: oct }), careInsuranceApplies({ birth: isoToDay(e.birthDate), month: nov })];
    };
    // 介護保険法第9条: 40歳到達日（誕生日の前日）の月から、65歳到達日の月の前月まで.
    expect(care("0003")).toEqual([false, false]); // 1987-06-15: 39
    expect(care("0002")).toEqual([false, true]); // 1986-11-20: 40歳到達日 2026-11-19
    expect(care("0010")).toEqual([false, true]); // 1986-12-01: 40歳到達日 2026-11-30
    expect(care("0001")).toEqual([true, true]); // 1962-03-10: 64
    expect(care("0004")).toEqual([true, false]); // 1961-11-15: 65歳到達日 2026-11-14
    expect(care("0011")).toEqual([true, false]); // 1961-12-01: 65歳到達日 2026-11-30
  });

  test("the variables of 2026-11 and the previous results of 2026-10 import against the master without errors", async () => {
    const master = await importMasterFile(bytes("examples/master.csv"), "master.csv");
    const v = await importVariablesFile(bytes("examples/variables.csv"), "variables.csv", undefined, master.employees);
    expect(v.problems).toEqual([]);
    expect(v.variables.length).toBeGreaterThan(0);
    const p = await importPreviousResultsFile(bytes("examples/previous-results.csv"), "previous-results.csv", undefined, master.employees);
    expect(p.problems).toEqual([]);
    expect(p.results.length).toBeGreaterThan(0);
    expect(new Set(p.results.map((r) => r.period))).toEqual(new Set(["2026-10"]));
    // Each line adds up: 社会保険料計 = 健保 + 介護 + 支援金 + 厚年 + 雇用; 差引 = 総支給 − 社会保険料計 − 所得税 − 住民税 (no other deductions in the example).
    for (const r of p.results) {
      expect([r.employeeId, r.socialInsurance]).toEqual([r.employeeId, r.health! + r.care! + r.childSupport! + r.pension! + r.employment!]);
      expect([r.employeeId, r.net]).toEqual([r.employeeId, r.gross! - r.socialInsurance! - r.incomeTax! - r.residentTax!]);
    }
  });
});
