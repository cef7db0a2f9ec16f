/**
 * What offices export, laid out as their own settings made it (KING OF TIME, オフィスステーション, SmartHR, freee: the vendors' help pages cited in src/import/vendorPresets.ts): hours in 60進 or
 * 分 (KING OF TIME 時間表示形式, オフィスステーション 勤怠), names split into 姓・名, one field over several columns
 * (KOT's 深夜 and 休日 columns), no header row (KOT 「項目名の出力」 off), and 給与 and 賞与 rows in one file (freee 賃金台帳).
 */
import { importMasterFile, importVariablesFile, parseMapping, MASTER_SCHEMA, VARIABLES_SCHEMA, ColumnMapping, VariablesField, MasterRef } from "../../src/import";
import { MasterField } from "../../src/import/template";
import { describeRowCounts } from "../../src/import/header";
import { letterIndex } from "../../src/import/layout";
import { utf8, where, VALID } from "./helpers";

const csv = (lines: string[]) => utf8(lines.join("\r\n") + "\r\n");
const MASTER: MasterRef[] = [{ id: "0001" }, { id: "0002" }];
const mapping = (m: Omit<ColumnMapping<VariablesField>, "version">): ColumnMapping<VariablesField> => ({ version: 1, ...m });

describe("時間の表記", () => {
  const FILE = csv(["社員番号,残業時間,深夜時間", "0001,7.30,1.15", "0002,10.45,0"]);

  test("60進: 7.30 is 7時間30分 and 1.15 is 1時間15分", async () => {
    const r = await importVariablesFile(FILE, "kot.csv", mapping({ columns: { id: "社員番号", overtimeHours: "残業時間", lateNightHours: "深夜時間" }, hours: "sexagesimal" }), MASTER);
    expect(r.problems).toEqual([]);
    // 7 + 30/60 = 7.5; 1 + 15/60 = 1.25; 10 + 45/60 = 10.75
    expect(r.variables).toEqual([
      { employeeId: "0001", overtimeHours: 7.5, lateNightHours: 1.25 },
      { employeeId: "0002", overtimeHours: 10.75, lateNightHours: 0 },
    ]);
  });

  test("分: 450 is 7.5 hours", async () => {
    const r = await importVariablesFile(csv(["社員番号,残業時間", "0001,450", "0002,75"]), "m.csv", mapping({ columns: { id: "社員番号", overtimeHours: "残業時間" }, hours: "minutes" }), MASTER);
    expect(r.variables.map((v) => v.overtimeHours)).toEqual([7.5, 1.25]);
  });

  test("60進 with 75 minutes is an error naming the row and the column", async () => {
    const r = await importVariablesFile(csv(["社員番号,残業時間", "0001,7.75", "0002,1.00"]), "m.csv", mapping({ columns: { id: "社員番号", overtimeHours: "残業時間" }, hours: "sexagesimal" }), MASTER);
    expect(where(r.problems)).toEqual([[2, "残業時間", "7.75", "error"]]);
    expect(r.problems[0].message).toMatch(/分が75です/);
    expect(r.variables).toEqual([{ employeeId: "0002", overtimeHours: 1 }]);
  });

  test("a 10進 column that looks 60進 gets one warning naming it; the values are still read as 10進", async () => {
    const r = await importVariablesFile(FILE, "kot.csv", undefined, MASTER);
    expect(where(r.problems)).toEqual([[1, "残業時間", "", "warning"], [1, "深夜時間", "", "warning"]]);
    expect(r.problems[0].message).toMatch(/60進.*--hours sexagesimal/);
    expect(r.variables[0]).toEqual({ employeeId: "0001", overtimeHours: 7.3, lateNightHours: 1.15 });
  });

  test("no warning when the decimals show 10進 quarter hours (.25, .75)", async () => {
    const r = await importVariablesFile(csv(["社員番号,残業時間", "0001,7.25", "0002,1.75"]), "d.csv", undefined, MASTER);
    expect(r.problems).toEqual([]);
  });
});

describe("several columns for one field", () => {
  test("sum: 深夜 from two KOT columns, hours in 60進 added as minutes", async () => {
    const m = mapping({ columns: { id: "従業員コード" }, combined: { lateNightHours: { how: "sum", columns: ["深夜残業時間", "法定休日深夜所定時間"] } }, hours: "sexagesimal" });
    const r = await importVariablesFile(csv(["従業員コード,深夜残業時間,法定休日深夜所定時間", "0001,1.45,0.30", "0002,,2.00"]), "kot.csv", m, MASTER);
    expect(r.problems).toEqual([]);
    // 1時間45分 + 30分 = 2時間15分 = 2.25 h
    expect(r.variables).toEqual([{ employeeId: "0001", lateNightHours: 2.25 }, { employeeId: "0002", lateNightHours: 2 }]);
  });

  test("sum: a wrong part is an error naming that part's column", async () => {
    const m = mapping({ columns: { id: "従業員コード" }, combined: { lateNightHours: { how: "sum", columns: ["深夜残業時間", "法定休日深夜所定時間"] } }, hours: "sexagesimal" });
    const r = await importVariablesFile(csv(["従業員コード,深夜残業時間,法定休日深夜所定時間", "0001,1.00,0.90"]), "kot.csv", m, MASTER);
    expect(where(r.problems)).toEqual([[2, "法定休日深夜所定時間", "0.90", "error"]]);
  });

  test("a missing source column is named", async () => {
    const m = mapping({ columns: { id: "従業員コード" }, combined: { lateNightHours: { how: "sum", columns: ["深夜残業時間", "深夜所定時間"] } } });
    const r = await importVariablesFile(csv(["従業員コード,深夜残業時間", "0001,1"]), "kot.csv", m, MASTER);
    expect(where(r.problems)).toEqual([[1, "深夜所定時間", "", "error"]]);
  });

  test("join: 姓 + 名 → 氏名 with a full-width space, 姓カナ + 名カナ → 氏名カナ with a half-width space", async () => {
    const { 氏名: _n, 氏名カナ: _k, ...rest } = VALID;
    const headers = ["姓", "名", "姓カナ", "名カナ", ...Object.keys(rest)];
    const text = [headers.join(","), ["山田", "太郎", "ヤマダ", "タロウ", ...Object.values(rest)].join(",")].join("\r\n");
    const m: ColumnMapping<MasterField> = {
      version: 1,
      columns: Object.fromEntries(Object.keys(rest).map((h) => [headerKey(h), h])) as Partial<Record<MasterField, string>>,
      combined: { name: { how: "join", columns: ["姓", "名"] }, nameKana: { how: "join", columns: ["姓カナ", "名カナ"] } },
    };
    const r = await importMasterFile(utf8(text), "smarthr.csv", m);
    expect(r.problems).toEqual([]);
    expect(r.employees[0].name).toBe("山田\u3000太郎");
    expect(r.employees[0].nameKana).toBe("ヤマダ タロウ");
  });
});

describe("no header row", () => {
  test("columns named by letter; every line is data", async () => {
    const m = mapping({ noHeader: true, columns: { id: "A", overtimeHours: "C" } });
    const r = await importVariablesFile(csv(["0001,山田,2.5", "0002,佐藤,1"]), "kot.csv", m, MASTER);
    expect(r.problems).toEqual([]);
    expect(r.variables).toEqual([{ employeeId: "0001", overtimeHours: 2.5 }, { employeeId: "0002", overtimeHours: 1 }]);
    expect(r.rows).toEqual([1, 2]);
    expect(r.headers).toEqual(["A列", "B列", "C列"]);
  });

  test("a problem names the column by its letter", async () => {
    const m = mapping({ noHeader: true, columns: { id: "A", overtimeHours: "C" } });
    const r = await importVariablesFile(csv(["0001,山田,abc"]), "kot.csv", m, MASTER);
    expect(where(r.problems)).toEqual([[1, "C列", "abc", "error"]]);
  });

  test.each([["A", 0], ["Z", 25], ["AA", 26], ["B列", 1], ["ｃ", 2], ["社員番号", undefined]])("letterIndex(%s) = %s", (text, i) => {
    expect(letterIndex(text as string)).toBe(i);
  });
});

describe("row filters", () => {
  test("種別 = 給与 only: the 賞与 rows are counted and named, never silently dropped", async () => {
    const m = mapping({ columns: { id: "従業員番号", extraTaxable: "臨時手当" }, filters: [{ column: "種別", equals: ["給与"] }] });
    const r = await importVariablesFile(csv(["従業員番号,種別,臨時手当", "0001,給与,1000", "0001,賞与,500000", "0002,給与,0"]), "freee.csv", m, MASTER);
    expect(where(r.problems)).toEqual([[1, "種別", "", "warning"]]);
    expect(r.problems[0].message).toBe("「種別」が「給与」の行だけを取り込みます。それ以外の 1行（3行目）は読み込んでいません。");
    expect(r.variables.map((v) => v.extraTaxable)).toEqual([1000, 0]);
    expect(r.rowCounts).toEqual({ read: 3, imported: 2, rejected: 0, filtered: 1 });
    expect(describeRowCounts(r.rowCounts)).toBe("3行を読み込みました（取り込み 2行、エラーで除外 0行、絞り込みで対象外 1行）。");
  });

  test("a filter on a missing column stops the file", async () => {
    const m = mapping({ columns: { id: "従業員番号" }, filters: [{ column: "種別", equals: ["給与"] }] });
    const r = await importVariablesFile(csv(["従業員番号,残業時間", "0001,1"]), "x.csv", m, MASTER);
    expect(where(r.problems)).toEqual([[1, "種別", "", "error"]]);
    expect(r.variables).toEqual([]);
  });
});

describe("parseMapping keeps the layout", () => {
  const full = {
    version: 1,
    columns: { id: "A" },
    hours: "sexagesimal",
    noHeader: true,
    combined: { lateNightHours: { how: "sum", columns: ["C", "D"] } },
    filters: [{ column: "B", equals: ["給与"] }],
  };

  test("round trip through JSON", () => {
    expect(parseMapping(VARIABLES_SCHEMA, JSON.stringify(full))).toEqual(full);
  });

  test.each([
    [{ hours: "60" }, /hours は decimal/],
    [{ combined: { lateNightHours: { how: "avg", columns: ["C"] } } }, /combined.lateNightHours/],
    [{ combined: { nope: { how: "sum", columns: ["C"] } } }, /項目「nope」/],
    [{ filters: [{ column: "B" }] }, /filters は/],
    [{ noHeader: "yes" }, /noHeader/],
  ])("%j is refused", (change, message) => {
    expect(() => parseMapping(VARIABLES_SCHEMA, { ...full, ...change })).toThrow(message);
  });
});

function headerKey(header: string): MasterField {
  return MASTER_SCHEMA.find((f) => f.header === header)!.key;
}
