/**
 * No row lost above the header: title rows above it are skipped, but rows holding data there (an employee a
 * sort moved above the header) are rejected, each naming its line, and every import reports how many rows it
 * read, imported and rejected — for the master, the variable inputs, the previous results and the 年末調整
 * staff list alike.
 */
import { importMasterFile, importPreviousResultsFile, importVariablesFile, MASTER_TEMPLATE_HEADERS, VARIABLES_TEMPLATE_HEADERS } from "../../src/import";
import { describeRowCounts, findHeaderRow, holdsData } from "../../src/import/header";
import { COLUMNS, readStaffList } from "../../src/import/nenchoStaff";
import { templateRow, utf8, VALID } from "./helpers";

const csv = (lines: string[]) => utf8(lines.join("\r\n") + "\r\n");
const HEADER = MASTER_TEMPLATE_HEADERS.join(",");
const employee = (n: number) => templateRow({ ...VALID, 社員番号: String(n).padStart(4, "0"), 口座番号: String(1_000_000 + n) });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const TITLE_MESSAGE = /見出し行（(\d+)行目）より上にあるデータの行は読み込みません/;

describe("master: rows above the header", () => {
  test("a title, a date line and a blank line above the header are fine; 3 rows read and imported", async () => {
    const r = await importMasterFile(csv(["従業員マスタ（2026年11月）", "出力日,2026/11/01", "", HEADER, employee(1), employee(2), employee(3)]), "m.csv");
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(r.rows).toEqual([5, 6, 7]);
    expect(r.rowCounts).toEqual({ read: 3, imported: 3, rejected: 0 });
  });

  test("a group heading over some columns (基本情報 / 給与 / 振込先) is not data", async () => {
    const heading = MASTER_TEMPLATE_HEADERS.map((h) => ({ 社員番号: "基本情報", 基本給: "給与", 銀行コード: "振込先" })[h as "社員番号"] ?? "").join(",");
    const r = await importMasterFile(csv([heading, HEADER, employee(1), employee(2)]), "m.csv");
    expect(r.rejected).toEqual([]);
    expect(r.rowCounts).toEqual({ read: 2, imported: 2, rejected: 0 });
  });

  test("sorted in Excel: 9 employees on lines 1–9, the header on line 11, 3 below → lines 1–9 rejected, 3 imported", async () => {
    const r = await importMasterFile(csv([...range(1, 9).map(employee), "", HEADER, ...range(10, 12).map(employee)]), "m.csv");
    expect(r.rejected.map((x) => x.row)).toEqual(range(1, 9));
    const above = r.problems.filter((p) => TITLE_MESSAGE.test(p.message));
    expect(above.map((p) => [p.row, p.severity, TITLE_MESSAGE.exec(p.message)![1]])).toEqual(range(1, 9).map((n) => [n, "error", "11"]));
    expect(r.employees.map((e) => e.id)).toEqual(["0010", "0011", "0012"]);
    expect(r.rowCounts).toEqual({ read: 12, imported: 3, rejected: 9 });
  });

  test("the header sorted to the bottom of 15 employees (beyond the first 10 rows) is still found; all 15 rejected", async () => {
    const r = await importMasterFile(csv([...range(1, 15).map(employee), HEADER]), "m.csv");
    expect(r.headers).toEqual([...MASTER_TEMPLATE_HEADERS]);
    expect(r.rejected.map((x) => x.row)).toEqual(range(1, 15));
    expect(r.rowCounts).toEqual({ read: 15, imported: 0, rejected: 15 });
  });

  test("an employee above with only the required columns filled, the rows below full: still data", async () => {
    const sparse = templateRow({ 社員番号: "0009", 氏名: "鈴木 一郎", 生年月日: "1987/06/15", 基本給: "250000", 健康保険: "大阪府", 税区分: "甲", 扶養親族等の数: "1" });
    const r = await importMasterFile(csv([sparse, HEADER, employee(1), employee(2)]), "m.csv");
    expect(r.rejected.map((x) => x.row)).toEqual([1]);
    expect(r.rowCounts).toEqual({ read: 3, imported: 2, rejected: 1 });
  });

  test.each([
    ["an employee", ["0001", "山田", "300000", "東京都"], true],
    ["half of the required columns only (2 of 4: not more than half)", ["0001", "", "300000", ""], false],
    ["a title in the 社員番号 column", ["2026年11月 従業員一覧", "山田", "300000", "東京都"], false],
    ["a date and a title", ["2026/11/01", "従業員一覧", "", ""], false],
    ["one cell", ["0001", "", "", ""], false],
  ])("holdsData: %s", (_name, cells, data) => {
    expect(holdsData(cells, { read: [0, 1, 2, 3], required: [0, 1, 2, 3], id: 0 })).toBe(data);
  });

  test("findHeaderRow: a title then the header; the best-scoring row", () => {
    const score = (cells: readonly string[]) => cells.filter((c) => c === "社員番号" || c === "氏名").length;
    expect(findHeaderRow([["従業員マスタ"], ["社員番号", "氏名"], ["0001", "山田"]], score)).toBe(1);
    expect(findHeaderRow([[""], [" "]], score)).toBe(-1);
  });
});

describe("the other readers behave the same", () => {
  const VARS = VARIABLES_TEMPLATE_HEADERS.join(",");

  test("variables: a two-cell title is fine; a row of data above the header is rejected naming its line", async () => {
    const title = await importVariablesFile(csv(["11月分 勤怠,総務部", VARS, "0001,山田 太郎,,,10,,,,,,", "0002,佐藤 花子,,,,,,,,,"]), "v.csv");
    expect(title.rowCounts).toEqual({ read: 2, imported: 2, rejected: 0 });
    const moved = await importVariablesFile(csv(["0003,鈴木 一郎,,,4,,,,,,", VARS, "0001,山田 太郎,,,10,,,,,,", "0002,佐藤 花子,,,,,,,,,"]), "v.csv");
    expect(moved.rejected.map((x) => [x.row, TITLE_MESSAGE.exec(x.problems[0].message)?.[1]])).toEqual([[1, "2"]]);
    expect(moved.variables.map((v) => v.employeeId)).toEqual(["0001", "0002"]);
    expect(moved.rowCounts).toEqual({ read: 3, imported: 2, rejected: 1 });
  });

  test("previous results: a row of data above the header is rejected naming its line", async () => {
    const head = "社員番号,氏名,総支給額,差引支給額";
    const r = await importPreviousResultsFile(csv(["前回の給与（2026年10月分）", "0002,佐藤 花子,329266,257352", head, "0001,山田 太郎,471875,370266"]), "p.csv");
    expect(r.rejected.map((x) => [x.row, TITLE_MESSAGE.exec(x.problems[0].message)?.[1]])).toEqual([[2, "3"]]);
    expect(r.results.map((x) => x.employeeId)).toEqual(["0001"]);
    expect(r.rowCounts).toEqual({ read: 2, imported: 1, rejected: 1 });
  });

  test("年末調整 staff list: a title above the header is fine (the header's own line is named); data above is a row error", () => {
    const head = COLUMNS.map((c) => c.header).join(",");
    const row = (id: string) => [id, "見本 太郎", "5000000", "734500", "", "", "120000", ...new Array(COLUMNS.length - 7).fill("")].join(",");
    const titled = readStaffList(csv(["令和8年分 年末調整", head + ",メモ", row("E001")]));
    expect(titled.fatal).toBeUndefined();
    expect(titled.rows.map((r) => [r.row, r.errors])).toEqual([[3, []]]);
    expect(titled.warnings).toEqual(["2行目 列「メモ」は使いません（docs/nencho.md の見出しと一致しません）。"]);
    const moved = readStaffList(csv([row("E002"), head, row("E001")]));
    expect(moved.rows.map((r) => [r.row, r.id, r.errors.map((e) => TITLE_MESSAGE.exec(e.message)?.[1])])).toEqual([[1, "E002", ["2"]], [3, "E001", []]]);
    // The example list's E002 fills only 7 columns while E001 fills 20: still data, since it fills the 4 required ones.
    const example = ["E002", "検算 花子", "5000000", "734500", "", "", "120000", ...new Array(COLUMNS.length - 9).fill(""), "119400", "600"].join(",");
    const full = ["E001", "年末 太郎", "8970000", "1386102", "", "", "156670", "", "0", "", "1", "1", "", "1", "1000000", "1", ...new Array(COLUMNS.length - 16).fill("1")].join(",");
    const sparse = readStaffList(csv(["令和8年分 年末調整", example, head, full]));
    expect(sparse.rows.map((r) => [r.row, r.errors.map((e) => TITLE_MESSAGE.exec(e.message)?.[1])])).toEqual([[2, ["3"]], [4, []]]);
  });
});

describe("describeRowCounts", () => {
  test.each([
    [{ read: 12, imported: 3, rejected: 9 }, "12行を読み込みました（取り込み 3行、エラーで除外 9行）。"],
    [{ read: 5, imported: 0, rejected: 0 }, "データの行 5行: ファイル全体のエラーのため、1行も取り込んでいません。"],
  ])("%j", (counts, sentence) => {
    expect(describeRowCounts(counts)).toBe(sentence);
  });
});
