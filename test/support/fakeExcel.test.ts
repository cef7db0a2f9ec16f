/**
 * The in-memory Excel stand-in, checked against the behaviours Microsoft documents for the Excel
 * JavaScript API, so that the writer's tests mean something. Each test names its page:
 * - Excel.Range.values: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 * - Core concepts (proxies, load, sync): https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts
 * - Resource limits (5 MB): https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * - Error codes: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 * - *OrNullObject: https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
 * - ClientObject.isNullObject ("You must call context.sync() before reading the isNullObject property"):
 *   https://learn.microsoft.com/javascript/api/office/officeextension.clientobject
 * - Programming notes "Null-Input", "Blank input", "Single input copy" (OfficeDev/office-js-docs, Excel
 *   JavaScript API programming notes)
 * - Application.suspendApiCalculationUntilNextSync: https://learn.microsoft.com/javascript/api/excel/excel.application
 * - Range.autoFill / AutoFillType.fillCopy: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-autofill-member(1)
 * - WorksheetCollection.getActiveWorksheet: https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getactiveworksheet-member(1)
 * - Worksheet.getUsedRangeOrNullObject: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)
 * - Range.text, Range.address: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member
 * - Empty cells read as "": https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
 * - Sheet rename and delete, #REF!, #SPILL!: see test/support/fakeExcelReferences.ts and FakeSheet.spillError,
 *   and docs/excel-behaviour.md for every behaviour and its page.
 */
import { createFakeExcel, FakeExcelError, formatNumber, PAYLOAD_LIMIT_BYTES } from "./fakeExcel";
import { renameSheetReferences } from "./fakeExcelReferences";

async function rejects(p: Promise<unknown>, code: string) {
  await expect(p).rejects.toMatchObject({ code });
}

describe("proxies: nothing happens before sync; reading before load + sync throws PropertyNotLoaded (core concepts)", () => {
  test("a write is queued until context.sync()", async () => {
    const { host, workbook } = createFakeExcel();
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 1).values = [[5]];
      expect(workbook.sheet("Sheet1")!.cell("A1").value).toBeNull();
      await ctx.sync();
      expect(workbook.sheet("Sheet1")!.cell("A1").value).toBe(5);
    });
  });

  test("reading a property that was not loaded throws PropertyNotLoaded; after load + sync it is readable", async () => {
    const { host } = createFakeExcel({ sheets: ["A", "B"] });
    await host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(FakeExcelError);
      expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
      sheets.load("items/name");
      expect(() => sheets.items).toThrow(/PropertyNotLoaded/); // loaded only at sync
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
      const range = ctx.workbook.worksheets.getItem("A").getRangeByIndexes(0, 0, 1, 1);
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
    });
  });

  test("getItemOrNullObject: isNullObject after load + sync (OrNullObject methods)", async () => {
    const { host } = createFakeExcel({ sheets: ["A"] });
    await host.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("給与計算");
      const there = ctx.workbook.worksheets.getItemOrNullObject("A");
      missing.load("name");
      there.load("name");
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
    });
  });

  test("getItemOrNullObject: isNullObject is readable after sync without load (the documented pattern); name still needs load", async () => {
    const { host } = createFakeExcel({ sheets: ["A"] });
    await host.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("給与計算");
      const there = ctx.workbook.worksheets.getItemOrNullObject("A");
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/); // known only once Excel answered
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      expect(() => there.name).toThrow(/PropertyNotLoaded/);
    });
  });

  test("a worksheet's name is readable after load(\"name\") or load() and sync, not after loading another property", async () => {
    const { host } = createFakeExcel({ sheets: ["A"] });
    await host.run(async (ctx) => {
      const named = ctx.workbook.worksheets.getItem("A").load("name") as { name: string };
      const all = ctx.workbook.worksheets.getItem("A");
      all.load();
      const other = ctx.workbook.worksheets.getItem("A");
      other.load("isNullObject");
      await ctx.sync();
      expect([named.name, all.name]).toEqual(["A", "A"]);
      expect(() => other.name).toThrow(/PropertyNotLoaded/);
      expect(other.isNullObject).toBe(false);
    });
  });

  test("getItem: isNullObject is known once a sync has resolved the sheet, not before (OfficeExtension.ClientObject.isNullObject)", async () => {
    const { host } = createFakeExcel({ sheets: ["A"] });
    await host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("A");
      const range = sheet.getRangeByIndexes(0, 0, 1, 1);
      range.values = [[1]];
      expect(() => sheet.isNullObject).toThrow(/PropertyNotLoaded/);
      expect(() => range.isNullObject).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(sheet.isNullObject).toBe(false);
      expect(range.isNullObject).toBe(false);
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
    });
  });

  test("getUsedRangeOrNullObject: isNullObject after sync without load; its size still needs load", async () => {
    const { host } = createFakeExcel({ sheets: ["空", "入力"] });
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("入力").getRangeByIndexes(1, 1, 1, 1).values = [[1]];
      const empty = ctx.workbook.worksheets.getItem("空").getUsedRangeOrNullObject(true);
      const used = ctx.workbook.worksheets.getItem("入力").getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect(empty.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(false);
      expect(() => used.rowCount).toThrow(/PropertyNotLoaded/);
    });
  });
});

describe("requests: every sync is recorded with its JSON size; over 5 MB the request fails (resource limits)", () => {
  test("the size of a request is the UTF-8 JSON of its operations", async () => {
    const { host, workbook } = createFakeExcel();
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 2).values = [["給与", 1]];
      await ctx.sync();
    });
    expect(workbook.syncs).toHaveLength(1);
    expect(workbook.syncs[0].operations).toBe(1);
    // "給与" is 6 bytes in UTF-8: the request is larger than the value's JSON and counts it in bytes.
    expect(workbook.syncs[0].bytes).toBeGreaterThan(Buffer.byteLength(JSON.stringify([["給与", 1]])));
  });

  test(`a request over ${PAYLOAD_LIMIT_BYTES} bytes fails with RequestPayloadSizeLimitExceeded and changes nothing`, async () => {
    const { host, workbook } = createFakeExcel();
    const big = Array.from({ length: 60_000 }, () => ["0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890"]);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, big.length, 1).values = big;
      await rejects(ctx.sync(), "RequestPayloadSizeLimitExceeded");
    });
    expect(workbook.sheet("Sheet1")!.cell("A1").value).toBeNull();
    expect(workbook.syncs).toHaveLength(0);
  });

  test(`a response over ${PAYLOAD_LIMIT_BYTES} bytes fails with ResponsePayloadSizeLimitExceeded; a smaller read passes`, async () => {
    const { host, workbook } = createFakeExcel();
    const rows = 60_000;
    const text = "給与".repeat(20); // 120 bytes of UTF-8: 60,000 of them are 7.4 MB of JSON
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, rows, 1).values = text as unknown as unknown[][];
      await ctx.sync();
      const all = ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, rows, 1);
      all.load("values");
      await rejects(ctx.sync(), "ResponsePayloadSizeLimitExceeded");
      const half = ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, rows / 2, 1);
      half.load("values");
      await ctx.sync();
      expect(half.values).toHaveLength(rows / 2);
    });
    // The single value written to the whole range was a small request; the reads were large responses.
    expect(workbook.syncs[0].bytes).toBeLessThan(1_000);
    expect(workbook.syncs[2].responseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES / 2);
  });

  test("suspendApiCalculationUntilNextSync lasts until the next sync only (Excel.Application)", async () => {
    const { host, workbook } = createFakeExcel();
    await host.run(async (ctx) => {
      ctx.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 1).values = [[1]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 1).values = [[2]];
      await ctx.sync();
    });
    expect(workbook.syncs.map((s) => s.calculationSuspended)).toEqual([true, false]);
  });
});

describe("Range.values: + - = make a formula unless the cell is text \"@\"; text keeps leading zeros (Excel.Range.values)", () => {
  test.each([
    ["=SUM(A1:A2)", "General", { formula: "=SUM(A1:A2)", value: null }],
    ["+1+1", "General", { formula: "=+1+1", value: null }],
    ["-A1", "General", { formula: "=-A1", value: null }],
    ["0012", "General", { value: 12 }],
    ["=SUM(A1:A2)", "@", { value: "=SUM(A1:A2)" }],
    ["-A1", "@", { value: "-A1" }],
    ["0012", "@", { value: "0012" }],
    ["山田 太郎", "General", { value: "山田 太郎" }],
  ])("%s written to a %s cell", async (text, format, expected) => {
    const { host, workbook } = createFakeExcel();
    await host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 1);
      r.numberFormat = [[format]];
      r.values = [[text]];
      await ctx.sync();
    });
    const cell = workbook.sheet("Sheet1")!.cell("A1");
    expect({ value: cell.value, ...(cell.formula ? { formula: cell.formula } : {}) }).toEqual(expected);
  });
});

describe("2D inputs: null leaves a cell alone, \"\" clears it, a wrong size fails; one value fills the range (programming notes)", () => {
  test("null keeps the existing value; a different size is InvalidArgument", async () => {
    const { host, workbook } = createFakeExcel();
    await host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 3);
      r.values = [[1, 2, 3]];
      await ctx.sync();
      r.values = [[null, "", 9]];
      await ctx.sync();
      r.values = [[1, 2]];
      await rejects(ctx.sync(), "InvalidArgument");
    });
    const s = workbook.sheet("Sheet1")!;
    expect([s.cell("A1").value, s.cell("B1").value, s.cell("C1").value]).toEqual([1, null, 9]);
  });

  test("single input copy: one number format for every cell; one formula moves its relative references (Ctrl+Enter)", async () => {
    const { host, workbook } = createFakeExcel();
    await host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(1, 2, 3, 1); // C2:C4
      (r as unknown as { numberFormat: string }).numberFormat = "#,##0";
      (r as unknown as { formulas: string }).formulas = "=A2*$B$1";
      await ctx.sync();
    });
    const s = workbook.sheet("Sheet1")!;
    expect(["C2", "C3", "C4"].map((a) => s.cell(a).formula)).toEqual(["=A2*$B$1", "=A3*$B$1", "=A4*$B$1"]);
    expect(s.cell("C4").numberFormat).toBe("#,##0");
  });
});

describe("worksheets: names, duplicates, missing sheets, copies (error codes)", () => {
  test("add an existing name → ItemAlreadyExists; getItem of a missing sheet → ItemNotFound", async () => {
    const { host } = createFakeExcel({ sheets: ["給与計算"] });
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.add("給与計算");
      await rejects(ctx.sync(), "ItemAlreadyExists");
      ctx.workbook.worksheets.getItem("ない").getRangeByIndexes(0, 0, 1, 1).values = [[1]];
      await rejects(ctx.sync(), "ItemNotFound");
    });
  });

  test.each(["a".repeat(32), "給与[1]", "a/b", "a:b", "a?b", "a*b", ""])("a sheet name like %j is InvalidArgument", async (name) => {
    const { host } = createFakeExcel();
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.add(name);
      await rejects(ctx.sync(), "InvalidArgument");
    });
  });

  test("copy() makes \"name (2)\" with the cells; delete of the last sheet is refused", async () => {
    const { host, workbook } = createFakeExcel({ sheets: ["給与計算"] });
    await host.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("給与計算");
      s.getRangeByIndexes(0, 0, 1, 1).values = [["x"]];
      s.copy("End");
      await ctx.sync();
    });
    expect(workbook.names()).toEqual(["給与計算", "給与計算 (2)"]);
    expect(workbook.sheet("給与計算 (2)")!.cell("A1").value).toBe("x");
    const lone = createFakeExcel({ sheets: ["only"] });
    await lone.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("only").delete();
      await rejects(ctx.sync(), "InvalidOperation");
    });
  });
});

describe("formulas follow their sheets: a rename rewrites references everywhere, a delete leaves #REF! (Rename a worksheet; #REF!)", () => {
  async function book() {
    const fake = createFakeExcel({ sheets: ["勤怠・変動", "給与計算", "メモ"] });
    await fake.host.run(async (ctx) => {
      const pay = ctx.workbook.worksheets.getItem("給与計算");
      pay.getRangeByIndexes(0, 0, 1, 3).formulas = [["='勤怠・変動'!A1*2", '="勤怠・変動!A1"&A1', "=SUM('勤怠・変動'!$B$2:$B$9)+A1"]];
      ctx.workbook.worksheets.getItem("メモ").getRangeByIndexes(0, 0, 1, 1).formulas = [["=給与計算!C1"]];
    });
    return fake;
  }

  test("renaming a sheet rewrites every formula that refers to it, on every sheet; text in quotes stays", async () => {
    const fake = await book();
    await fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("勤怠・変動").name = "勤怠_旧";
      ctx.workbook.worksheets.getItem("給与計算").name = "給与計算 11月";
    });
    const pay = fake.workbook.sheet("給与計算 11月")!;
    expect([pay.cell("A1").formula, pay.cell("B1").formula, pay.cell("C1").formula]).toEqual(["=勤怠_旧!A1*2", '="勤怠・変動!A1"&A1', "=SUM(勤怠_旧!$B$2:$B$9)+A1"]);
    expect(fake.workbook.sheet("メモ")!.cell("A1").formula).toBe("='給与計算 11月'!C1");
  });

  test.each([
    ["=A!B2+'A'!C3", "A", "新しい名前", "=新しい名前!B2+新しい名前!C3"],
    ["='it''s'!A1&\"it's!A1\"", "it's", "月次", "=月次!A1&\"it's!A1\""],
    ["=Memo!A1", "memo", "Sheet 2", "='Sheet 2'!A1"],
    ["=X!A1", "X", "AB12", "='AB12'!A1"],
    ["=X!A1", "X", "R1C1", "='R1C1'!A1"],
    ["=SUM(Other!A1:A3)", "X", "Y", "=SUM(Other!A1:A3)"],
  ])("rename %s (%s → %s) gives %s", (formula, from, to, expected) => {
    expect(renameSheetReferences(formula, from, to)).toBe(expected);
  });

  test("deleting a sheet turns the references to it into #REF!", async () => {
    const fake = await book();
    await fake.host.run(async (ctx) => ctx.workbook.worksheets.getItem("勤怠・変動").delete());
    const pay = fake.workbook.sheet("給与計算")!;
    expect([pay.cell("A1").formula, pay.cell("C1").formula]).toEqual(["=#REF!A1*2", "=SUM(#REF!$B$2:$B$9)+A1"]);
    expect(fake.workbook.sheet("メモ")!.cell("A1").formula).toBe("=給与計算!C1");
  });

  test("a copy refers to the same sheets as its original, so renaming and deleting the originals breaks the copy", async () => {
    const fake = await book();
    await fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("給与計算").copy("End").name = "控え";
      ctx.workbook.worksheets.getItem("勤怠・変動").name = "勤怠_旧";
      await ctx.sync();
      ctx.workbook.worksheets.getItem("勤怠_旧").delete();
    });
    expect(fake.workbook.sheet("控え")!.cell("A1").formula).toBe("=#REF!A1*2");
  });
});

describe("#SPILL!: a dynamic array whose spill range is not blank (Dynamic array formulas and spilled array behavior)", () => {
  test("an empty spill range spills; one value in it blocks the spill; the anchor itself does not count", async () => {
    const { host, workbook } = createFakeExcel();
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 1).formulas = [["=SEQUENCE(3)"]];
    });
    const s = workbook.sheet("Sheet1")!;
    expect(s.spillError("A1", 3, 1)).toBeUndefined();
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(2, 0, 1, 1).values = [["x"]];
    });
    expect(s.spillError("A1", 3, 1)).toBe("#SPILL!");
    expect(s.spillError("A1", 2, 1)).toBeUndefined();
  });
});

test("activate() makes a sheet the active one (Worksheet.activate)", async () => {
  const { host, workbook } = createFakeExcel({ sheets: ["A", "B"] });
  await host.run(async (ctx) => ctx.workbook.worksheets.getItem("B").activate());
  expect(workbook.active().name).toBe("B");
});

test("autoFill FillCopy repeats a block and its formats downwards, relative references moving (AutoFillType.fillCopy)", async () => {
  const { host, workbook } = createFakeExcel();
  await host.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem("Sheet1");
    const block = s.getRangeByIndexes(0, 0, 2, 2);
    block.formulas = [["label", "=INDEX($D$1:$D$9,$C1)"], [null, "=B1+1"]];
    block.format.font.bold = true;
    block.autoFill("A1:B6", "FillCopy");
    await ctx.sync();
  });
  const s = workbook.sheet("Sheet1")!;
  expect([s.cell("A3").value, s.cell("B3").formula, s.cell("B4").formula, s.cell("B6").formula]).toEqual(["label", "=INDEX($D$1:$D$9,$C3)", "=B3+1", "=B5+1"]);
  expect(s.formats.filter((f) => f.property === "font.bold").map((f) => f.address)).toEqual(["A1:B2", "A3:B4", "A5:B6"]);
});

describe("reading a pasted sheet: active sheet, used range, values and text (Worksheet, WorksheetCollection, Range)", () => {
  // 1985-04-01 is serial 31138: 1985-04-01 − 1899-12-30 = 31,138 days (the 1900 date system from 1900-03-01).
  const SERIAL_1985_04_01 = (Date.UTC(1985, 3, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;

  test("getActiveWorksheet is the first sheet of a new workbook, then the one activated (\"Gets the currently active worksheet\")", async () => {
    const { host, workbook } = createFakeExcel({ sheets: ["Sheet1", "貼り付け"] });
    await host.run(async (ctx) => {
      const first = ctx.workbook.worksheets.getActiveWorksheet();
      first.load("name");
      await ctx.sync();
      expect(first.name).toBe("Sheet1");
      ctx.workbook.worksheets.getItem("貼り付け").activate();
      const now = ctx.workbook.worksheets.getActiveWorksheet();
      now.load("name");
      await ctx.sync();
      expect(now.name).toBe("貼り付け");
    });
    expect(workbook.active().name).toBe("貼り付け");
  });

  test("getUsedRangeOrNullObject: the bounding box of the non-empty cells; values only after load + sync; empty cells read as \"\"", async () => {
    const { host } = createFakeExcel();
    await host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getActiveWorksheet();
      sheet.getRangeByIndexes(2, 1, 2, 3).values = [["社員番号", "氏名", "基本給"], [12, null, 300000]]; // B3:D4, C4 never written
      sheet.getRangeByIndexes(0, 0, 1, 1).values = [[""]]; // A1 written empty: not used
      await ctx.sync();
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("isNullObject, address, rowIndex, columnIndex, rowCount, columnCount, values");
      expect(() => used.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect([used.isNullObject, used.address, used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([false, "Sheet1!B3:D4", 2, 1, 2, 3]);
      expect(used.values).toEqual([["社員番号", "氏名", "基本給"], [12, "", 300000]]);
      expect(() => used.text).toThrow(/PropertyNotLoaded/); // not in the load list
    });
  });

  test("valuesOnly: a formatted empty cell counts as used only without it (\"Considers only cells with values as used cells\")", async () => {
    const { host } = createFakeExcel();
    await host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getActiveWorksheet();
      sheet.getRangeByIndexes(0, 0, 1, 1).values = [["x"]];
      sheet.getRangeByIndexes(4, 2, 1, 1).numberFormat = [["@"]]; // C5: format, no value
      const withFormats = sheet.getUsedRangeOrNullObject();
      const valuesOnly = sheet.getUsedRangeOrNullObject(true);
      withFormats.load("address");
      valuesOnly.load("address");
      await ctx.sync();
      expect([withFormats.address, valuesOnly.address]).toEqual(["Sheet1!A1:C5", "Sheet1!A1"]);
    });
  });

  test("an empty sheet's used range is a null object (\"If the entire worksheet is blank… isNullObject… true\")", async () => {
    const { host } = createFakeExcel();
    await host.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true);
      used.load("isNullObject, rowCount");
      expect(() => used.isNullObject).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(used.isNullObject).toBe(true);
    });
  });

  test("values are a snapshot taken when the load runs, in queue order", async () => {
    const { host } = createFakeExcel();
    await host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 1);
      r.values = [[1]];
      r.load("values");
      r.values = [[2]];
      await ctx.sync();
      expect(r.values).toEqual([[1]]);
    });
  });

  test("text is the value as displayed: 12 under \"0000\" is 0012, a date serial under yyyy/m/d is its date (Range.text)", async () => {
    const { host } = createFakeExcel();
    await host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, 5);
      r.numberFormat = [["0000", "yyyy/m/d", "General", "@", "#,##0"]];
      r.values = [[12, SERIAL_1985_04_01, "1990/13/01", "0012", 300000]];
      r.load("values, text, numberFormat");
      await ctx.sync();
      expect(r.values).toEqual([[12, SERIAL_1985_04_01, "1990/13/01", "0012", 300000]]);
      expect(r.text).toEqual([["0012", "1985/4/1", "1990/13/01", "0012", "300,000"]]);
      expect(r.numberFormat).toEqual([["0000", "yyyy/m/d", "General", "@", "#,##0"]]);
    });
  });

  test("loading the values of a formula cell fails: the stand-in does not calculate", async () => {
    const { host } = createFakeExcel();
    await host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, 1);
      r.formulas = [["=1+1"]];
      r.load("values");
      await expect(ctx.sync()).rejects.toThrow(/does not calculate/);
    });
  });

  // Expected texts are Excel's display rules: 0 pads to its count of digits, "," groups thousands,
  // ".00" rounds to two places, General shows integers in full; dates are y/m/d of the 1900 system.
  test.each([
    [12, "0000", "0012"],
    [5, "000", "005"],
    [1234567, "0", "1234567"],
    [1234567, "#,##0", "1,234,567"],
    [-1234.5, "#,##0", "-1,235"],
    [0.125, "#,##0.00", "0.13"],
    [0, "#,##0", "0"],
    [300000, "General", "300000"],
    [0.1 + 0.2, "General", "0.3"],
    [12, "@", "12"],
    [SERIAL_1985_04_01, "yyyy/m/d", "1985/4/1"],
    [SERIAL_1985_04_01, "yyyy/mm/dd", "1985/04/01"],
    [SERIAL_1985_04_01, 'yyyy"年"m"月"d"日"', "1985年4月1日"],
    [SERIAL_1985_04_01, "m/d/yyyy;@", "4/1/1985"],
  ])("formatNumber(%j, %j) = %j", (value, format, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });

  test.each(["h:mm", "0.0%", "[$-ja-JP]ggge\"年\"m\"月\"d\"日\""])("an unmodelled number format %j throws, naming it", (format) => {
    expect(() => formatNumber(1, format)).toThrow(format);
  });
});
