/**
 * Writes a workbook plan to a real .xlsx file with exceljs: the same sheets, formats and print setup as
 * the Excel writer, every formula stored with the value it computes (evaluate.ts) as its cached result —
 * or, with `valuesOnly`, the values alone, for a workbook that works without the add-in.
 *
 * How the add-in's functions are stored. Excel saves a JavaScript custom function call with the prefix
 * `_xldudf_` and the namespace's dot as an underscore (`=SONAE.SI_HEALTH(…)` is stored as
 * `_xldudf_SONAE_SI_HEALTH(…)`): "For Javascript Custom Functions, we by default save out with a
 * different prefix "_xldudf". This denotes the feature is saved as a JS custom function"
 * (OfficeDev/Excel-Custom-Functions#108, a Microsoft engineer); files saved by Excel show the same form
 * (OfficeDev/office-js#2568, #5611). When the workbook is opened with the add-in loaded, Excel maps
 * these names back to the add-in's functions ("Excel start to know these CFs and change the xldudf things
 * to their real name", OfficeDev/office-js#3558); without the add-in the cells keep their cached values
 * until a recalculation shows #NAME? — hence --values-only for people without the add-in.
 *
 * How spills are stored. Excel 365 marks a dynamic-array formula with cell metadata (`cm`, xl/metadata.xml)
 * that exceljs cannot write; without it Excel would read a plain formula with implicit intersection and
 * show only the first value. So a spill is stored as a legacy array formula over its planned area
 * (`<f t="array" ref="AM2:AM11">`, ISO/IEC 29500-1 §18.3.1.40), which every Excel evaluates over the
 * whole area and shows as {=…}; each cell of the area carries its cached value.
 */
import ExcelJS from "exceljs";
import { area as a1Area, cell as a1 } from "./address";
import { evaluatePlan, isCellError, EvaluatedValue, PlanEvaluation } from "./evaluate";
import { assertValuesStayValues } from "./safety";
import { nonZeroRule } from "./excelWriter";
import { shiftFormula } from "./relative";
import { FormatArea, PrintSetup, SheetPlan, WorkbookPlan } from "./types";

export interface XlsxOptions {
  /** Values only: no formulas, for Excel without the add-in. */
  valuesOnly?: boolean;
  /** A ready evaluation of the plan (else computed here). */
  evaluation?: PlanEvaluation;
}

/** `=SONAE.SI_HEALTH(A2,…)` → `_xldudf_SONAE_SI_HEALTH(A2,…)`: the formula text as Excel stores it. */
export function toStoredFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(/\bSONAE\.([A-Z0-9_]+)\(/g, "_xldudf_SONAE_$1(");
}

/** exceljs's fillFormula with its share type ("array" or "shared"), which its typings omit. */
function fillFormula(ws: ExcelJS.Worksheet, range: string, formula: string, results: unknown[][], shareType: "array" | "shared") {
  const fill = ws.fillFormula as unknown as (range: string, formula: string, results: unknown[][], shareType: string) => void;
  fill.call(ws, range, formula, results, shareType);
}

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

function cellValue(v: EvaluatedValue): ExcelJS.CellValue {
  if (isCellError(v)) return { error: v.error as ExcelJS.CellErrorValue["error"] };
  return v;
}

function applyFormat(ws: ExcelJS.Worksheet, f: FormatArea) {
  const thin: Partial<ExcelJS.Border> = { style: "thin" };
  for (let r = f.row; r < f.row + f.rows; r++) {
    const row = ws.getRow(r + 1);
    for (let c = f.col; c < f.col + f.cols; c++) {
      const cell = row.getCell(c + 1);
      if (f.numberFormat !== undefined) cell.numFmt = f.numberFormat;
      if (f.bold !== undefined || f.fontColor || f.fontSize || f.fontName) {
        cell.font = { ...cell.font, ...(f.bold !== undefined ? { bold: f.bold } : {}), ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}), ...(f.fontSize ? { size: f.fontSize } : {}), ...(f.fontName ? { name: f.fontName } : {}) };
      }
      if (f.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } };
      if (f.align || f.wrap !== undefined) {
        cell.alignment = { ...cell.alignment, ...(f.align ? { horizontal: f.align.toLowerCase() as "left" | "center" | "right" } : {}), ...(f.wrap !== undefined ? { wrapText: f.wrap } : {}) };
      }
      if (f.border) cell.border = { top: thin, bottom: thin, left: thin, right: thin };
    }
  }
}

function applyPrint(ws: ExcelJS.Worksheet, p: PrintSetup) {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4 (ISO/IEC 29500-1 §18.3.1.63 paperSize 9)
    orientation: p.orientation === "Portrait" ? "portrait" : "landscape",
    horizontalCentered: p.centerHorizontally,
    ...(p.scale ? { scale: p.scale } : {}),
    margins: { ...p.margins },
    ...(p.printArea ? { printArea: a1Area(p.printArea.row, p.printArea.col, p.printArea.rows, p.printArea.cols) } : {}),
  };
  // A break above plan row R is a break after Excel row R (1-based) — exceljs adds it below the row.
  for (const r of p.pageBreaks) ws.getRow(r).addPageBreak();
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: SheetPlan, ev: PlanEvaluation, valuesOnly: boolean) {
  sheet.columnWidths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  for (const h of sheet.hiddenColumns ?? []) for (let c = h.col; c < h.col + h.cols; c++) ws.getColumn(c + 1).hidden = true;
  for (const h of sheet.rowHeights ?? []) for (let r = h.row; r < h.row + h.rows; r++) ws.getRow(r + 1).height = h.height;
  for (const f of sheet.formats) applyFormat(ws, f);
  for (const b of sheet.blocks) {
    if (b.kind === "values") {
      b.values.forEach((line, r) =>
        line.forEach((v, c) => {
          if (v !== null) ws.getCell(b.row + r + 1, b.col + c + 1).value = v;
        }),
      );
    } else if (b.kind === "formulas") {
      b.formulas.forEach((line, r) =>
        line.forEach((f, c) => {
          if (f === null) return;
          const row = b.row + r;
          const col = b.col + c;
          const cell = ws.getCell(row + 1, col + 1);
          if (!f.startsWith("=")) cell.value = f;
          else if (valuesOnly) cell.value = cellValue(ev.value(sheet.name, row, col));
          else cell.value = { formula: toStoredFormula(f), result: cellValue(ev.value(sheet.name, row, col)) } as ExcelJS.CellFormulaValue;
        }),
      );
    } else if (b.kind === "spill") {
      const results = Array.from({ length: b.rows }, (_, r) => Array.from({ length: b.cols }, (_, c) => cellValue(ev.value(sheet.name, b.row + r, b.col + c))));
      if (valuesOnly) {
        results.forEach((line, r) => line.forEach((v, c) => (ws.getCell(b.row + r + 1, b.col + c + 1).value = v)));
      } else {
        // exceljs's fillFormula takes a share type (its typings omit it): "array" writes <f t="array" ref=…>.
        fillFormula(ws, a1Area(b.row, b.col, b.rows, b.cols), toStoredFormula(b.formula), results, "array");
      }
    } else if (b.kind === "fill") {
      const results = Array.from({ length: b.rows }, (_, r) => [cellValue(ev.value(sheet.name, b.row + r, b.col))]);
      if (valuesOnly) {
        results.forEach(([v], r) => (ws.getCell(b.row + r + 1, b.col + 1).value = v));
      } else {
        // A shared formula (<f t="shared" ref=… si=…>): the first cell's formula, relative references moving
        // in the others, as Excel itself stores a filled column (ISO/IEC 29500-1 §18.3.1.40).
        fillFormula(ws, a1Area(b.row, b.col, b.rows, 1), toStoredFormula(b.formula), results, "shared");
      }
    } else {
      const h = b.pattern.length;
      for (let t = 0; t < b.times; t++) {
        for (const f of b.formats) applyFormat(ws, { ...f, row: b.row + t * h + f.row, col: b.col + f.col });
        b.pattern.forEach((line, r) =>
          line.forEach((text, c) => {
            if (text === null) return;
            const row = b.row + t * h + r;
            const col = b.col + c;
            const cell = ws.getCell(row + 1, col + 1);
            if (!text.startsWith("=")) cell.value = text;
            else if (valuesOnly) cell.value = cellValue(ev.value(sheet.name, row, col));
            else cell.value = { formula: toStoredFormula(shiftFormula(text, t * h)), result: cellValue(ev.value(sheet.name, row, col)) } as ExcelJS.CellFormulaValue;
          }),
        );
      }
    }
  }
  for (const h of sheet.highlights ?? []) {
    ws.addConditionalFormatting({
      ref: a1Area(h.row, h.col, h.rows, h.cols),
      rules: [
        {
          type: "expression",
          formulae: [nonZeroRule(h).replace(/^=/, "")],
          priority: 1,
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(h.fill) } }, font: { color: { argb: argb(h.fontColor) } } },
        },
      ],
    });
  }
  if (sheet.print) applyPrint(ws, sheet.print);
}

/**
 * The plan as .xlsx bytes.
 * @example await planToXlsx(plan, { valuesOnly: true }) // Uint8Array of a zip (PK…)
 */
export async function planToXlsx(plan: WorkbookPlan, o: XlsxOptions = {}): Promise<Uint8Array> {
  plan.sheets.forEach(assertValuesStayValues);
  const ev = o.evaluation ?? evaluatePlan(plan);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sonae";
  // With formulas, Excel recalculates on open (the add-in computes the SONAE.* cells afresh).
  if (!o.valuesOnly) wb.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of plan.sheets) {
    const freeze = sheet.freeze;
    const ws = wb.addWorksheet(sheet.name, {
      ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
      views: freeze && (freeze.rows > 0 || freeze.cols > 0)
        ? [{ state: "frozen", xSplit: freeze.cols, ySplit: freeze.rows, topLeftCell: a1(freeze.rows, freeze.cols) }]
        : [],
    });
    writeSheet(ws, sheet, ev, o.valuesOnly ?? false);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
