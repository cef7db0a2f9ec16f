/**
 * One worksheet part, produced row by row in pieces (ISO/IEC 29500-1 §18.3.1.99 worksheet, elements in
 * the schema's order), so a 100,000-row sheet is never one string in memory.
 *
 * How each kind of block is stored:
 * - values and labels: plain cells (text in the shared string table);
 * - a filled column: a shared formula (`<f t="shared" ref=… si=…>` on its first cell, `<f t="shared"
 *   si=…/>` below), as Excel stores a filled column (§18.3.1.40);
 * - a spill: a dynamic array as Excel 365 saves one — the anchor cell carries `cm="1"` (cell metadata
 *   pointing at the XLDAPR dynamic-array properties of xl/metadata.xml, [MS-XLSX] 2.6.x
 *   dynamicArrayProperties) and `<f t="array" ref="E2:E13">`; the spilled cells hold only their values.
 *   Without `cm`, Excel would read a fixed legacy array ({=…}) that cannot resize;
 * - a tile (the payslips): each copy's formulas written out, moved down by the copy's offset.
 * With valuesOnly, every formula cell holds its value alone.
 */
import { area, columnName } from "../address";
import { nonZeroRule } from "../conditional";
import { Block, SheetPlan } from "../types";
import { columnSegments, Segment, segmentAt } from "./cachedValues/planValues";
import { EvaluatedValue } from "./cachedValues/values";
import { asciiBytes, ByteWriter } from "./byteWriter";
import { formulaCell, formulaCellEnd, formulaCellStart, SharedStrings, spilledCell, styledEmptyCell, valueCell } from "./cellXml";
import { shiftParts, toStoredFormula } from "./formulaText";
import { shiftFormula } from "../relative";
import { rowStyles } from "./rowStyles";
import { escText, NS_MAIN, NS_REL } from "./xml";
import { pageXml, sheetHeadXml } from "./sheetParts";
import { StyleBook } from "./styles";

export interface SheetWriteContext {
  values: (row: number, col: number) => EvaluatedValue;
  styles: StyleBook;
  strings: SharedStrings;
  valuesOnly: boolean;
  selected: boolean;
}

/**
 * Bytes per piece handed to the zip: large enough that the deflater is called a few hundred times for a
 * big sheet rather than tens of thousands, small enough that a piece stays in the CPU cache.
 */
const CHUNK = 1 << 18;

/** The extent of everything the sheet writes or formats. */
function extent(sheet: SheetPlan): { rows: number; cols: number } {
  let rows = sheet.rows;
  let cols = Math.max(sheet.cols, sheet.columnWidths.length);
  for (const f of sheet.formats) (rows = Math.max(rows, f.row + f.rows)), (cols = Math.max(cols, f.col + f.cols));
  for (const s of columnSegments(sheet).flat()) rows = Math.max(rows, s.to);
  columnSegments(sheet).forEach((_, c) => (cols = Math.max(cols, c + 1)));
  for (const b of sheet.blocks) if (b.kind === "tile") for (const f of b.formats) cols = Math.max(cols, b.col + f.col + f.cols);
  return { rows, cols };
}

/** Writes one cell of a block: its column's letters, its row's number (both as bytes), its format. */
type CellWriter = (w: ByteWriter, col: Uint8Array, rowBytes: Uint8Array, r: number, c: number, s: number) => void;

const encoder = new TextEncoder();

/** `<f>…</f>` of a formula, escaped and encoded once. */
function formulaElement(text: string, attributes = ""): Uint8Array {
  return encoder.encode(`<f${attributes}>${escText(toStoredFormula(text))}</f>`);
}

const F_OPEN = asciiBytes("<f>");
const F_CLOSE = asciiBytes("</f>");
const DYNAMIC_ARRAY = asciiBytes(' cm="1"');

/**
 * A payslip formula moved down by each copy's offset, written as bytes: the texts between its relative
 * row numbers are encoded once, the row numbers written per copy.
 */
function tileFormula(text: string): (w: ByteWriter, rows: number) => void {
  const stored = toStoredFormula(text);
  const parts = shiftParts(stored);
  if (!parts) return (w, rows) => (w.bytes(F_OPEN), w.text(shiftFormula(stored, rows)), w.bytes(F_CLOSE));
  const texts = parts.texts.map((t) => encoder.encode(escText(t)));
  return (w, rows) => {
    w.bytes(F_OPEN);
    w.bytes(texts[0]);
    for (let i = 0; i < parts.rows.length; i++) w.uint(parts.rows[i] + rows), w.bytes(texts[i + 1]);
    w.bytes(F_CLOSE);
  };
}

/** How the cells of one block are written. */
function blockWriter(b: Block, ctx: SheetWriteContext, si: () => number): CellWriter {
  const { values, strings } = ctx;
  const computed: CellWriter = (w, col, row, r, c, s) => valueCell(w, col, row, s, values(r, c), strings);
  switch (b.kind) {
    case "values":
      return (w, col, row, r, c, s) => valueCell(w, col, row, s, b.values[r - b.row][c - b.col], strings);
    case "formulas": {
      const elements = new Map<string, Uint8Array>();
      return (w, col, row, r, c, s) => {
        const text = b.formulas[r - b.row][c - b.col];
        if (text === null || !text.startsWith("=")) return valueCell(w, col, row, s, text, strings);
        if (ctx.valuesOnly) return computed(w, col, row, r, c, s);
        let f = elements.get(text);
        if (!f) elements.set(text, (f = formulaElement(text)));
        formulaCell(w, col, row, s, f, values(r, c));
      };
    }
    case "fill": {
      if (ctx.valuesOnly) return computed;
      if (b.rows === 1) {
        const f = formulaElement(b.formula);
        return (w, col, row, r, c, s) => formulaCell(w, col, row, s, f, values(r, c));
      }
      const id = si();
      const head = formulaElement(b.formula, ` t="shared" ref="${area(b.row, b.col, b.rows, 1)}" si="${id}"`);
      const rest = asciiBytes(`<f t="shared" si="${id}"/>`);
      return (w, col, row, r, c, s) => formulaCell(w, col, row, s, r === b.row ? head : rest, values(r, c));
    }
    case "spill": {
      if (ctx.valuesOnly) return computed;
      const f = formulaElement(b.formula, ` t="array" ref="${area(b.row, b.col, b.rows, b.cols)}"`);
      return (w, col, row, r, c, s) => (r === b.row && c === b.col ? formulaCell(w, col, row, s, f, values(r, c), DYNAMIC_ARRAY) : spilledCell(w, col, row, s, values(r, c)));
    }
    case "tile": {
      const h = b.pattern.length;
      const templates = b.pattern.map((line) => line.map((t) => (t !== null && t.startsWith("=") ? tileFormula(t) : undefined)));
      return (w, col, row, r, c, s) => {
        const local = (r - b.row) % h;
        const template = templates[local][c - b.col];
        if (!template) return valueCell(w, col, row, s, b.pattern[local][c - b.col], strings);
        if (ctx.valuesOnly) return computed(w, col, row, r, c, s);
        const v = values(r, c);
        formulaCellStart(w, col, row, s, v);
        template(w, r - b.row - local);
        formulaCellEnd(w, v);
      };
    }
  }
}

/**
 * Each row's height in points (0: Excel's default), the plan's areas applied in order so that a later area
 * overrides an earlier one — as the Excel writer sets them (a payslip sheet's general height, then its titles).
 */
function rowHeightTable(sheet: SheetPlan, rows: number): Float64Array {
  const heights = new Float64Array(rows);
  for (const h of sheet.rowHeights ?? []) heights.fill(h.height, h.row, Math.min(rows, h.row + h.rows));
  return heights;
}

const ROW_OPEN = asciiBytes('<row r="');
const ROW_HEIGHT = asciiBytes('" ht="');
const CUSTOM_HEIGHT = asciiBytes('" customHeight="1">');
const ROW_OPEN_END = asciiBytes('">');
const ROW_END = asciiBytes("</row>");

/** A stretch of rows [from, to) of one column whose cells one block writes (none: only formats, if any). */
interface Run {
  from: number;
  to: number;
  write: CellWriter | undefined;
}

/**
 * For each column, its rows cut into runs that one block writes, so that going down the rows a cell finds
 * its writer by moving a cursor rather than searching the blocks. Where blocks overlap the later one wins
 * (segmentAt).
 */
function columnRuns(segments: Segment[][], cols: number, rows: number, writers: Map<Block, CellWriter>): Run[][] {
  return Array.from({ length: cols }, (_, c) => {
    const segs = segments[c] ?? [];
    const cuts = [...new Set([0, rows, ...segs.flatMap((g) => [g.from, g.to])])].filter((r) => r >= 0 && r <= rows).sort((a, b) => a - b);
    const runs: Run[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const seg = segmentAt(segs, cuts[i]);
      runs.push({ from: cuts[i], to: cuts[i + 1], write: seg && writers.get(seg.block) });
    }
    return runs;
  });
}

/** The worksheet part of a sheet, in pieces: text, or UTF-8 bytes valid until the next piece is asked for. */
export function* sheetXml(sheet: SheetPlan, ctx: SheetWriteContext): Generator<string | Uint8Array> {
  const { rows, cols } = extent(sheet);
  const segments = columnSegments(sheet);
  let nextSi = 0;
  const writers = new Map<Block, CellWriter>();
  for (const b of sheet.blocks) writers.set(b, blockWriter(b, ctx, () => nextSi++));
  const runs = columnRuns(segments, cols, rows, writers);
  const at = new Int32Array(cols);
  const letters = Array.from({ length: cols }, (_, c) => asciiBytes(columnName(c)));
  const stylesOf = rowStyles(sheet, ctx.styles, cols);
  const heightOf = rowHeightTable(sheet, rows);

  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`;
  yield sheetHeadXml(sheet, { rows, cols, selected: ctx.selected });
  yield "<sheetData>";
  const w = new ByteWriter(CHUNK * 2);
  for (let r = 0; r < rows; r++) {
    const line = stylesOf(r);
    const rowBytes = asciiBytes(String(r + 1));
    const h = heightOf[r];
    const start = w.at;
    w.bytes(ROW_OPEN);
    w.bytes(rowBytes);
    if (h) w.bytes(ROW_HEIGHT), w.number(h), w.bytes(CUSTOM_HEIGHT);
    else w.bytes(ROW_OPEN_END);
    const cellsAt = w.at;
    for (let c = 0; c < cols; c++) {
      const column = runs[c];
      while (column[at[c]].to <= r) at[c]++;
      const write = column[at[c]].write;
      if (write) write(w, letters[c], rowBytes, r, c, line[c]);
      else if (line[c]) styledEmptyCell(w, letters[c], rowBytes, line[c]);
    }
    // A row with neither cells nor a height of its own is left out.
    if (w.at === cellsAt && !h) w.at = start;
    else w.bytes(ROW_END);
    if (w.at > CHUNK) yield w.take();
  }
  yield w.take();
  yield "</sheetData>";
  yield pageXml(sheet, ctx.styles, nonZeroRule);
  yield "</worksheet>";
}
