/**
 * The Excel glue against a minimal hand-made Excel.run (to count the chunked reads of a large paste) and
 * against the in-memory stand-in (test/support/fakeExcel.ts, whose reading of a sheet is checked against
 * Microsoft's documentation): the pasted range is read in row chunks, codes shown with leading zeros come
 * back as shown, an empty sheet is a message, and settings go to Office.context.document.settings.
 */
import { excelAvailable, loadSetting, readActiveSheetCells, saveSettings } from "../../../src/taskpane/excel/excelGlue";
import { createFakeExcel, PAYLOAD_LIMIT_BYTES } from "../../support/fakeExcel";

type Grid = { values: unknown[][]; text: string[][] };

function installExcel(grid: Grid | undefined, at = { row: 2, col: 1 }) {
  const syncs: { reads: number }[] = [];
  let pendingReads = 0;
  const sheet = {
    name: "貼り付け",
    load: () => undefined,
    getUsedRangeOrNullObject: () => ({
      load: () => undefined,
      isNullObject: grid === undefined,
      rowIndex: at.row,
      columnIndex: at.col,
      rowCount: grid?.values.length ?? 0,
      columnCount: grid?.values[0]?.length ?? 0,
    }),
    getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => {
      pendingReads++;
      const slice = <T>(m: T[][]) => m.slice(row - at.row, row - at.row + rows).map((l) => l.slice(col - at.col, col - at.col + cols));
      return { load: () => undefined, values: slice(grid!.values), text: slice(grid!.text) };
    },
  };
  const context = {
    workbook: { worksheets: { getActiveWorksheet: () => sheet } },
    sync: async () => {
      syncs.push({ reads: pendingReads });
      pendingReads = 0;
    },
  };
  (globalThis as any).Excel = { run: (batch: (c: unknown) => Promise<unknown>) => batch(context) };
  return syncs;
}

afterEach(() => {
  delete (globalThis as any).Excel;
  delete (globalThis as any).Office;
});

test("outside Excel: nothing is available and reading says so in Japanese", async () => {
  expect(excelAvailable()).toBe(false);
  await expect(readActiveSheetCells()).rejects.toThrow("シートからの読み込みはExcel の中で開いたときだけ使えます（今はブラウザで開いています）。");
  expect(loadSetting("x")).toBeUndefined();
  await expect(saveSettings({ x: 1 })).resolves.toBeUndefined();
});

test("the used range comes back with the sheet's row numbers; a number shown as 0012 is read as 0012", async () => {
  const syncs = installExcel({
    values: [
      ["社員番号", "氏名", "生年月日"],
      [12, "山田 太郎", 31138],
      [13, "佐藤 花子", 27595],
    ],
    text: [
      ["社員番号", "氏名", "生年月日"],
      ["0012", "山田 太郎", "1985/4/1"],
      ["13", "佐藤 花子", "1975/7/20"],
    ],
  });
  const r = await readActiveSheetCells();
  expect(r).toEqual({
    sheetName: "貼り付け",
    firstRow: 3,
    cells: [
      ["社員番号", "氏名", "生年月日"],
      ["0012", "山田 太郎", 31138],
      [13, "佐藤 花子", 27595],
    ],
  });
  // One request for the range's size, one for its cells.
  expect(syncs).toEqual([{ reads: 0 }, { reads: 1 }]);
});

test("a large paste is read in row chunks of at most 60,000 cells (responses stay far below Excel on the web's 5 MB)", async () => {
  const rows = 25_000;
  const values = Array.from({ length: rows }, (_, i) => [i, "x", "y"]);
  const syncs = installExcel({ values, text: values.map((l) => l.map(String)) });
  const r = await readActiveSheetCells();
  expect(r.cells).toHaveLength(rows);
  // 60,000 cells / 3 columns = 20,000 rows a request: 25,000 rows → 2 reads after the size request.
  expect(syncs.map((s) => s.reads)).toEqual([0, 1, 1]);
});

test("an empty sheet is a message that says what to paste", async () => {
  installExcel(undefined);
  await expect(readActiveSheetCells()).rejects.toThrow("シート「貼り付け」は空です。従業員マスタ（見出し行とデータ）を貼り付けてから読み込んでください。");
});

test("settings are kept in the workbook (Office.context.document.settings) and saved", async () => {
  const store = new Map<string, unknown>();
  let saves = 0;
  (globalThis as any).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      document: {
        settings: {
          get: (k: string) => (store.has(k) ? store.get(k) : null),
          set: (k: string, v: unknown) => store.set(k, v),
          saveAsync: (cb: (r: { status: string; error?: { code: number; message: string } }) => void) => {
            saves++;
            cb({ status: saves === 1 ? "succeeded" : "failed", error: { code: 5001, message: "An internal error has occurred." } });
          },
        },
      },
    },
  };
  await saveSettings({ "sonae.test": { a: 1 } });
  expect(loadSetting("sonae.test")).toEqual({ a: 1 });
  expect(loadSetting("sonae.none")).toBeUndefined();
  await expect(saveSettings({ "sonae.test": 2 })).rejects.toThrow(
    "ブックへの設定の保存に失敗しました。ブックが読み取り専用や保護されていないか確かめて、もう一度お試しください（Office のエラーコード: 5001）。",
  );
});

describe("against the in-memory Excel stand-in (test/support/fakeExcel.ts): what a paste leaves in the sheet", () => {
  // 1985-04-01 as an Excel serial: days since 1899-12-30 (the 1900 date system from 1900-03-01).
  const SERIAL_1985_04_01 = (Date.UTC(1985, 3, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;

  test("a 社員番号 12 under \"0000\" comes back as 0012, a date as its serial, a bad date as typed; row numbers are the sheet's", async () => {
    const fake = createFakeExcel({ sheets: ["貼り付け"] });
    await fake.host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(1, 1, 3, 3); // B2:D4
      r.numberFormat = [["General", "General", "General"], ["0000", "General", "yyyy/m/d"], ["0000", "General", "General"]];
      r.values = [["社員番号", "氏名", "生年月日"], [12, "山田 太郎", SERIAL_1985_04_01], [13, "鈴木 一郎", "1990/13/01"]];
    });
    (globalThis as any).Excel = { run: fake.host.run };
    const before = fake.workbook.syncs.length;
    await expect(readActiveSheetCells()).resolves.toEqual({
      sheetName: "貼り付け",
      firstRow: 2,
      cells: [
        ["社員番号", "氏名", "生年月日"],
        ["0012", "山田 太郎", SERIAL_1985_04_01],
        ["0013", "鈴木 一郎", "1990/13/01"],
      ],
    });
    // One request for the used range, one for its cells.
    expect(fake.workbook.syncs.length - before).toBe(2);
  });

  test("a paste of long Japanese text over Excel on the web's 5 MB response limit is read again in smaller parts, whole", async () => {
    const rows = 20_000;
    const address = "東京都千代田区霞が関一丁目二番三号　中央合同庁舎第五号館別館十二階"; // 32 characters, 96 bytes of UTF-8
    const fake = createFakeExcel({ sheets: ["貼り付け"] });
    await fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, rows, 3).values = address as unknown as unknown[][];
    });
    (globalThis as any).Excel = { run: fake.host.run };
    const read = await readActiveSheetCells();
    expect(read.cells).toHaveLength(rows);
    expect(read.cells[rows - 1]).toEqual([address, address, address]);
    const refused = fake.workbook.syncs.filter((x) => x.refused);
    const answered = fake.workbook.syncs.filter((x) => !x.refused).map((x) => x.responseBytes ?? 0);
    // 60,000 cells of ~100 bytes, twice (values and text): refused at 12 MB and 6 MB, answered in quarters.
    expect(refused.map((x) => x.refused)).toEqual(["ResponsePayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);
    expect(Math.max(...answered)).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(answered.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  test("an empty active sheet is the message that says what to paste", async () => {
    const fake = createFakeExcel({ sheets: ["Sheet1"] });
    (globalThis as any).Excel = { run: fake.host.run };
    await expect(readActiveSheetCells()).rejects.toThrow("シート「Sheet1」は空です。");
  });
});
