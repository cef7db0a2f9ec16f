/**
 * A sheet laid out as a table: a header row, one row per employee, an optional totals row. Each column is
 * a value (imported data), a formula per row (ordinary Excel arithmetic) or one spill formula (a
 * custom-function call over whole columns). Adjacent columns of the same kind become one block, so the
 * writer sends a few large ranges.
 */
import { area, columnName } from "./address";
import { Block, FormatArea, PlanValue, SheetPlan } from "./types";

/**
 * The first data row, for a formula column: the formula is written for row 2 with relative references
 * and filled down, so it must not depend on the employee.
 */
export interface RowRefs {
  /** Excel row number of the first data row (2). */
  excelRow: number;
  /** "F2": the cell of a column in this row. */
  at(key: string): string;
}

export interface TableRefs {
  /** Column letter. */
  col(key: string): string;
  /** "F2:F11": the data cells of a column. */
  data(key: string): string;
}

export interface Column {
  key: string;
  header: string;
  /** Width in characters. */
  width: number;
  /** Number format of the data cells ("@" only for value columns: a formula in a text cell stays text). */
  format?: string;
  /** A 計算用 column (grey header): inputs of the custom functions, not for reading. */
  helper?: boolean;
  /** Summed in the totals row. */
  total?: boolean;
  value?: (i: number) => PlanValue;
  /** The formula of the first data row, relative references only for the row's own cells. */
  formula?: (row: RowRefs) => string;
  spill?: (table: TableRefs) => string;
}

export const HEADER_FILL = "#DDEBF7";
const HELPER_FILL = "#EDEDED";
export const TOTAL_FILL = "#F2F2F2";
export const INPUT_FILL = "#FFF2CC";

export interface TableSheet {
  sheet: SheetPlan;
  /** Column index (0-based) of a key. */
  index(key: string): number;
  /** Row (0-based) of the totals, when there is one. */
  totalsRow?: number;
}

/** The runs of adjacent helper columns. */
function helperRuns(columns: readonly Column[]): { col: number; cols: number }[] {
  const runs: { col: number; cols: number }[] = [];
  columns.forEach((c, i) => {
    if (!c.helper) return;
    const last = runs[runs.length - 1];
    if (last && last.col + last.cols === i) last.cols++;
    else runs.push({ col: i, cols: 1 });
  });
  return runs;
}

export interface TableOptions {
  name: string;
  columns: Column[];
  count: number;
  totals?: boolean;
  freezeCols?: number;
  tabColor?: string;
  /** Columns the user types into (yellow). */
  inputKeys?: string[];
}

/** A column's index by key; an unknown key is a mistake in the sheet's definition. */
function columnLookup(name: string, columns: readonly Column[]): (key: string) => number {
  const index = new Map(columns.map((column, i) => [column.key, i]));
  if (index.size !== columns.length) throw new Error(`${name}: duplicate column keys`);
  return (key) => {
    const i = index.get(key);
    if (i === undefined) throw new Error(`${name}: no column ${key}`);
    return i;
  };
}

/**
 * The data rows: adjacent value columns become one block; a formula column is one formula written for its
 * first row and filled down (relative references move row by row); a spill column is one formula.
 */
function dataBlocks(o: TableOptions, indexOf: (key: string) => number): Block[] {
  const { columns, count } = o;
  const letter = columns.map((_, i) => columnName(i));
  const refs: TableRefs = {
    col: (key) => letter[indexOf(key)],
    data: (key) => `${letter[indexOf(key)]}2:${letter[indexOf(key)]}${count + 1}`,
  };
  const firstRow: RowRefs = { excelRow: 2, at: (key) => letter[indexOf(key)] + 2 };
  const blocks: Block[] = [];
  let col = 0;
  while (col < columns.length && count > 0) {
    const column = columns[col];
    if (column.spill) {
      blocks.push({ kind: "spill", row: 1, col, formula: column.spill(refs), rows: count, cols: 1 });
      col++;
    } else if (column.formula) {
      blocks.push({ kind: "fill", row: 1, col, rows: count, formula: column.formula(firstRow) });
      col++;
    } else {
      if (!column.value) throw new Error(`${o.name}: column ${column.key} has no content`);
      let end = col + 1;
      while (end < columns.length && columns[end].value !== undefined) end++;
      const group = columns.slice(col, end);
      const values: PlanValue[][] = new Array(count);
      for (let i = 0; i < count; i++) values[i] = group.map((member) => member.value!(i));
      blocks.push({ kind: "values", row: 1, col, values });
      col = end;
    }
  }
  return blocks;
}

/** Number formats, merged over runs of adjacent columns with the same format (the totals row too, but not for text). */
function numberFormats({ columns, count, totals }: TableOptions): FormatArea[] {
  const formats: FormatArea[] = [];
  for (let start = 0; start < columns.length && count > 0; ) {
    const format = columns[start].format;
    let end = start + 1;
    while (end < columns.length && columns[end].format === format) end++;
    if (format) formats.push({ row: 1, col: start, rows: count + (totals && format !== "@" ? 1 : 0), cols: end - start, numberFormat: format });
    start = end;
  }
  return formats;
}

/** The header (grey over the helper columns), the input columns in yellow, borders round the visible data. */
function headerAndInputFormats(o: TableOptions, indexOf: (key: string) => number, firstHelper: number, visible: number): FormatArea[] {
  const { columns, count } = o;
  const formats: FormatArea[] = [{ row: 0, col: 0, rows: 1, cols: visible, bold: true, fill: HEADER_FILL, border: true, wrap: true, align: "Center" }];
  if (firstHelper >= 0) {
    formats.push({ row: 0, col: firstHelper, rows: 1, cols: columns.length - firstHelper, bold: true, fill: HELPER_FILL, fontColor: "#595959", border: true, wrap: true, align: "Center" });
  }
  for (const key of o.inputKeys ?? []) {
    if (count > 0) formats.push({ row: 1, col: indexOf(key), rows: count, cols: 1, fill: INPUT_FILL });
  }
  if (count > 0) formats.push({ row: 1, col: 0, rows: count, cols: visible, border: true });
  return formats;
}

/** The totals row: 合計 and a SUM under every column that has a total. */
function totalsBlocks({ columns, count }: TableOptions, totalsRow: number): Block[] {
  const line: (string | null)[] = columns.map((column, i) => (column.total && count > 0 ? `=SUM(${area(1, i, count, 1)})` : null));
  const blocks: Block[] = [{ kind: "values", row: totalsRow, col: 0, values: [["合計"]] }];
  const first = line.findIndex((formula) => formula !== null);
  if (first >= 0) {
    const last = line.length - 1 - [...line].reverse().findIndex((formula) => formula !== null);
    blocks.push({ kind: "formulas", row: totalsRow, col: first, formulas: [line.slice(first, last + 1)] });
  }
  return blocks;
}

/**
 * Build a table sheet. Row 0 is the header; data rows 1..count; the totals row follows.
 * @example tableSheet({ name: "給与計算", columns, count: 10, totals: true }).index("gross") // 15
 */
export function tableSheet(o: TableOptions): TableSheet {
  const { columns, count } = o;
  const indexOf = columnLookup(o.name, columns);
  const blocks: Block[] = [{ kind: "values", row: 0, col: 0, values: [columns.map((column) => column.header)] }, ...dataBlocks(o, indexOf)];
  const firstHelper = columns.findIndex((column) => column.helper);
  const visible = firstHelper < 0 ? columns.length : firstHelper;
  const formats = [...numberFormats(o), ...headerAndInputFormats(o, indexOf, firstHelper, visible)];
  const totalsRow = o.totals ? count + 1 : undefined;
  if (totalsRow !== undefined) {
    blocks.push(...totalsBlocks(o, totalsRow));
    formats.push({ row: totalsRow, col: 0, rows: 1, cols: visible, bold: true, fill: TOTAL_FILL, border: true });
  }
  const sheet: SheetPlan = {
    name: o.name,
    rows: count + 1 + (o.totals ? 1 : 0),
    cols: columns.length,
    blocks,
    formats,
    columnWidths: columns.map((column) => column.width),
    freeze: { rows: 1, cols: o.freezeCols ?? 2 },
  };
  // Helper columns are the custom functions' plumbing: hidden, so that the clerk reads the figures only.
  if (firstHelper >= 0) sheet.hiddenColumns = helperRuns(columns);
  if (o.tabColor) sheet.tabColor = o.tabColor;
  return { sheet, index: indexOf, totalsRow };
}
