/**
 * .xlsx reading without a zip or XML library: workbooks written by exceljs (as Excel would write them)
 * and hand-made packages for the tolerant corners (namespace prefixes, inline strings, phonetic guides,
 * stored entries, the 1904 date system, missing cell references).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readXlsx } from "../../src/import/xlsx";
import { importMasterFile, MASTER_TEMPLATE_HEADERS } from "../../src/import";
import { VALID } from "./helpers";

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Serial of a day in Excel's 1900 date system: 25569 is the serial of 1970-01-01. */
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25569;

describe("readXlsx on exceljs workbooks", () => {
  test("strings, rich text, numbers, booleans, dates, formulas and errors read as the user sees them", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("従業員");
      ws.addRow(["社員番号", "氏名", "基本給", "料率", "生年月日", "在籍", "式", "誤り", "大きな数"]);
      ws.addRow([
        "0001",
        { richText: [{ text: "山田 " }, { text: "太郎", font: { bold: true } }] },
        300000,
        0.095,
        new Date(Date.UTC(1985, 3, 1)),
        true,
        { formula: 'A2&"-x"', result: "0001-x" },
        { error: "#N/A" },
        123456789012,
      ]);
      ws.getCell("C4").value = 5; // a sparse row below an empty one
      wb.addWorksheet("メモ").addRow(["ignored"]);
    });
    const sheet = await readXlsx(bytes);
    expect(sheet.sheetName).toBe("従業員");
    expect(sheet.date1904).toBe(false);
    expect(sheet.rows[0]).toEqual(["社員番号", "氏名", "基本給", "料率", "生年月日", "在籍", "式", "誤り", "大きな数"]);
    expect(sheet.rows[1]).toEqual(["0001", "山田 太郎", "300000", "0.095", String(serial(1985, 4, 1)), "TRUE", "0001-x", "#N/A", "123456789012"]);
    expect(serial(1985, 4, 1)).toBe(31138);
    expect(sheet.rows[2]).toEqual(["", "", "5"]);
    expect(sheet.rowNumbers).toEqual([1, 2, 4]);
  });

  test("a whole master imported from .xlsx: dates as serials, codes as text, the Excel row named in problems", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Sheet1");
      ws.addRow(["従業員マスタ（2026年11月）"]); // a title row above the header
      ws.addRow([...MASTER_TEMPLATE_HEADERS]);
      const row = (over: Record<string, unknown>) => MASTER_TEMPLATE_HEADERS.map((h) => (h in over ? over[h] : (VALID[h] ?? null)));
      ws.addRow(row({ 生年月日: new Date(Date.UTC(1985, 3, 1)), 基本給: 300000, 銀行コード: 1, 支店コード: 1 }));
      ws.addRow(row({ 社員番号: "0002", 生年月日: "S60.13.1" }));
    });
    const r = await importMasterFile(bytes, "master.xlsx");
    expect(r.encoding).toBe("xlsx");
    expect(r.employees).toHaveLength(1);
    expect(r.employees[0]).toMatchObject({ id: "0001", birthDate: "1985-04-01", baseSalary: 300000, bank: { bankCode: "0001", branchCode: "001" } });
    // Excel rows: title 1, header 2, data 3 and 4.
    expect(r.rows).toEqual([3]);
    expect(r.rejected.map((x) => x.row)).toEqual([4]);
    expect(r.problems.filter((p) => p.severity === "error").map((p) => [p.row, p.column, p.value])).toEqual([[4, "生年月日", "S60.13.1"]]);
    expect(r.problems.filter((p) => p.severity === "warning").map((p) => [p.row, p.column, p.value])).toEqual([
      [3, "銀行コード", "1"],
      [3, "支店コード", "1"],
    ]);
  });
});

/** A minimal package written by hand: [path, xml], with the compression chosen per test. */
async function handMade(parts: Record<string, string>, compression: "STORE" | "DEFLATE"): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, xml] of Object.entries(parts)) zip.file(path, xml);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression }));
}

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const HAND_MADE = {
  "xl/workbook.xml": `<?xml version="1.0"?><x:workbook ${NS}><x:workbookPr date1904="1"/><x:sheets><x:sheet name="名簿" sheetId="7" r:id="rId9"/><x:sheet name="other" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
  "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/></Relationships>`,
  "xl/strings.xml": `<?xml version="1.0"?><x:sst ${NS}><x:si><x:t>氏名</x:t></x:si><x:si><x:t>山田</x:t><x:rPh sb="0" eb="2"><x:t>ヤマダ</x:t></x:rPh><x:phoneticPr fontId="1"/></x:si><x:si><x:r><x:t xml:space="preserve">A &amp; </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>B_x000D_</x:t></x:r></x:si></x:sst>`,
  "xl/worksheets/data.xml": `<?xml version="1.0"?><x:worksheet ${NS}><x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>=HYPERLINK("x")</x:t></x:is></x:c></x:row><x:row><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c><x:v>9.5000000000000001E-2</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c/><x:c t="str"><x:f>X</x:f><x:v>&lt;1&gt;</x:v></x:c></x:row><x:row r="5"><x:c r="D5"><x:v>29676</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
  "xl/worksheets/sheet1.xml": `<?xml version="1.0"?><x:worksheet ${NS}><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>wrong sheet</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
};

describe("readXlsx on hand-made packages", () => {
  test.each(["STORE", "DEFLATE"] as const)("%s: prefixes, first sheet by workbook order, inline strings, phonetic guides dropped, entities, _xHHHH_, 1904", async (compression) => {
    const sheet = await readXlsx(await handMade(HAND_MADE, compression));
    expect(sheet.sheetName).toBe("名簿");
    expect(sheet.date1904).toBe(true);
    expect(sheet.rows).toEqual([
      ["氏名", '=HYPERLINK("x")'],
      ["山田", "A & B\r", "0.095", "FALSE", "", "<1>"],
      ["", "", "", "29676"],
    ]);
    expect(sheet.rowNumbers).toEqual([1, 2, 5]);
  });

  test("a 1904 serial is read as its own date (29676 + 1462 days = 1985-04-01 in the 1900 system)", async () => {
    const inline = (v: string) => `<x:c t="inlineStr"><x:is><x:t>${v}</x:t></x:is></x:c>`;
    const cells = MASTER_TEMPLATE_HEADERS.map((h) => (h === "生年月日" ? "<x:c><x:v>29676</x:v></x:c>" : inline(VALID[h] ?? "")));
    const parts = {
      ...HAND_MADE,
      "xl/worksheets/data.xml": `<?xml version="1.0"?><x:worksheet ${NS}><x:sheetData><x:row>${MASTER_TEMPLATE_HEADERS.map(inline).join("")}</x:row><x:row>${cells.join("")}</x:row></x:sheetData></x:worksheet>`,
    };
    const r = await importMasterFile(await handMade(parts, "DEFLATE"), "mac.xlsx");
    expect(31138 - 1462).toBe(29676);
    expect(r.employees.map((e) => e.birthDate)).toEqual(["1985-04-01"]);
    const without1904 = await importMasterFile(await handMade({ ...parts, "xl/workbook.xml": parts["xl/workbook.xml"].replace('date1904="1"', "") }, "DEFLATE"), "win.xlsx");
    expect(without1904.employees.map((e) => e.birthDate)).toEqual(["1981-03-31"]);
  });

  test("an old .xls and a broken zip fail with advice", async () => {
    await expect(importMasterFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), "old.xls")).rejects.toThrow(/古い Excel 形式/);
    await expect(importMasterFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "bad.xlsx")).rejects.toThrow(/ZIP 形式が壊れています/);
  });
});
