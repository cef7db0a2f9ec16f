/**
 * The file's layout as the clerk sets it in the pane (workflow/fileLayout.ts, variablesLayout.ts, masterLayout.ts),
 * driven as the pane drives it: read the file, change the mapping, read it again. The files are in the vendors'
 * documented layouts (SmartHR 姓・名・姓（ヨミガナ）, knowledge.smarthr.jp 4404850250265; KING OF TIME 月別データ; hours 10進・60進・分 as KING OF TIME's
 * 時間表示形式, support.freee.co.jp 4411546229657); the figures are hand arithmetic written beside them.
 */
import { importMasterFile, importVariablesFile, parseMapping, VARIABLES_SCHEMA, type ColumnMapping, type VariablesField } from "../../../src/import";
import { masterSuggestion } from "../../../src/import/master";
import { MASTER_SCHEMA } from "../../../src/import/template";
import { fieldColumns, mappingFile, presetNotice, rowFilterOf, withFieldColumns, withHours, withNoHeader, withRowFilter } from "../../../src/taskpane/workflow/fileLayout";
import { combinableLines } from "../../../src/taskpane/workflow/masterLayout";
import { hourPreview, notationQuestions, variablesFieldLines } from "../../../src/taskpane/workflow/variablesLayout";
import { outputNeeds, savedMappingOf, serializeMapping } from "../../../src/taskpane/workflow/mappingForm";

const csv = (lines: string[]) => new TextEncoder().encode(lines.join("\r\n") + "\r\n");
const PAY = "基本給,健康保険,健保標準報酬月額,厚年標準報酬月額,税区分,扶養親族等の数";

const SMARTHR = csv([
  `社員番号,姓,名,姓（ヨミガナ）,名（ヨミガナ）,生年月日,在籍状況,${PAY}`,
  "0001,山田,太郎,ヤマダ,タロウ,1985/04/01,在職中,300000,東京都,300000,300000,甲,0",
  "0002,佐藤,花子,サトウ,ハナコ,1990/02/03,退職済,280000,東京都,280000,280000,甲,1",
]);

describe("the vendor preset, shown and turned off", () => {
  test("a SmartHR list is read as such and said so; without the preset 姓・名 map to nothing until joined by hand", async () => {
    const withPreset = await importMasterFile(SMARTHR, "smarthr.csv");
    expect(presetNotice(withPreset.mapping)?.text).toBe("「SmartHR 従業員リスト」として読みました。");
    expect(withPreset.employees[0].name).toBe("山田\u3000太郎");

    const plain = await importMasterFile(SMARTHR, "smarthr.csv", masterSuggestion(withPreset.headers));
    expect(presetNotice(plain.mapping)).toBeUndefined();
    expect(plain.problems.some((p) => p.severity === "error" && p.column === "氏名")).toBe(true);

    const joined = withFieldColumns(plain.mapping, "name", ["姓", "名"], "join");
    const again = await importMasterFile(SMARTHR, "smarthr.csv", joined);
    expect(again.employees.map((e) => e.name)).toEqual(["山田\u3000太郎", "佐藤\u3000花子"]);
    expect(combinableLines(again.mapping).find((l) => l.field === "name")?.columns).toEqual(["姓", "名"]);
    // The badges of what 給与計算 needs count the joined columns as 氏名's.
    expect(outputNeeds(again.mapping, undefined)[0].fields.find((f) => f.label === "氏名")?.column).toBe("姓＋名");
  });

  test("one column chosen again makes a field a plain column; none removes it", () => {
    const m: ColumnMapping<VariablesField> = { version: 1, columns: { id: "A" }, combined: { lateNightHours: { how: "sum", columns: ["C", "D"] } } };
    expect(withFieldColumns(m, "lateNightHours", ["C"], "sum")).toEqual({ version: 1, columns: { id: "A", lateNightHours: "C" } });
    expect(withFieldColumns(m, "lateNightHours", [], "sum")).toEqual({ version: 1, columns: { id: "A" } });
    expect(fieldColumns(m, "lateNightHours")).toEqual(["C", "D"]);
  });
});

describe("a row filter", () => {
  test("在籍状況 = 在職中: the 退職済 row is counted, not read", async () => {
    const first = await importMasterFile(SMARTHR, "smarthr.csv");
    const m = withRowFilter(first.mapping, "在籍状況", "在職中");
    expect(rowFilterOf(m)).toEqual({ column: "在籍状況", value: "在職中" });
    const r = await importMasterFile(SMARTHR, "smarthr.csv", m);
    expect(r.employees.map((e) => e.id)).toEqual(["0001"]);
    expect(r.rowCounts).toEqual({ read: 2, imported: 1, rejected: 0, filtered: 1 });
    expect(withRowFilter(m, "", "").filters).toBeUndefined();
  });
});

const KOT = csv(["従業員コード,残業時間,深夜所定時間,深夜残業時間,法定休日所定時間,法定休日残業時間", "0001,7.30,1.00,0.30,8.00,0.30", "0002,12.45,0.15,0,0,0"]);

describe("the 勤怠 file's 時間の表記 and what the clerk sees of it", () => {
  test("read as 10進, 7.30 shows as 7時間18分 and the file is questioned; as 60進 it is 7時間30分", async () => {
    const decimal = await importVariablesFile(KOT, "kot.csv");
    expect(presetNotice(decimal.mapping)?.name).toBe("KING OF TIME 月別データ");
    // 0.3 h = 18 min; 0.45 h = 27 min
    expect(hourPreview(decimal).find((l) => l.label === "残業時間")?.samples).toEqual(["7.30 → 7時間18分", "12.45 → 12時間27分"]);
    // 法定休日所定時間 holds only 8.00 and 0: nothing in it says 60進, so it is not questioned.
    expect(notationQuestions(decimal)).toHaveLength(1);
    expect(notationQuestions(decimal)[0]).toMatch(/^列「残業時間」「深夜所定時間」「深夜残業時間」「法定休日残業時間」の時間を10進/);

    const sexagesimal = await importVariablesFile(KOT, "kot.csv", withHours(decimal.mapping, "sexagesimal"));
    expect(notationQuestions(sexagesimal)).toEqual([]);
    expect(hourPreview(sexagesimal)).toEqual([
      { label: "残業時間", samples: ["7.30 → 7時間30分", "12.45 → 12時間45分"] },
      // 1.00 + 0.30 = 1時間30分; 0.15 + 0 = 15分
      { label: "深夜時間", samples: ["1.00+0.30 → 1時間30分", "0.15+0 → 0時間15分"] },
      { label: "休日時間", samples: ["8.00+0.30 → 8時間30分", "0+0 → 0時間"] },
    ]);
    expect(sexagesimal.variables[0]).toEqual({ employeeId: "0001", overtimeHours: 7.5, lateNightHours: 1.5, holidayHours: 8.5 });
  });

  test("a 60進 value with 75 minutes is shown as unreadable, and the row names its column", async () => {
    const r = await importVariablesFile(csv(["従業員コード,残業時間,深夜残業時間", "0001,7.75,0"]), "kot.csv", { version: 1, columns: { id: "従業員コード", overtimeHours: "残業時間" }, hours: "sexagesimal" });
    expect(hourPreview(r)[0]).toEqual({ label: "残業時間", samples: ["7.75 → 読めません"] });
    expect(r.problems.find((p) => p.severity === "error")).toMatchObject({ row: 2, column: "残業時間", value: "7.75" });
  });

  test("分: 450 is 7時間30分", async () => {
    const r = await importVariablesFile(csv(["社員番号,残業時間", "0001,450"]), "v.csv", { version: 1, columns: { id: "社員番号", overtimeHours: "残業時間" }, hours: "minutes" });
    expect(hourPreview(r)).toEqual([{ label: "残業時間", samples: ["450 → 7時間30分"] }]);
    expect(r.variables[0].overtimeHours).toBe(7.5);
  });
});

describe("a file without a header row", () => {
  test("columns named A列, B列…; mapped by letter, two columns added up; the 時間の表記 kept", async () => {
    const bytes = csv(["0001,7.30,1.00,0.30", "0002,2.00,0,0.45"]);
    const first = await importVariablesFile(bytes, "kot-noheader.csv");
    const m0 = withNoHeader(withHours(first.mapping, "sexagesimal"), true)!;
    expect(m0).toEqual({ version: 1, columns: {}, noHeader: true, hours: "sexagesimal" });
    const unmapped = await importVariablesFile(bytes, "kot-noheader.csv", m0);
    expect(unmapped.headers).toEqual(["A列", "B列", "C列", "D列"]);
    expect(variablesFieldLines(unmapped.mapping)[0]).toEqual({ field: "id", label: "社員番号（必須）", columns: [] });
    let m = withFieldColumns(m0, "id", ["A列"], "join");
    m = withFieldColumns(m, "overtimeHours", ["B列"], "sum");
    m = withFieldColumns(m, "lateNightHours", ["C列", "D列"], "sum");
    const r = await importVariablesFile(bytes, "kot-noheader.csv", m);
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
    // 1:00 + 0:30 = 1.5 h; 0 + 0:45 = 0.75 h
    expect(r.variables).toEqual([
      { employeeId: "0001", overtimeHours: 7.5, lateNightHours: 1.5 },
      { employeeId: "0002", overtimeHours: 2, lateNightHours: 0.75 },
    ]);
    expect(withNoHeader(m, false)).toBeUndefined();
  });
});

describe("saved with the mapping and written out", () => {
  test("the remembered mapping keeps 時間の表記, sums, no header row; it fits a file as wide, not a narrower one", () => {
    const m: ColumnMapping<VariablesField> = { version: 1, noHeader: true, hours: "sexagesimal", columns: { id: "A列" }, combined: { lateNightHours: { how: "sum", columns: ["C列", "D列"] } } };
    const stored = serializeMapping(m);
    expect(savedMappingOf(VARIABLES_SCHEMA, stored, ["A列", "B列", "C列", "D列"]).mapping).toEqual(m);
    expect(savedMappingOf(VARIABLES_SCHEMA, stored, ["A列", "B列", "C列"]).mapping).toBeUndefined();
  });

  test("a remembered SmartHR join needs 姓 and 名 in the next file", () => {
    const m = { version: 1 as const, columns: { id: "社員番号" }, combined: { name: { how: "join" as const, columns: ["姓", "名"] } } };
    expect(savedMappingOf(MASTER_SCHEMA, JSON.stringify(m), ["社員番号", "姓", "名"]).mapping).toEqual(m);
    expect(savedMappingOf(MASTER_SCHEMA, JSON.stringify(m), ["社員番号", "氏名"]).mapping).toBeUndefined();
  });

  test("the file written out is the JSON parseMapping reads back as the same mapping", () => {
    const m: ColumnMapping<VariablesField> = { version: 1, preset: "kot-monthly", hours: "sexagesimal", columns: { id: "従業員コード" }, combined: { holidayHours: { how: "sum", columns: ["法定休日所定時間", "法定休日残業時間"] } }, filters: [{ column: "雇用区分", equals: ["正社員"] }] };
    const file = mappingFile(m, "勤怠変動");
    expect(file.fileName).toBe("sonae-対応付け-勤怠変動.json");
    expect(parseMapping(VARIABLES_SCHEMA, file.bytes as string)).toEqual(m);
  });
});
