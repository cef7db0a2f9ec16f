/**
 * The 年末調整 staff list on the shared import engine: the same rows from a CSV, an .xlsx workbook and pasted
 * cells; header names other systems use; columns that differ only by a bracket never guessed; personal-number
 * columns dropped; every problem also in the shape every import reports.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { parseCsv } from "../../src/import/csv";
import { COLUMNS, readStaffList, readStaffListCells, readStaffListFile } from "../../src/import/nenchoStaff";
import { utf8 } from "./helpers";

const EXAMPLE = fs.readFileSync(path.resolve(__dirname, "../../examples/nencho-staff.csv"));
const exampleCells = () => parseCsv(EXAMPLE.toString("utf8").replace(/^\uFEFF/, "")).rows;
const comparable = (list: ReturnType<typeof readStaffList>) => list.rows.map((r) => ({ row: r.row, id: r.id, fields: r.fields, errors: r.errors }));

test("an .xlsx of the example list reads as the CSV does", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("従業員一覧");
  for (const cells of exampleCells()) ws.addRow(cells);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const fromXlsx = await readStaffListFile(bytes, "staff.xlsx");
  const fromCsv = readStaffList(EXAMPLE);
  expect(fromXlsx.fatal).toBeUndefined();
  expect(fromXlsx.encoding).toBe("xlsx");
  expect(comparable(fromXlsx)).toEqual(comparable(fromCsv));
});

test("pasted cells read as the CSV does, rows numbered from the range's first row", () => {
  const pasted = readStaffListCells(exampleCells());
  expect(pasted.encoding).toBe("sheet");
  expect(comparable(pasted)).toEqual(comparable(readStaffList(EXAMPLE)));
  expect(readStaffListCells(exampleCells(), 5).rows[0].row).toBe(6);
});

test("the synchronous reader asks for a CSV when given an .xlsx", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("a").addRow(["社員番号"]);
  const list = readStaffList(new Uint8Array(await wb.xlsx.writeBuffer()));
  expect(list.fatal).toMatch(/CSV で保存し直して/);
});

test("従業員番号 is read as 社員番号; a bare 一般の生命保険料 (新 or 旧?) is not guessed but ignored with a warning", () => {
  const list = readStaffList(utf8("従業員番号,氏名,支給総額,社会保険料,源泉徴収済額,一般の生命保険料\nE1,見本,3000000,450000,30000,80000\n"));
  expect(list.fatal).toBeUndefined();
  expect(list.rows.map((r) => [r.id, r.fields.newGeneral, r.fields.oldGeneral])).toEqual([["E1", undefined, undefined]]);
  expect(list.warnings).toEqual(["1行目 列「一般の生命保険料」は使いません（docs/nencho.md の見出しと一致しません）。"]);
});

test("a マイナンバー column is dropped, said once, and its values are nowhere in the problems", () => {
  const list = readStaffList(utf8("社員番号,マイナンバー,支給総額,社会保険料,源泉徴収済額\nE1,123456789012,abc,450000,30000\n"));
  expect(list.warnings).toEqual([expect.stringContaining("列「マイナンバー」はマイナンバー等の番号の列なので読み込みません")]);
  expect(JSON.stringify(list.problems)).not.toContain("123456789012");
});

test("row problems also come in the shape of every import: row, column, value, message, severity", () => {
  const list = readStaffList(utf8("社員番号,支給総額,社会保険料,源泉徴収済額\nE1,abc,450000,\n"));
  expect(list.problems.map((p) => [p.row, p.column, p.value, p.severity])).toEqual([
    [2, "支給総額", "abc", "error"],
    [2, "源泉徴収済額", "", "error"],
  ]);
  expect(list.rows[0].errors.map((e) => e.message)).toEqual(["支給総額「abc」は使えません。0以上の整数（円）で指定してください。", "源泉徴収済額 が空欄です。"]);
});

test("the same column twice is a problem of the whole file, as before", () => {
  const head = ["社員番号", ...COLUMNS.slice(1, 7).map((c) => c.header), "社員番号"].join(",");
  expect(readStaffList(utf8(`${head}\nE1\n`)).fatal).toBe("1行目 列「社員番号」が重複しています。");
});

test("a header of digits (perhaps someone's number) is named by its column letter, never repeated", () => {
  const list = readStaffList(utf8("社員番号,支給総額,社会保険料,源泉徴収済額,123456789012\nE1,3000000,450000,30000,x\n"));
  expect(list.warnings).toEqual(["1行目 列「（E列）」は使いません（docs/nencho.md の見出しと一致しません）。"]);
});
