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

/**
 * Build a table sheet. Row 0 is the header; data rows 1..count; the totals row follows.
 * @example tableSheet({ name: "給与計算", columns, count: 10, totals: true }).index("gross") // 15
 */
export function tableSheet(o: {
  name: string;
  columns: Column[];
  count: number;
  totals?: boolean;
  freezeCols?: number;
  tabColor?: string;
  /** Columns the user types into (yellow). */
  inputKeys?: string[];
}): TableSheet {
  const { columns, count } = o;
  const index = new Map(columns.map((c, i) => [c.key, i]));
  if (index.size !== columns.length) throw new Error(`${o.name}: duplicate column keys`);
  const letter = columns.map((_, i) => columnName(i));
  const idx = (key: string) => {
    const i = index.get(key);
    if (i === undefined) throw new Error(`${o.name}: no column ${key}`);
    return i;
  };
  const refs: TableRefs = {
    col: (key) => letter[idx(key)],
    data: (key) => `${letter[idx(key)]}2:${letter[idx(key)]}${count + 1}`,
  };
  const blocks: Block[] = [{ kind: "values", row: 0, col: 0, values: [columns.map((c) => c.header)] }];

  // Adjacent value columns become one block; a formula column is one formula written for its first row
  // and filled down (relative references move row by row); a spill column is one formula.
  const first: RowRefs = { excelRow: 2, at: (key) => letter[idx(key)] + 2 };
  let c = 0;
  while (c < columns.length && count > 0) {
    const col = columns[c];
    if (col.spill) {
      blocks.push({ kind: "spill", row: 1, col: c, formula: col.spill(refs), rows: count, cols: 1 });
      c++;
    } else if (col.formula) {
      blocks.push({ kind: "fill", row: 1, col: c, rows: count, formula: col.formula(first) });
      c++;
    } else {
      if (!col.value) throw new Error(`${o.name}: column ${col.key} has no content`);
      let end = c + 1;
      while (end < columns.length && columns[end].value !== undefined) end++;
      const group = columns.slice(c, end);
      const values: PlanValue[][] = new Array(count);
      for (let i = 0; i < count; i++) values[i] = group.map((g) => g.value!(i));
      blocks.push({ kind: "values", row: 1, col: c, values });
      c = end;
    }
  }

  const rows = count + 1 + (o.totals ? 1 : 0);
  const formats: FormatArea[] = [];
  // Number formats, merged over runs of adjacent columns with the same format.
  for (let s = 0; s < columns.length && count > 0; ) {
    const f = columns[s].format;
    let e = s + 1;
    while (e < columns.length && columns[e].format === f) e++;
    if (f) formats.push({ row: 1, col: s, rows: count + (o.totals && f !== "@" ? 1 : 0), cols: e - s, numberFormat: f });
    s = e;
  }
  const firstHelper = columns.findIndex((col) => col.helper);
  const visible = firstHelper < 0 ? columns.length : firstHelper;
  formats.push({ row: 0, col: 0, rows: 1, cols: visible, bold: true, fill: HEADER_FILL, border: true, wrap: true, align: "Center" });
  if (firstHelper >= 0) {
    formats.push({ row: 0, col: firstHelper, rows: 1, cols: columns.length - firstHelper, bold: true, fill: HELPER_FILL, fontColor: "#595959", border: true, wrap: true, align: "Center" });
  }
  for (const key of o.inputKeys ?? []) {
    if (count > 0) formats.push({ row: 1, col: idx(key), rows: count, cols: 1, fill: INPUT_FILL });
  }
  if (count > 0) formats.push({ row: 1, col: 0, rows: count, cols: visible, border: true });

  let totalsRow: number | undefined;
  if (o.totals) {
    totalsRow = count + 1;
    const line: (string | null)[] = columns.map((col, i) =>
      col.total && count > 0 ? `=SUM(${area(1, i, count, 1)})` : null,
    );
    blocks.push({ kind: "values", row: totalsRow, col: 0, values: [["合計"]] });
    const first = line.findIndex((v) => v !== null);
    if (first >= 0) {
      const last = line.length - 1 - [...line].reverse().findIndex((v) => v !== null);
      blocks.push({ kind: "formulas", row: totalsRow, col: first, formulas: [line.slice(first, last + 1)] });
    }
    formats.push({ row: totalsRow, col: 0, rows: 1, cols: visible, bold: true, fill: TOTAL_FILL, border: true });
  }

  const sheet: SheetPlan = {
    name: o.name,
    rows,
    cols: columns.length,
    blocks,
    formats,
    columnWidths: columns.map((col) => col.width),
    freeze: { rows: 1, cols: o.freezeCols ?? 2 },
  };
  // Helper columns are the custom functions' plumbing: hidden, so that the clerk reads the figures only.
  if (firstHelper >= 0) sheet.hiddenColumns = helperRuns(columns);
  if (o.tabColor) sheet.tabColor = o.tabColor;
  return { sheet, index: idx, totalsRow };
}
