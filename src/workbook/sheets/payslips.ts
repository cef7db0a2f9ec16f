/**
 * 給与明細: a print-ready 給与明細書 per employee, laid out as payroll products print it — company, title,
 * 対象月・支給日, 社員番号・所属・氏名 様, then the blocks 勤怠, 支給, 控除 and 差引 (差引支給額 and the amount
 * paid into each bank account), and a 備考 line. Every figure is a formula on 給与計算, 勤怠・変動 or 従業員,
 * so the payslips follow any correction the clerk makes.
 *
 * One payslip is laid out (a tile) and copied for every employee: each copy finds its employee by its
 * position, INDEX(…, $I1) with column I (hidden) holding the employee's number on the sheet
 * (=INT((ROW()-1)/17)+1), so the copies are identical and the sheet is written with one layout and one
 * fill, whatever the number of employees. Two payslips fill an A4 portrait page, a きりとり線 between
 * them; a manual page break follows every second one.
 *
 * Excel keeps at most 1,026 manual page breaks per sheet ("Excel specifications and limits"; the binary
 * format's BrtBeginRwBrk holds at most 1,023: [MS-XLSB] 2.4.196), so a sheet holds at most 2,000 payslips
 * (999 breaks) and larger offices get 給与明細2, 給与明細3, …
 */
import { Employee } from "../../calc/payroll/employee";
import { columnName, quoteSheet } from "../address";
import { SheetPlan } from "../types";
import { INDEX_COL, SLOTS } from "./payslipGrid";
import { payslipTile, PayslipRefs, PAYSLIP_ROWS, PAYSLIP_ROW_HEIGHT, PAYSLIP_TITLE_HEIGHT } from "./payslipTile";
import { ShownItems } from "./payslipItems";
import { employeeColumn, SHEET, VARIABLE_ORIGIN_COLUMN, VARIABLE_REASON_COLUMN, variableColumn } from "../layout";

export { PAYSLIP_ROWS, PAYSLIP_ROW } from "./payslipTile";
const PAYSLIPS_PER_PAGE = 2;
/** 1,000 pages: 999 manual breaks, under Excel's limit of 1,026. */
export const PAYSLIPS_PER_SHEET = 2000;

/** Where a payslip finds its employee's figures: whole columns of the source sheets, picked by INDEX. */
function refs(count: number, col: (key: string) => string): PayslipRefs {
  const index = `$${columnName(INDEX_COL)}1`; // relative row: moves with each copy of the tile
  const column = (sheet: string, letter: string) => `${quoteSheet(sheet)}!$${letter}$2:$${letter}$${count + 1}`;
  return {
    index,
    pay: (key) => `INDEX(${column(SHEET.payroll, col(key))},${index})`,
    master: (field) => `INDEX(${column(SHEET.employees, columnName(employeeColumn(field)))},${index})`,
    variable: (key) => `N(INDEX(${column(SHEET.variables, columnName(variableColumn(key)))},${index}))`,
    origin: `INDEX(${column(SHEET.variables, columnName(VARIABLE_ORIGIN_COLUMN))},${index})`,
    settlementReason: `INDEX(${column(SHEET.variables, columnName(VARIABLE_REASON_COLUMN))},${index})`,
  };
}

/**
 * The payslip sheets (給与明細, 給与明細2, …). `col` gives 給与計算's column letter of a key; `shown` the
 * items this month's payslips show (payslipItems.ts).
 * @example payslipSheets(employees, col, shown)[0].print.pageBreaks // [34, 68, …]
 */
export function payslipSheets(employees: readonly Employee[], col: (key: string) => string, shown: ShownItems): SheetPlan[] {
  const total = employees.length;
  const payslipRefs = refs(total, col);
  const sheets: SheetPlan[] = [];
  const parts = Math.max(1, Math.ceil(total / PAYSLIPS_PER_SHEET));
  for (let part = 0; part < parts; part++) {
    const first = part * PAYSLIPS_PER_SHEET;
    const count = Math.max(0, Math.min(PAYSLIPS_PER_SHEET, total - first));
    const tile = payslipTile(shown, payslipRefs, { first, count });
    const rows = Math.max(1, count * PAYSLIP_ROWS);
    sheets.push({
      name: part === 0 ? SHEET.payslips : `${SHEET.payslips}${part + 1}`,
      rows,
      cols: INDEX_COL + 1,
      blocks: count > 0 ? [{ kind: "tile", row: 0, col: 0, pattern: tile.pattern, times: count, formats: tile.formats }] : [{ kind: "values", row: 0, col: 0, values: [["対象の従業員がいません。"]] }],
      formats: [],
      // 3.5 + 7 × 12 characters: at Excel's 7 px a character (the workbook's Calibri 11 Normal style) 470 pt,
      // at the 8.9 px LibreOffice takes 584 pt; printed at 85% 400 or 496 pt, inside A4 portrait (595 pt)
      // less 0.4 in margins each side (537 pt).
      columnWidths: [3.5, ...new Array<number>(SLOTS).fill(12), 6],
      rowHeights: [{ row: 0, rows, height: PAYSLIP_ROW_HEIGHT }, ...Array.from({ length: count }, (_, k) => ({ row: k * PAYSLIP_ROWS, rows: 1, height: PAYSLIP_TITLE_HEIGHT }))],
      hiddenColumns: [{ col: INDEX_COL, cols: 1 }],
      print: {
        paper: "A4",
        orientation: "Portrait",
        pageBreaks: Array.from({ length: Math.max(0, Math.ceil(count / PAYSLIPS_PER_PAGE) - 1) }, (_, i) => (i + 1) * PAYSLIPS_PER_PAGE * PAYSLIP_ROWS),
        printArea: { row: 0, col: 0, rows, cols: INDEX_COL },
        margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
        centerHorizontally: true,
        scale: 85,
      },
      tabColor: "#70AD47",
    });
  }
  return sheets;
}
