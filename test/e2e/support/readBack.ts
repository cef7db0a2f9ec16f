/**
 * The in-memory workbook as the page holds it (window.__sonaeWorkbook), brought back to Node and
 * calculated the way Excel would: the stand-in does not calculate (a formula cell keeps its formula and
 * no value), so its cells become a workbook plan — every value as a value, every formula as a formula —
 * and test/support/referenceEvaluator.ts computes it. A dynamic-array formula needs the size of its spill, which
 * Excel derives from the result; here it is taken from the plan the pane wrote (`spills`). Only the
 * stand-in's public parts are used (the keys of FakeSheet.cells and FakeSheet.at).
 */
import type { Page } from "playwright-core";
import { Block, SheetPlan, WorkbookPlan } from "../../../src/workbook/types";
import { evaluatePlan, PlanEvaluation } from "../../support/referenceEvaluator";

export interface ReadCell {
  row: number;
  col: number;
  value: string | number | boolean | null;
  formula?: string;
  numberFormat: string;
}

export interface ReadSheet {
  name: string;
  cells: ReadCell[];
}

/** Every written cell of every sheet, read through the stand-in's own accessors (FakeSheet.at). */
export async function readWorkbook(page: Page): Promise<ReadSheet[]> {
  return page.evaluate(() => {
    type Cell = { value: string | number | boolean | null; formula?: string; numberFormat: string };
    type Sheet = { name: string; cells: Map<number | string, Cell>; at(row: number, col: number): Cell };
    const book = (window as unknown as { __sonaeWorkbook: { sheets: Sheet[] } }).__sonaeWorkbook;
    const WIDTH = 1 << 14;
    const position = (key: number | string): { row: number; col: number } => {
      if (typeof key === "number") return { row: Math.floor(key / WIDTH), col: key % WIDTH };
      const m = /^([A-Z]+)(\d+)$/.exec(key);
      if (!m) throw new Error(`bad cell key ${key}`);
      let col = 0;
      for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
      return { row: Number(m[2]) - 1, col: col - 1 };
    };
    return book.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.keys()].map((k) => {
        const { row, col } = position(k);
        const c = s.at(row, col);
        return { row, col, value: c.value, formula: c.formula, numberFormat: c.numberFormat };
      }),
    }));
  });
}

/** Spill anchors of a plan: "sheet!row,col" → size. */
export function spillSizes(plan: WorkbookPlan): Map<string, { rows: number; cols: number }> {
  const out = new Map<string, { rows: number; cols: number }>();
  for (const s of plan.sheets) for (const b of s.blocks) if (b.kind === "spill") out.set(`${s.name}!${b.row},${b.col}`, { rows: b.rows, cols: b.cols });
  return out;
}

/** The read-back workbook as a plan the evaluator computes. */
export function evaluateReadBack(sheets: readonly ReadSheet[], spills: Map<string, { rows: number; cols: number }>): PlanEvaluation {
  const plan: WorkbookPlan = {
    sheets: sheets.map((s): SheetPlan => {
      const blocks: Block[] = [];
      // Spilled cells are empty in the stand-in; the spill blocks go last so that nothing overwrites them.
      const spillBlocks: Block[] = [];
      let rows = 0;
      let cols = 0;
      for (const cell of s.cells) {
        const { row, col } = cell;
        rows = Math.max(rows, row + 1);
        cols = Math.max(cols, col + 1);
        if (cell.formula !== undefined) {
          const spill = spills.get(`${s.name}!${row},${col}`);
          if (spill) spillBlocks.push({ kind: "spill", row, col, formula: cell.formula, ...spill });
          else blocks.push({ kind: "formulas", row, col, formulas: [[cell.formula]] });
        } else if (cell.value !== null) {
          blocks.push({ kind: "values", row, col, values: [[cell.value]] });
        }
      }
      return { name: s.name, rows, cols, blocks: [...blocks, ...spillBlocks], formats: [], columnWidths: [] };
    }),
  };
  return evaluatePlan(plan);
}

/** Column of a header in row 0 of a sheet (throws naming the header when it is missing). */
export function headerColumn(e: PlanEvaluation, sheet: string, header: string, width = 200): number {
  for (let c = 0; c < width; c++) if (e.value(sheet, 0, c) === header) return c;
  throw new Error(`${sheet}: no header ${header}`);
}
