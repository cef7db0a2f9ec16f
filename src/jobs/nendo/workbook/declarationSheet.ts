/**
 * The sheet 「申告書に転記」: the 申告書's figures (declarationSections) one line each — label, value, unit — in
 * their sections, 算定基礎額 in 千円 as the 申告書 takes them.
 */
import type { FormatArea, PlanValue, SheetPlan } from "../../../workbook/types";
import type { NendoOffice } from "../office";
import type { NendoResult } from "../nendo";
import { declarationSections } from "../declarationLines";
import { HEADER_FILL, officeLine, reiwaYear, textLines, YEN } from "./common";

export const DECLARATION_SHEET = "申告書に転記";

const COLS = 3;

export function declarationSheet(result: NendoResult, office: NendoOffice, year: number): SheetPlan {
  const head = textLines([`申告書に転記する数字（${reiwaYear(year)} 確定・${reiwaYear(year + 1)} 概算）`, officeLine(office)], COLS);
  const values: PlanValue[][] = [...head.values, [null, null, null]];
  const formats: FormatArea[] = [head.format, { row: 0, col: 0, rows: 1, cols: 1, bold: true, fontSize: 13 }];
  for (const s of declarationSections(result, year)) {
    formats.push({ row: values.length, col: 0, rows: 1, cols: COLS, bold: true, fill: HEADER_FILL, border: true });
    values.push([s.heading, null, null]);
    formats.push({ row: values.length, col: 0, rows: s.lines.length, cols: COLS, border: true }, { row: values.length, col: 1, rows: s.lines.length, cols: 1, numberFormat: YEN, align: "Right" });
    values.push(...s.lines.map((l): PlanValue[] => [l.label, l.value, l.unit]));
    values.push([null, null, null]);
  }
  return {
    name: DECLARATION_SHEET,
    rows: values.length,
    cols: COLS,
    formats,
    blocks: [{ kind: "values", row: 0, col: 0, values }],
    columnWidths: [50, 18, 6],
    print: { paper: "A4", orientation: "Portrait", pageBreaks: [], margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6, header: 0.3, footer: 0.3 }, centerHorizontally: true },
  };
}
