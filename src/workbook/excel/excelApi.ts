/**
 * The part of the Excel JavaScript API that the workbook writer uses, as structural types. Excel's own
 * objects satisfy them (officeHost.ts checks this at compile time), and so does the in-memory stand-in the
 * tests use (test/support/fakeExcel.ts): the writer cannot call anything the stand-in does not model.
 */

export type XlBorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export interface XlRangeBorder {
  /** "Continuous" | "None" … */
  style: string;
  /** "Thin" | "Medium" … */
  weight: string;
}

export interface XlRangeFormat {
  columnWidth: number;
  rowHeight: number;
  wrapText: boolean;
  /** "General" | "Left" | "Center" | "Right" (Excel's enum is wider). */
  horizontalAlignment: string;
  font: { bold: boolean; color: string; size: number; name: string };
  fill: { color: string };
  borders: { getItem(index: XlBorderIndex): XlRangeBorder };
}

export interface XlConditionalFormat {
  custom: {
    format: { fill: { color: string }; font: { color: string } };
    rule: { formula: string };
  };
}

/**
 * values / formulas / numberFormat take a 2D array of the range's size, or one value for every cell:
 * "Single input copy … The API will look for a single cell value and, if the target range dimension
 * doesn't match the input range dimension, it will apply the update to the entire range in the CTRL+Enter
 * model" (OfficeDev/office-js-docs, Excel JavaScript API programming notes, "Single input copy") — for a
 * formula, Ctrl+Enter moves its relative references cell by cell.
 */
export interface XlRange {
  values: any[][];
  formulas: any[][];
  numberFormat: any[][];
  readonly format: XlRangeFormat;
  /** Hides or shows the range's entire columns (ExcelApi 1.2). */
  columnHidden: boolean;
  readonly conditionalFormats: { add(type: "Custom"): XlConditionalFormat };
  /** Repeats this range over the destination (which extends it downwards), relative references moving. */
  autoFill(destinationRange: string, autoFillType: "FillCopy"): void;
}

export interface XlPageLayout {
  /** "Portrait" | "Landscape" */
  orientation: string;
  /** "A4" … */
  paperSize: string;
  centerHorizontally: boolean;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  /** Print scaling (Excel.PageLayoutZoomOptions, ExcelApi 1.9): a percentage keeps manual page breaks, "fit to" would not. */
  zoom: { scale?: number };
  /** Addresses, not Range objects: Excel takes both, the stand-in only models addresses. */
  setPrintArea(printArea: string): void;
}

export interface XlWorksheet {
  name: string;
  tabColor: string;
  readonly isNullObject: boolean;
  readonly freezePanes: { freezeAt(frozenRange: string): void; freezeRows(count: number): void; freezeColumns(count: number): void };
  readonly pageLayout: XlPageLayout;
  readonly horizontalPageBreaks: { add(pageBreakRange: string): unknown };
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  copy(positionType?: "None" | "Before" | "After" | "Beginning" | "End", relativeTo?: XlWorksheet): XlWorksheet;
  delete(): void;
  /** Shows this sheet to the user (ExcelApi 1.1). */
  activate(): void;
  load(propertyNames?: string | string[]): unknown;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  load(propertyNames?: string | string[]): unknown;
}

export interface XlRequestContext {
  readonly workbook: { readonly worksheets: XlWorksheetCollection };
  readonly application: {
    suspendApiCalculationUntilNextSync(): void;
    calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void;
  };
  sync(): Promise<void>;
}

/** `Excel.run`, or the stand-in's. */
export interface XlHost {
  run<T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T>;
}
