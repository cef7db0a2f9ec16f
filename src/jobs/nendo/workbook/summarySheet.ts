/**
 * 確定保険料・一般拠出金算定基礎賃金集計表 as a sheet: per month (4月〜3月, by 賃金締切日) and per bonus, the number of
 * workers and their wages in the form's columns — 労災保険・一般拠出金 (常用労働者, 役員で労働者扱いの人, 臨時労働者, 合計)
 * and 雇用保険 (被保険者: 常用労働者, 役員で労働者扱いの人, 合計) — the 合計 row as SUM formulas, then each column's
 * 算定基礎額 (1,000円未満切捨て, per 雇用保険率 when it changed inside the year: the job's figures).
 */
import type { FormatArea, PlanValue, SheetPlan } from "../../../workbook/types";
import type { NendoOffice } from "../office";
import type { NendoResult } from "../nendo";
import type { Headcount, SummaryRow } from "../summaryTable";
import { HEADER_FILL, officeLine, reiwaYear, textLines, YEN } from "./common";

export const SUMMARY_SHEET = "算定基礎賃金集計表";

const GROUPS: [col: number, label: string][] = [[1, "労災保険・一般拠出金の対象（すべての労働者）"], [9, "雇用保険の対象（被保険者のみ）"]];
const COLUMNS = ["常用労働者", "役員で労働者扱いの人", "臨時労働者", "合計", "常用労働者", "役員で労働者扱いの人", "合計"];
const COLS = 1 + COLUMNS.length * 2;
const HEAD_ROWS = 6;

function cellsOf(r: SummaryRow): Headcount[] {
  const koyoRegular = { count: r.koyo.count - r.koyoWorkingOfficer.count, wages: r.koyo.wages - r.koyoWorkingOfficer.wages };
  return [r.regular, r.workingOfficer, r.temporary, r.rosai, koyoRegular, r.koyoWorkingOfficer, r.koyo];
}

function headRows(year: number, office: NendoOffice): PlanValue[][] {
  const title = `確定保険料・一般拠出金算定基礎賃金集計表（${reiwaYear(year)}: ${year}年4月〜${year + 1}年3月の賃金締切日）`;
  const lines = textLines([title, officeLine(office)], COLS).values;
  const groups = new Array<PlanValue>(COLS).fill(null);
  for (const [col, label] of GROUPS) groups[col] = label;
  const names: PlanValue[] = ["月", ...COLUMNS.flatMap((c) => [c, null])];
  const units: PlanValue[] = [null, ...COLUMNS.flatMap(() => ["人数", "賃金（円）"])];
  return [...lines, new Array<PlanValue>(COLS).fill(null), groups, names, units];
}

const letter = (col: number) => String.fromCharCode(65 + col);

/** The 合計 row: a SUM of each column over the month and bonus rows (人数 is summed too, as the form does). */
function totalFormulas(first: number, last: number): (string | null)[] {
  return ["合計", ...Array.from({ length: COLS - 1 }, (_, i) => `=SUM(${letter(i + 1)}${first + 1}:${letter(i + 1)}${last + 1})`)];
}

function baseRow(result: NendoResult): PlanValue[] {
  const row = new Array<PlanValue>(COLS).fill(null);
  row[0] = "算定基礎額（1,000円未満切捨て）";
  if (result.figures) {
    row[8] = result.figures.rosai.base;
    row[14] = result.figures.koyo.base;
  }
  return row;
}

/**
 * Each column's name sits over its 人数 cell and runs on into the empty 賃金 cell beside it (left-aligned, not
 * wrapped): the plan has no merged cells.
 */
function formats(dataRows: number): FormatArea[] {
  return [
    { row: 0, col: 0, rows: 1, cols: 1, bold: true, fontSize: 13 },
    { row: 1, col: 0, rows: 1, cols: 1, numberFormat: "@" },
    { row: 3, col: 0, rows: 3, cols: COLS, bold: true, fill: HEADER_FILL },
    { row: 3, col: 0, rows: 2, cols: COLS, align: "Left" },
    { row: 5, col: 0, rows: 1, cols: COLS, align: "Center", border: true },
    { row: HEAD_ROWS, col: 1, rows: dataRows + 2, cols: COLS - 1, numberFormat: YEN, border: true },
    { row: HEAD_ROWS, col: 0, rows: dataRows + 2, cols: 1, border: true },
    { row: HEAD_ROWS + dataRows, col: 0, rows: 2, cols: COLS, bold: true },
    { row: HEAD_ROWS + dataRows + 1, col: 0, rows: 1, cols: 1, wrap: true },
  ];
}

export function summarySheet(result: NendoResult, office: NendoOffice, year: number): SheetPlan {
  const data = result.table.map((r) => [r.label, ...cellsOf(r).flatMap((h) => [h.count, h.wages])]);
  const totalRow = HEAD_ROWS + data.length;
  return {
    name: SUMMARY_SHEET,
    rows: totalRow + 2,
    cols: COLS,
    formats: formats(data.length),
    blocks: [
      { kind: "values", row: 0, col: 0, values: headRows(year, office) },
      { kind: "values", row: HEAD_ROWS, col: 0, values: data },
      { kind: "formulas", row: totalRow, col: 0, formulas: [totalFormulas(HEAD_ROWS, totalRow - 1)] },
      { kind: "values", row: totalRow + 1, col: 0, values: [baseRow(result)] },
    ],
    columnWidths: [16, ...COLUMNS.flatMap(() => [6, 14])],
    rowHeights: [{ row: totalRow + 1, rows: 1, height: 30 }],
    freeze: { rows: HEAD_ROWS, cols: 1 },
    print: { paper: "A4", orientation: "Landscape", pageBreaks: [], margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 }, centerHorizontally: true, scale: 70 },
  };
}
