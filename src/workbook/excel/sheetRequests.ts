/**
 * A plan sheet as Excel JS requests: every write of the sheet as an operation with its estimated payload,
 * whole ranges at a time, grouped into requests (one `context.sync()` each) that stay under a budget well
 * below Excel on the web's 5 MB limit
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The number of requests depends on the bytes written, never on a loop over rows.
 */
import { nonZeroRule } from "../conditional";
import { area } from "../address";
import { XlRange, XlRequestContext, XlWorksheet } from "./excelApi";
import { Block, FormatArea, PrintSetup, SheetPlan, TileBlock, WorkbookPlan } from "../types";

/** Largest payload one request may carry (estimated JSON bytes): 40% of the 5 MB limit. */
export const DEFAULT_REQUEST_BUDGET = 2_000_000;

const encoder = new TextEncoder();
/** Object path, property name and framing of one operation in a request. */
export const OPERATION_OVERHEAD = 300;

function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** One queued write and its estimated size. */
export interface Op {
  bytes: number;
  apply(sheet: XlWorksheet, ctx: XlRequestContext): void;
}

/** Ops sent together in one `context.sync()`. */
export interface Request {
  ops: Op[];
  bytes: number;
}

/** An operation small enough that only its overhead counts. */
function smallOp(apply: Op["apply"], operations = 1): Op {
  return { bytes: OPERATION_OVERHEAD * operations, apply };
}

/** Points for a width in characters (Excel: 8.43 characters = 64 px = 48 pt). */
function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A 2D block split into row slices whose JSON stays under the budget. */
function rowSlices<T>(rows: T[][], budget: number): { start: number; rows: T[][]; bytes: number }[] {
  const slices: { start: number; rows: T[][]; bytes: number }[] = [];
  let start = 0;
  let bytes = 2;
  for (let r = 0; r < rows.length; r++) {
    const rowBytes = jsonBytes(rows[r]) + 1;
    if (r > start && bytes + rowBytes > budget) {
      slices.push({ start, rows: rows.slice(start, r), bytes });
      start = r;
      bytes = 2;
    }
    bytes += rowBytes;
  }
  if (rows.length > start) slices.push({ start, rows: rows.slice(start), bytes });
  return slices;
}

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function formatOps(format: FormatArea): Op[] {
  const ops: Op[] = [];
  const small = (apply: Op["apply"]) => ops.push(smallOp(apply));
  const range = (sheet: XlWorksheet) => sheet.getRangeByIndexes(format.row, format.col, format.rows, format.cols);
  if (format.bold !== undefined) small((s) => (range(s).format.font.bold = format.bold!));
  if (format.fontSize !== undefined) small((s) => (range(s).format.font.size = format.fontSize!));
  if (format.fontName) small((s) => (range(s).format.font.name = format.fontName!));
  if (format.fill) small((s) => (range(s).format.fill.color = format.fill!));
  if (format.fontColor) small((s) => (range(s).format.font.color = format.fontColor!));
  if (format.align) small((s) => (range(s).format.horizontalAlignment = format.align!));
  if (format.wrap !== undefined) small((s) => (range(s).format.wrapText = format.wrap!));
  if (format.border) {
    small((s) => {
      const bordered = range(s);
      const inner = [...(format.rows > 1 ? (["InsideHorizontal"] as const) : []), ...(format.cols > 1 ? (["InsideVertical"] as const) : [])];
      for (const edge of [...BORDER_EDGES, ...inner]) {
        const border = bordered.format.borders.getItem(edge);
        border.style = "Continuous";
        border.weight = "Thin";
      }
    });
  }
  return ops;
}

/**
 * Single input copy: one value for every cell of a range (Excel applies it as with Ctrl+Enter; a formula's
 * relative references move cell by cell). The typings only declare 2D arrays, hence the cast.
 */
function setAll(range: XlRange, property: "formulas" | "numberFormat", value: string) {
  (range as unknown as Record<string, unknown>)[property] = value;
}

function numberFormatOp(format: FormatArea, rowOffset = 0): Op {
  return {
    bytes: jsonBytes(format.numberFormat) + OPERATION_OVERHEAD,
    apply: (s) => setAll(s.getRangeByIndexes(format.row + rowOffset, format.col, format.rows, format.cols), "numberFormat", format.numberFormat!),
  };
}

/** One tile (its formats and cells), then AutoFill copies it down for every employee. */
function tileOps(tile: TileBlock): Op[] {
  const height = tile.pattern.length;
  const width = tile.pattern[0]?.length ?? 0;
  const ops: Op[] = [];
  for (const format of tile.formats) {
    if (format.numberFormat) ops.push(numberFormatOp(format, tile.row));
    ops.push(...formatOps({ ...format, row: format.row + tile.row, col: format.col + tile.col }));
  }
  ops.push({ bytes: jsonBytes(tile.pattern) + OPERATION_OVERHEAD, apply: (s) => (s.getRangeByIndexes(tile.row, tile.col, height, width).formulas = tile.pattern) });
  if (tile.times > 1) {
    ops.push(smallOp((s) => s.getRangeByIndexes(tile.row, tile.col, height, width).autoFill(area(tile.row, tile.col, height * tile.times, width), "FillCopy")));
  }
  return ops;
}

/** A block's cells: one formula for a whole column, a tile copied down, or a grid in row slices under the budget. */
function blockOps(block: Block, sliceBudget: number): Op[] {
  if (block.kind === "spill" || block.kind === "fill") {
    const rows = block.kind === "fill" ? block.rows : 1;
    return [{ bytes: jsonBytes(block.formula) + OPERATION_OVERHEAD, apply: (s) => setAll(s.getRangeByIndexes(block.row, block.col, rows, 1), "formulas", block.formula) }];
  }
  if (block.kind === "tile") return tileOps(block);
  const grid: unknown[][] = block.kind === "values" ? block.values : block.formulas;
  const cols = grid[0]?.length ?? 0;
  if (cols === 0) return [];
  return rowSlices(grid, sliceBudget).map((slice) => ({
    bytes: slice.bytes + OPERATION_OVERHEAD,
    apply: (s) => {
      const range = s.getRangeByIndexes(block.row + slice.start, block.col, slice.rows.length, cols);
      if (block.kind === "values") range.values = slice.rows;
      else range.formulas = slice.rows;
    },
  }));
}

/** Column widths, hidden columns, row heights and frozen panes. */
function layoutOps(sheet: SheetPlan): Op[] {
  const ops = sheet.columnWidths.map((width, col) => smallOp((s) => (s.getRangeByIndexes(0, col, 1, 1).format.columnWidth = widthInPoints(width))));
  for (const hidden of sheet.hiddenColumns ?? []) ops.push(smallOp((s) => (s.getRangeByIndexes(0, hidden.col, 1, hidden.cols).columnHidden = true)));
  for (const height of sheet.rowHeights ?? []) ops.push(smallOp((s) => (s.getRangeByIndexes(height.row, 0, height.rows, 1).format.rowHeight = height.height)));
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    ops.push(
      smallOp((s) => {
        if (freeze.cols === 0) s.freezePanes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) s.freezePanes.freezeColumns(freeze.cols);
        else s.freezePanes.freezeAt(area(0, 0, freeze.rows, freeze.cols));
      }),
    );
  }
  return ops;
}

/** Cells that stand out while they are not zero (a conditional format per area). */
function highlightOps(sheet: SheetPlan): Op[] {
  return (sheet.highlights ?? []).map((highlight) =>
    smallOp((s) => {
      const rule = s.getRangeByIndexes(highlight.row, highlight.col, highlight.rows, highlight.cols).conditionalFormats.add("Custom");
      rule.custom.rule.formula = nonZeroRule(highlight);
      rule.custom.format.fill.color = highlight.fill;
      rule.custom.format.font.color = highlight.fontColor;
    }, 3),
  );
}

const INCH_IN_POINTS = 72;

/** Paper, orientation, margins (inches in the plan, points in Excel), scale, print area and page breaks. */
function printOps(print: PrintSetup): Op[] {
  const pageSetup = smallOp((s) => {
    const layout = s.pageLayout;
    layout.paperSize = print.paper;
    layout.orientation = print.orientation;
    layout.centerHorizontally = print.centerHorizontally;
    layout.topMargin = print.margins.top * INCH_IN_POINTS;
    layout.bottomMargin = print.margins.bottom * INCH_IN_POINTS;
    layout.leftMargin = print.margins.left * INCH_IN_POINTS;
    layout.rightMargin = print.margins.right * INCH_IN_POINTS;
    layout.headerMargin = print.margins.header * INCH_IN_POINTS;
    layout.footerMargin = print.margins.footer * INCH_IN_POINTS;
    if (print.scale) layout.zoom = { scale: print.scale };
    if (print.printArea) layout.setPrintArea(area(print.printArea.row, print.printArea.col, print.printArea.rows, print.printArea.cols));
  }, 10);
  return [pageSetup, ...print.pageBreaks.map((row) => smallOp((s) => s.horizontalPageBreaks.add(area(row, 0, 1, 1))))];
}

/** Every write of one sheet, in order: number formats, values, formulas, formats, layout. */
function sheetOps(sheet: SheetPlan, budget: number): Op[] {
  const ops: Op[] = [];
  if (sheet.tabColor) ops.push(smallOp((s) => (s.tabColor = sheet.tabColor!)));
  // Number formats first: text "@" must be in place before a value is written, or "=…" becomes a formula
  // and "0012" the number 12.
  for (const format of sheet.formats) if (format.numberFormat) ops.push(numberFormatOp(format));
  for (const block of sheet.blocks) ops.push(...blockOps(block, budget - OPERATION_OVERHEAD));
  for (const format of sheet.formats) ops.push(...formatOps(format));
  ops.push(...layoutOps(sheet), ...highlightOps(sheet));
  if (sheet.print) ops.push(...printOps(sheet.print));
  return ops;
}

/** Ops grouped into requests that stay under the budget; a sheet always starts a new request. */
function requestsOf(ops: Op[], budget: number): Request[] {
  const requests: Request[] = [];
  let current: Request = { ops: [], bytes: 0 };
  for (const op of ops) {
    if (current.ops.length > 0 && current.bytes + op.bytes > budget) {
      requests.push(current);
      current = { ops: [], bytes: 0 };
    }
    current.ops.push(op);
    current.bytes += op.bytes;
  }
  if (current.ops.length > 0) requests.push(current);
  return requests;
}

/** The requests one sheet needs. */
export function sheetRequests(sheet: SheetPlan, budget: number): Request[] {
  return requestsOf(sheetOps(sheet, budget), budget);
}

/** The requests a plan needs, per sheet, with their estimated payloads. */
export function planRequests(plan: WorkbookPlan, budget = DEFAULT_REQUEST_BUDGET): { sheet: string; requests: number; bytes: number[] }[] {
  return plan.sheets.map((sheet) => {
    const requests = sheetRequests(sheet, budget);
    return { sheet: sheet.name, requests: requests.length, bytes: requests.map((r) => r.bytes) };
  });
}
