import { importMasterFile } from "../../../src/import";
import type { ColumnMapping, MasterField } from "../../../src/import";
import { MASTER_SCHEMA } from "../../../src/import/template";
import {
  assignFields, columnLines, mappingView, mappingWarnings, NO_COLUMN, NO_COLUMN_LABEL, outputNeeds, requiredStatus, savedMappingFor, serializeMapping, setColumn,
} from "../../../src/taskpane/workflow/mappingForm";
import { MASTER_LINES, masterCsvBytes } from "../fixtures";

/** A payroll export with its own headers: suggestions from synonyms, a 標準報酬月額 column shared by 健保 and 厚年. */
const OTHER_HEADERS = ["従業員コード", "従業員氏名", "生年月日", "基本給", "健保", "標準報酬月額", "甲乙区分", "扶養人数", "個人番号", "備考"];

function mapping(columns: Partial<Record<MasterField, string>>): ColumnMapping<MasterField> {
  return { version: 1, columns };
}

describe("one line per column of the file, with the Sonae fields that read it", () => {
  test("Sonae's template maps itself; マイナンバー is dropped and offers no field", async () => {
    const r = await importMasterFile(masterCsvBytes(), "master.csv");
    const lines = columnLines(r.headers, r.mapping);
    expect(lines).toHaveLength(MASTER_LINES[0].split(",").length);
    expect(lines.find((l) => l.header === "社員番号")).toEqual({ header: "社員番号", fields: ["id"], fieldsLabel: "社員番号", dropped: false });
    expect(lines.find((l) => l.header === "マイナンバー")).toEqual({ header: "マイナンバー", fields: [], fieldsLabel: NO_COLUMN_LABEL, dropped: true });
    expect(requiredStatus(r.mapping).every((s) => s.column !== undefined)).toBe(true);
  });

  test("a shared 標準報酬月額 column shows both fields; an unused column shows （使わない）", () => {
    const m = mapping({ healthStandard: "標準報酬月額", pensionStandard: "標準報酬月額" });
    const lines = columnLines(OTHER_HEADERS, m);
    expect(lines.find((l) => l.header === "標準報酬月額")?.fieldsLabel).toBe("健保標準報酬月額・厚年標準報酬月額");
    expect(lines.find((l) => l.header === "備考")?.fieldsLabel).toBe(NO_COLUMN_LABEL);
    expect(lines.find((l) => l.header === "個人番号")?.dropped).toBe(true);
  });
});

describe("changing a column's fields", () => {
  const start = mapping({ id: "従業員コード", name: "従業員氏名", healthStandard: "標準報酬月額" });
  test("a field chosen for a column leaves the column it read before (one column per field)", () => {
    const m = assignFields(start, "備考", ["name"]);
    expect(m.columns).toEqual({ id: "従業員コード", name: "備考", healthStandard: "標準報酬月額" });
  });
  test("fields no longer chosen read no column", () => {
    expect(assignFields(start, "従業員氏名", []).columns).toEqual({ id: "従業員コード", healthStandard: "標準報酬月額" });
  });
  test("one column may serve 健保 and 厚年", () => {
    expect(assignFields(start, "標準報酬月額", ["healthStandard", "pensionStandard"]).columns).toEqual({
      id: "従業員コード",
      name: "従業員氏名",
      healthStandard: "標準報酬月額",
      pensionStandard: "標準報酬月額",
    });
  });
  test("a value translation (社労夢's 預金種目 0/1 → 1/2) stays only while its column does", () => {
    const withTable: ColumnMapping<MasterField> = { version: 1, columns: { accountType: "預金種目" }, values: { accountType: { "0": "1", "1": "2" } } };
    expect(setColumn(withTable, "accountType", "預金種目").values).toEqual({ accountType: { "0": "1", "1": "2" } });
    expect(setColumn(withTable, "accountType", "口座種別").values).toBeUndefined();
    expect(setColumn(withTable, "accountType", NO_COLUMN)).toEqual({ version: 1, columns: {} });
  });
});

describe("what is still wrong, per field", () => {
  test("a required field without a column, a column missing from the file, a column used twice", () => {
    const v = mappingView(OTHER_HEADERS, mapping({ id: "従業員コード", name: "従業員コード", birthDate: "誕生日" }));
    const line = (f: MasterField) => v.lines.find((l) => l.field === f)!;
    expect(line("baseSalary").error).toBe("必須の項目です。ファイルの列を選んでください。");
    expect(line("birthDate").error).toBe("列「誕生日」がこのファイルにありません。別の列を選んでください。");
    expect(line("name").warning).toBe("列「従業員コード」は 「社員番号」 にも対応付けています。");
    expect(v.options).not.toContain("個人番号");
    expect(v.dropped).toEqual(["個人番号"]);
    // every required field but the three mapped ones, plus 生年月日 whose column is missing
    expect(v.errors).toBe(MASTER_SCHEMA.filter((f) => f.required).length - 3 + 1);
  });
});

describe("the mapping remembered in the workbook", () => {
  const saved = mapping({ id: "従業員コード", name: "従業員氏名", birthDate: "生年月日" });
  test("is used when the file has every column it names (compared as the import compares headers)", () => {
    expect(savedMappingFor(serializeMapping(saved), OTHER_HEADERS)).toEqual({ mapping: saved });
    expect(savedMappingFor(serializeMapping(saved), ["従業員ｺｰﾄﾞ", "従業員氏名", "生年月日"]).mapping).toEqual(saved);
  });
  test("is not used for another file", () => {
    expect(savedMappingFor(serializeMapping(saved), ["社員番号", "氏名"])).toEqual({});
  });
  test("nothing stored: nothing", () => {
    expect(savedMappingFor(undefined, OTHER_HEADERS)).toEqual({});
  });
  test("a stored value that cannot be read is ignored with the reason", () => {
    expect(savedMappingFor('{"version":2}', OTHER_HEADERS).problem).toMatch(/保存された列の対応付けが読めません/);
  });
});

describe("what each output needs", () => {
  test("the template: every field of 給与計算 and 全銀 found, no warning", async () => {
    const r = await importMasterFile(masterCsvBytes(), "master.csv");
    const needs = outputNeeds(r.mapping, undefined);
    expect(needs.map((n) => n.output)).toEqual(["給与計算", "全銀（振込データ）"]);
    expect(needs[0].fields.map((f) => f.label)).toEqual(expect.arrayContaining(["社員番号", "基本給", "健保標準報酬月額", "厚年標準報酬月額"]));
    expect(needs[1].fields.map((f) => [f.label, f.column])).toEqual([
      ["銀行コード", "銀行コード"],
      ["支店コード", "支店コード"],
      ["預金種目", "預金種目"],
      ["口座番号", "口座番号"],
    ]);
    expect(mappingWarnings(r.mapping)).toEqual([]);
  });

  test("no account columns: 全銀 is unmet, unless a bank-account file gives them", () => {
    const m = mapping({ id: "社員番号", name: "氏名" });
    expect(outputNeeds(m, undefined)[1].fields.every((f) => f.column === undefined && f.fromFile === undefined)).toBe(true);
    expect(outputNeeds(m, "口座.csv")[1].fields.every((f) => f.fromFile === "口座.csv")).toBe(true);
  });

  test("no 標準報酬月額 column is one warning naming both columns", () => {
    const w = mappingWarnings(mapping({ id: "社員番号", healthStandard: undefined }));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/^「健保標準報酬月額」「厚年標準報酬月額」の列がありません。/);
    expect(mappingWarnings(mapping({ healthStandard: "標準報酬月額", pensionStandard: "標準報酬月額" }))).toEqual([]);
  });
});

describe("a mapping with several columns per field (SmartHR 姓・名)", () => {
  const HEADERS = ["社員番号", "姓", "名", "生年月日"];
  const JOINED: ColumnMapping<MasterField> = {
    version: 1,
    preset: "smarthr-employees",
    columns: { id: "社員番号", birthDate: "生年月日" },
    combined: { name: { how: "join", columns: ["姓", "名"] } },
    hours: "sexagesimal",
    filters: [{ column: "種別", equals: ["給与"] }],
  };

  test("both columns show the field they make; the line says they are joined, with no error", () => {
    expect(columnLines(HEADERS, JOINED).map((l) => l.fieldsLabel)).toEqual(["社員番号", "氏名", "氏名", "生年月日"]);
    const name = mappingView(HEADERS, JOINED).lines.find((l) => l.field === "name")!;
    expect(name.combined).toBe("姓＋名 をつなぎます");
    expect(name.error).toBeUndefined();
  });

  test("changing another field keeps the layout; choosing one column for the field replaces the join", () => {
    const kept = setColumn(JOINED, "hireDate", "生年月日");
    expect(kept).toMatchObject({ combined: JOINED.combined, hours: "sexagesimal", filters: JOINED.filters });
    const single = assignFields(JOINED, "姓", []);
    expect(single.combined).toBeUndefined();
    expect(single.columns.name).toBeUndefined();
  });
});
