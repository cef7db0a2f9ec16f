/**
 * 給与明細: a print-ready payslip per employee, every figure a formula on 給与計算 (so the payslips follow
 * any correction). One payslip is laid out — label/value pairs in four column pairs, 11 rows — and copied
 * for every employee (a tile): each copy finds its employee by its position, INDEX(…, $I1) with column I
 * holding the employee's number in the sheet (=INT((ROW()-1)/11)+1), so the copies are identical and the
 * sheet is written with one layout and one fill, whatever the number of employees. Two payslips fill an
 * A4 portrait page; a manual page break follows every second one.
 *
 * Excel keeps at most 1,026 manual page breaks per sheet ("Excel specifications and limits"; the binary
 * format's BrtBeginRwBrk holds at most 1,023: [MS-XLSB] 2.4.196), so a sheet holds at most 2,000 payslips
 * (999 breaks) and larger offices get 給与明細2, 給与明細3, … Amounts are TEXT(…,"#,##0"): the sheet needs no
 * number formats.
 */
import { Employee } from "../../calc/payroll/employee";
import { MasterField } from "../../import/template";
import { columnName, quoteSheet } from "../address";
import { employeeColumn, setting, SHEET, variableColumn, VariableKey } from "../layout";
import { FormatArea, SheetPlan } from "../types";

export const PAYSLIP_ROWS = 11;
export const PAYSLIPS_PER_PAGE = 2;
/** 1,000 pages: 999 manual breaks, under Excel's limit of 1,026. */
export const PAYSLIPS_PER_SHEET = 2000;
/** Column I (outside the print area): the employee's number on this sheet. */
export const PAYSLIP_INDEX_COL = 8;

type Item = [label: string, value: string] | null;

/**
 * The payslip sheets (給与明細, 給与明細2, …). `col` gives 給与計算's column letter of a key.
 * @example payslipSheets(employees, col)[0].print.pageBreaks // [22, 44, …]
 */
export function payslipSheets(employees: readonly Employee[], col: (key: string) => string): SheetPlan[] {
  const n = employees.length;
  const last = n + 1;
  const index = `$${columnName(PAYSLIP_INDEX_COL)}1`; // relative row: moves with each copy of the tile
  const column = (sheet: string, letter: string) => `${quoteSheet(sheet)}!$${letter}$2:$${letter}$${last}`;
  const pay = (key: string) => `INDEX(${column(SHEET.payroll, col(key))},${index})`;
  const master = (f: MasterField) => `INDEX(${column(SHEET.employees, columnName(employeeColumn(f)))},${index})`;
  const hours = (k: VariableKey, format: string) => `=TEXT(N(INDEX(${column(SHEET.variables, columnName(variableColumn(k)))},${index})),"${format}")`;
  const yen = (key: string) => `=TEXT(${pay(key)},"#,##0")`;
  const text = (key: string) => `=""&${pay(key)}`;
  // The split of the 全銀 transfer (src/zengin/transfers.ts): the second account gets its fixed amount
  // when the net pay is larger, the first account the rest.
  const second = `IF(${pay("net")}>N(${master("fixedAmount2")}),N(${master("fixedAmount2")}),0)`;
  const hasSecond = `N(${master("fixedAmount2")})>0`;
  const lines: Item[][] = [
    [
      ["給与明細書", `=""&${setting("companyName")}`],
      ["対象月", `=YEAR(${setting("period")})&"年"&MONTH(${setting("period")})&"月分"`],
      ["支給日", `=YEAR(${setting("payDate")})&"年"&MONTH(${setting("payDate")})&"月"&DAY(${setting("payDate")})&"日"`],
      ["状態", text("status")],
    ],
    [["社員番号", text("id")], ["氏名", text("name")], ["所属", `=""&${master("department")}`], ["給与形態", text("payType")]],
    [["基本給", yen("basePay")], ["固定手当", yen("fixedAllowance")], ["時間外手当", yen("overtime")], ["時間外手当（60時間超）", yen("overtimeOver60")]],
    [["休日手当", yen("holiday")], ["深夜手当", yen("lateNight")], ["欠勤控除", yen("absenceDeduction")], ["通勤手当", yen("commuteAllowance")]],
    [["臨時の課税手当", yen("extraTaxable")], ["臨時の非課税手当", yen("extraNonTaxable")], null, ["総支給額", yen("gross")]],
    [["健康保険", yen("health")], ["介護保険", yen("care")], ["子ども・子育て支援金", yen("childSupport")], ["厚生年金", yen("pension")]],
    [["雇用保険", yen("employment")], ["社会保険料計", yen("socialInsurance")], ["所得税", yen("incomeTax")], ["住民税", yen("residentTax")]],
    [["臨時の控除", yen("extraDeduction")], ["課税対象額", yen("taxable")], ["控除計", yen("deductions")], ["差引支給額", yen("net")]],
    [["出勤日数", hours("workDays", "0.0")], ["労働時間", hours("workHours", "0.00")], ["残業時間", hours("overtimeHours", "0.00")], ["深夜時間", hours("lateNightHours", "0.00")]],
    [
      ["休日時間", hours("holidayHours", "0.00")],
      ["欠勤日数", hours("absenceDays", "0.0")],
      ["振込額（第1口座）", `=TEXT(${pay("net")}-${second},"#,##0")`],
      // A formula label: only an employee with a second account shows it.
      [`=IF(${hasSecond},"振込額（第2口座）","")`, `=IF(${hasSecond},TEXT(${second},"#,##0"),"")`],
    ],
  ];
  const sheets: SheetPlan[] = [];
  const parts = Math.max(1, Math.ceil(n / PAYSLIPS_PER_SHEET));
  for (let part = 0; part < parts; part++) {
    const count = Math.max(0, Math.min(PAYSLIPS_PER_SHEET, n - part * PAYSLIPS_PER_SHEET));
    const pattern: (string | null)[][] = lines.map((line) => [...line.flatMap((it) => (it === null ? [null, null] : it)), null]);
    pattern[0][PAYSLIP_INDEX_COL] = `=INT((ROW()-1)/${PAYSLIP_ROWS})+1+${part * PAYSLIPS_PER_SHEET}`;
    pattern.push(new Array(PAYSLIP_INDEX_COL + 1).fill(null)); // the gap before the next payslip
    const rows = Math.max(1, count * PAYSLIP_ROWS);
    const tileFormats: FormatArea[] = [
      { row: 0, col: 0, rows: PAYSLIP_ROWS - 1, cols: 8, border: true },
      ...[0, 2, 4, 6].map((c): FormatArea => ({ row: 0, col: c, rows: PAYSLIP_ROWS - 1, cols: 1, bold: true, fontSize: 9, wrap: true, fill: "#F2F2F2" })),
      ...[1, 3, 5, 7].map((c): FormatArea => ({ row: 0, col: c, rows: PAYSLIP_ROWS - 1, cols: 1, align: "Right" })),
      { row: 0, col: PAYSLIP_INDEX_COL, rows: 1, cols: 1, fontColor: "#BFBFBF" },
    ];
    sheets.push({
      name: part === 0 ? SHEET.payslips : `${SHEET.payslips}${part + 1}`,
      rows,
      cols: PAYSLIP_INDEX_COL + 1,
      blocks: count > 0 ? [{ kind: "tile", row: 0, col: 0, pattern, times: count, formats: tileFormats }] : [{ kind: "values", row: 0, col: 0, values: [["対象の従業員がいません。"]] }],
      formats: [],
      // 104 characters ≈ 576 pt at Excel's default font (7 px a character + 5 px padding); printed at 85%
      // that is 490 pt, inside A4 portrait (595 pt) less 0.5 in margins on each side, with room for
      // fonts wider than Calibri. Value columns fit "2026年11月25日".
      columnWidths: [12, 12, 12, 14, 14, 14, 14, 12, 4],
      rowHeights: [{ row: 0, rows, height: 30 }],
      print: {
        paper: "A4",
        orientation: "Portrait",
        pageBreaks: Array.from({ length: Math.max(0, Math.ceil(count / PAYSLIPS_PER_PAGE) - 1) }, (_, i) => (i + 1) * PAYSLIPS_PER_PAGE * PAYSLIP_ROWS),
        printArea: { row: 0, col: 0, rows, cols: 8 },
        margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
        centerHorizontally: true,
        scale: 85,
      },
      tabColor: "#70AD47",
    });
  }
  return sheets;
}
