/// <reference types="office-js" />
/**
 * The task pane's only contact with Excel and Office: read the cells the user pasted into the active
 * sheet, remember settings in the workbook (Office.context.document.settings), and hand a workbook plan
 * to the writer (src/workbook/excel/writer.ts), which batches the Excel.run calls. Components never
 * touch Excel; the workflow modules are pure. Outside Excel (a plain browser) every function says so
 * instead of failing obscurely.
 */
import { officeHost } from "../../workbook/excel/officeHost";
import { OverwriteChoice, WriteProgress, WriteReport, writeWorkbook } from "../../workbook/excel/writer";
import { SHEET } from "../../workbook/layout";
import type { WorkbookPlan } from "../../workbook/types";
import { excelErrorCode, excelErrorMessage, inJapanese } from "./excelErrors";
import { missingExcelFeatures } from "./requirements";

/** Excel JS is there (inside Excel, or the tests' stand-in). */
export function excelAvailable(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function";
}

/** The document settings are there (Office.context.document.settings). */
function documentSettings(): Office.Settings | undefined {
  if (typeof Office === "undefined") return undefined;
  try {
    return Office.context?.document?.settings ?? undefined;
  } catch {
    // Office.context is not ready outside a host: nothing is remembered then.
    return undefined;
  }
}

export const NOT_IN_EXCEL = "Excel の中で開いたときだけ使えます（今はブラウザで開いています）。";

/** A value remembered in this workbook, or undefined. */
export function loadSetting(key: string): unknown {
  const s = documentSettings();
  if (!s) return undefined;
  const v = s.get(key);
  return v === null ? undefined : v;
}

/** Remember values in this workbook (saved with the workbook). Outside Excel nothing is remembered. */
export function saveSettings(values: Record<string, unknown>): Promise<void> {
  const s = documentSettings();
  if (!s) return Promise.resolve();
  for (const [k, v] of Object.entries(values)) s.set(k, v);
  return new Promise((resolve, reject) => {
    s.saveAsync((r) => {
      if (r.status === Office.AsyncResultStatus.Succeeded) resolve();
      // Office's own message is English: the clerk gets what to check, support gets the code.
      else reject(new Error(`ブックへの設定の保存に失敗しました。ブックが読み取り専用や保護されていないか確かめて、もう一度お試しください（Office のエラーコード: ${r.error?.code ?? "不明"}）。`));
    });
  });
}

/**
 * Cells per read request: 2 properties × ~20 bytes a cell stay well under Excel on the web's 5 MB response
 * limit; a paste of long texts that goes over it is read again in halves.
 */
const CELLS_PER_READ = 60_000;

export interface PastedCells {
  sheetName: string;
  cells: unknown[][];
  /** The sheet row of cells[0] (1-based). */
  firstRow: number;
}

/**
 * The used range of the active sheet, as values (numbers stay numbers, dates are serials), except that a
 * number shown with leading zeros by its format (0012) is taken as it is shown, so codes keep their zeros.
 * Large ranges are read in row chunks; a chunk whose response Excel refuses as over 5 MB is read again in halves.
 */
export async function readActiveSheetCells(): Promise<PastedCells> {
  if (!excelAvailable()) throw new Error(`シートからの読み込みは${NOT_IN_EXCEL}`);
  return inJapanese(() => Excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    const read = await readUsedRange(ctx, sheet);
    if (!read) throw new Error(`シート「${sheet.name}」は空です。従業員マスタ（見出し行とデータ）を貼り付けてから読み込んでください。`);
    return { sheetName: sheet.name, ...read };
  }));
}

/**
 * The computed values of a sheet of the workbook (e.g. 給与計算 after Excel has recalculated), or
 * undefined when the workbook has no such sheet.
 */
export async function readSheetValues(sheetName: string): Promise<PastedCells | undefined> {
  if (!excelAvailable()) throw new Error(`シートの読み取りは${NOT_IN_EXCEL}`);
  return inJapanese(() => Excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItemOrNullObject(sheetName);
    await ctx.sync();
    if (sheet.isNullObject) return undefined;
    const read = await readUsedRange(ctx, sheet);
    return { sheetName, cells: read?.cells ?? [], firstRow: read?.firstRow ?? 1 };
  }));
}

/** The used range's values in row chunks (sheet.name is loaded too). */
async function readUsedRange(ctx: Excel.RequestContext, sheet: Excel.Worksheet): Promise<{ cells: unknown[][]; firstRow: number } | undefined> {
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(["isNullObject", "rowIndex", "columnIndex", "rowCount", "columnCount"]);
  await ctx.sync();
  if (used.isNullObject) return undefined;
  let rowsPerRead = Math.max(1, Math.floor(CELLS_PER_READ / used.columnCount));
  const cells: unknown[][] = [];
  for (let start = 0; start < used.rowCount; ) {
    const n = Math.min(rowsPerRead, used.rowCount - start);
    const rows = await readRows(ctx, sheet.getRangeByIndexes(used.rowIndex + start, used.columnIndex, n, used.columnCount));
    if ("tooLarge" in rows) {
      // Long texts: the same rows in smaller reads. A single row that is too large is Excel's error to show.
      if (n === 1) throw rows.tooLarge;
      rowsPerRead = Math.ceil(n / 2);
      continue;
    }
    cells.push(...rows);
    start += n;
  }
  // Leading empty columns are not part of the used range; the row numbers are the sheet's.
  return { cells, firstRow: used.rowIndex + 1 };
}

/**
 * The rows of a range as values, except that a number shown with leading zeros by its format (0012) is
 * taken as it is shown; or Excel's error when it refuses the response as over its 5 MB limit.
 */
async function readRows(ctx: Excel.RequestContext, part: Excel.Range): Promise<unknown[][] | { tooLarge: unknown }> {
  part.load(["values", "text"]);
  try {
    await ctx.sync();
  } catch (e) {
    if (excelErrorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
    return { tooLarge: e };
  }
  return part.values.map((line, r) => line.map((v, c) => (typeof v === "number" && /^0\d+$/.test(part.text[r][c]) ? part.text[r][c] : v)));
}

export interface WritePlanOptions {
  confirmOverwrite: (sheetNames: string[], message: string) => Promise<OverwriteChoice>;
  onProgress?: (p: WriteProgress) => void;
  signal?: AbortSignal;
}

/**
 * Write a workbook plan into the open workbook (batched, cancellable; existing sheets only after
 * confirmation), then show the sheet to start from: 給与計算 when the plan has it, else its first sheet.
 */
export async function writePlanToExcel(plan: WorkbookPlan, o: WritePlanOptions): Promise<WriteReport> {
  if (!excelAvailable()) throw new Error(`ブックの作成は${NOT_IN_EXCEL}`);
  const missing = missingExcelFeatures();
  if (missing) throw new Error(missing);
  const names = plan.sheets.map((s) => s.name);
  const activate = names.includes(SHEET.payroll) ? SHEET.payroll : names[0];
  return inJapanese(() =>
    writeWorkbook(plan, {
      host: officeHost,
      confirmOverwrite: o.confirmOverwrite,
      onProgress: o.onProgress,
      signal: o.signal,
      activate,
      describeError: excelErrorMessage,
    }),
  );
}
