/**
 * A workbook plan: what Sonae writes, as pure data. The plan knows nothing of Excel or files; one writer
 * turns it into batched Excel JS calls (excel/writer.ts), another into an .xlsx file (xlsx/writer.ts), and the
 * evaluator (xlsx/cachedValues/) computes the cached values the .xlsx stores; tests hold it to a reference evaluator (test/support/referenceEvaluator.ts).
 *
 * Coordinates are zero-based (row 0 is Excel row 1). Formulas are written as Excel JS takes them
 * (`=SONAE.SI_HEALTH('給与計算'!F2:F11, …)`, English function names, comma separators).
 */

/** A cell value: text, number, boolean, or null for an empty cell. Dates are Excel serial numbers. */
export type PlanValue = string | number | boolean | null;

/** Imported or computed values, written with `range.values` — never interpreted as formulas. */
export interface ValueBlock {
  kind: "values";
  row: number;
  col: number;
  values: PlanValue[][];
}

/**
 * One formula per cell (ordinary Excel arithmetic), written with `range.formulas`. An entry that does not
 * begin with "=" is a constant label of the plan's own (a payslip's 「基本給」) — never imported data, which
 * goes in value blocks; null leaves the cell alone (empty on a new sheet).
 */
export interface FormulaBlock {
  kind: "formulas";
  row: number;
  col: number;
  formulas: (string | null)[][];
}

/**
 * One formula whose result spills over `rows` × `cols` cells from its own cell (a dynamic array): how a
 * sheet makes one custom-function call per column instead of one per cell.
 */
export interface SpillBlock {
  kind: "spill";
  row: number;
  col: number;
  formula: string;
  rows: number;
  cols: number;
}

/**
 * One formula for a column of cells, given for the first cell: each cell below gets it with its relative
 * references moved down (relative.ts), as Excel does when a formula is entered into a range with
 * Ctrl+Enter — the Excel writer sends it once ("single input copy").
 */
export interface FillBlock {
  kind: "fill";
  row: number;
  col: number;
  rows: number;
  formula: string;
}

/**
 * A block of cells (formulas and the plan's own labels) with its formats, repeated `times` times
 * downwards, relative references moving with each copy: a payslip laid out once and copied for every
 * employee (Excel: AutoFill "FillCopy").
 */
export interface TileBlock {
  kind: "tile";
  row: number;
  col: number;
  pattern: (string | null)[][];
  times: number;
  /** Formats of one tile, relative to its top-left cell. */
  formats: FormatArea[];
}

export type Block = ValueBlock | FormulaBlock | SpillBlock | FillBlock | TileBlock;

export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type Alignment = "Left" | "Center" | "Right";

/** Formats applied to a whole area at once (a number format is sent once for the area: "single input copy"). */
export interface FormatArea extends Area {
  /** Excel number format code: "#,##0", "@" (text), "yyyy/m/d". */
  numberFormat?: string;
  bold?: boolean;
  /** "#RRGGBB" */
  fill?: string;
  fontColor?: string;
  align?: Alignment;
  wrap?: boolean;
  /** Thin borders around every cell of the area. */
  border?: boolean;
  fontSize?: number;
  /**
   * Font name, for a print layout that must not depend on the PC's default font (a Japanese Excel's
   * default is 游ゴシック, Calibri elsewhere; the metrics differ).
   */
  fontName?: string;
}

/** Highlight the cells of an area whose value is not 0 (検算の差額). */
export interface NonZeroHighlight extends Area {
  fill: string;
  fontColor: string;
}

export interface PrintSetup {
  paper: "A4";
  orientation: "Portrait" | "Landscape";
  /** Zero-based rows that start a new page (a manual page break above each). */
  pageBreaks: number[];
  printArea?: Area;
  /** Margins in inches (exceljs) — Excel JS takes points (× 72). */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  centerHorizontally: boolean;
  /**
   * Print scale in percent. A percentage, not "fit to 1 page wide": Excel ignores manual page breaks
   * when a sheet is scaled to fit, and the payslips need theirs.
   */
  scale?: number;
}

export interface SheetPlan {
  name: string;
  /** Size of the area the sheet uses (for the writer's bookkeeping and the evaluator). */
  rows: number;
  cols: number;
  blocks: Block[];
  /** Applied in order, before the blocks (so that text format "@" is in place before values). */
  formats: FormatArea[];
  /** Column widths in characters, as Excel's UI shows them; index = column. */
  columnWidths: number[];
  /** Row heights in points for areas of rows (payslips), applied in order: a later area overrides an earlier one. */
  rowHeights?: { row: number; rows: number; height: number }[];
  /** Frozen header rows and columns. */
  freeze?: { rows: number; cols: number };
  highlights?: NonZeroHighlight[];
  /** Columns hidden from the clerk (計算用: the custom functions' inputs and outputs); unhiding shows them. */
  hiddenColumns?: { col: number; cols: number }[];
  print?: PrintSetup;
  tabColor?: string;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
}
