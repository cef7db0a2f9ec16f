/**
 * 給与明細: a print-ready payslip per employee, every figure a formula on 給与計算 (so the payslips follow
 * any correction), laid out as label/value pairs in four column pairs, 11 rows each: two payslips fill an
 * A4 portrait page and a manual page break follows every second one.
 *
 * Excel keeps at most 1,026 manual page breaks per sheet ("Excel specifications and limits"; the binary
 * format's BrtBeginRwBrk holds at most 1,023: [MS-XLSB] 2.4.196), so a sheet holds at most 2,000 payslips
 * (999 breaks) and larger offices get 給与明細2, 給与明細3, … Amounts are shown with TEXT(…,"#,##0") so the
 * sheet needs no per-cell number formats; labels and values are formatted a whole column at a time (the
 * fill of the label columns runs through the gap rows too), so a sheet needs a few format calls plus one
 * border per payslip.
 */
import { Employee } from "../../calc/payroll/employee";
import { quoteSheet } from "../address";
import { emp, setting, SHEET, vari, VariableKey } from "../layout";
import { FormatArea, SheetPlan } from "../types";

export const PAYSLIP_ROWS = 11;
export const PAYSLIPS_PER_PAGE = 2;
/** 1,000 pages: 999 manual breaks, under Excel's limit of 1,026. */
export const PAYSLIPS_PER_SHEET = 2000;

type Item = [label: string, value: (r: number) => string] | null;

const amount = (key: string, col: (key: string) => string) => (r: number) => `=TEXT(${quoteSheet(SHEET.payroll)}!${col(key)}${r},"#,##0")`;
const hoursOf = (k: VariableKey) => (r: number) => `=TEXT(N(${vari(k, r)}),"0.00")`;
const daysOf = (k: VariableKey) => (r: number) => `=TEXT(N(${vari(k, r)}),"0.0")`;

/** The 10 rows × 4 label/value pairs of one payslip (row 10 is the gap before the next). */
function items(col: (key: string) => string, transfer: (e: Employee, r: number, slot: 1 | 2) => string, e: Employee): Item[][] {
  const a = (key: string) => amount(key, col);
  const p = (key: string) => (r: number) => `=""&${quoteSheet(SHEET.payroll)}!${col(key)}${r}`;
  return [
    [
      ["給与明細書", () => `=""&${setting("companyName")}`],
      ["対象月", () => `=YEAR(${setting("period")})&"年"&MONTH(${setting("period")})&"月分"`],
      ["支給日", () => `=YEAR(${setting("payDate")})&"年"&MONTH(${setting("payDate")})&"月"&DAY(${setting("payDate")})&"日"`],
      ["状態", p("status")],
    ],
    [["社員番号", p("id")], ["氏名", p("name")], ["所属", (r) => `=""&${emp("department", r)}`], ["給与形態", p("payType")]],
    [["基本給", a("basePay")], ["固定手当", a("fixedAllowance")], ["時間外手当", a("overtime")], ["時間外手当（60時間超）", a("overtimeOver60")]],
    [["休日手当", a("holiday")], ["深夜手当", a("lateNight")], ["欠勤控除", a("absenceDeduction")], ["通勤手当", a("commuteAllowance")]],
    [["臨時の課税手当", a("extraTaxable")], ["臨時の非課税手当", a("extraNonTaxable")], null, ["総支給額", a("gross")]],
    [["健康保険", a("health")], ["介護保険", a("care")], ["子ども・子育て支援金", a("childSupport")], ["厚生年金", a("pension")]],
    [["雇用保険", a("employment")], ["社会保険料計", a("socialInsurance")], ["所得税", a("incomeTax")], ["住民税", a("residentTax")]],
    [["臨時の控除", a("extraDeduction")], ["課税対象額", a("taxable")], ["控除計", a("deductions")], ["差引支給額", a("net")]],
    [["出勤日数", daysOf("workDays")], ["労働時間", hoursOf("workHours")], ["残業時間", hoursOf("overtimeHours")], ["深夜時間", hoursOf("lateNightHours")]],
    [["休日時間", hoursOf("holidayHours")], ["欠勤日数", daysOf("absenceDays")], ["振込額（第1口座）", (r) => transfer(e, r, 1)], e.bank2 ? ["振込額（第2口座）", (r) => transfer(e, r, 2)] : null],
  ];
}

/**
 * The payslip sheets (給与明細, 給与明細2, …). `col` gives 給与計算's column letter of a key.
 * @example payslipSheets(employees, col)[0].print.pageBreaks // [22, 44, …]
 */
export function payslipSheets(employees: readonly Employee[], col: (key: string) => string): SheetPlan[] {
  const net = (r: number) => `${quoteSheet(SHEET.payroll)}!${col("net")}${r}`;
  const second = (r: number) => `IF(${net(r)}>N(${emp("fixedAmount2", r)}),N(${emp("fixedAmount2", r)}),0)`;
  // The split of the 全銀 transfer (src/zengin/transfers.ts): the second account gets its fixed amount
  // only when the net pay is larger; the first account the rest.
  const transfer = (e: Employee, r: number, slot: 1 | 2) =>
    !e.bank2 ? `=TEXT(${net(r)},"#,##0")` : slot === 1 ? `=TEXT(${net(r)}-${second(r)},"#,##0")` : `=TEXT(${second(r)},"#,##0")`;
  const sheets: SheetPlan[] = [];
  const parts = Math.max(1, Math.ceil(employees.length / PAYSLIPS_PER_SHEET));
  for (let part = 0; part < parts; part++) {
    const slice = employees.slice(part * PAYSLIPS_PER_SHEET, (part + 1) * PAYSLIPS_PER_SHEET);
    const n = slice.length;
    const formulas: (string | null)[][] = [];
    const formats: FormatArea[] = [];
    slice.forEach((e, k) => {
      const r = part * PAYSLIPS_PER_SHEET + k + 2; // the employee's row in 給与計算
      for (const line of items(col, transfer, e)) {
        formulas.push(line.flatMap((it) => (it === null ? [null, null] : [it[0], it[1](r)])));
      }
      formulas.push(new Array(8).fill(null));
      formats.push({ row: k * PAYSLIP_ROWS, col: 0, rows: PAYSLIP_ROWS - 1, cols: 8, border: true });
    });
    const rows = Math.max(1, n * PAYSLIP_ROWS);
    const sheet: SheetPlan = {
      name: part === 0 ? SHEET.payslips : `${SHEET.payslips}${part + 1}`,
      rows,
      cols: 8,
      blocks: n > 0 ? [{ kind: "formulas", row: 0, col: 0, formulas }] : [{ kind: "values", row: 0, col: 0, values: [["対象の従業員がいません。"]] }],
      formats: [
        // Labels bold on a light fill, values right-aligned: whole columns, one format each.
        ...[0, 2, 4, 6].map((c): FormatArea => ({ row: 0, col: c, rows, cols: 1, bold: true, fontSize: 9, wrap: true, fill: "#F2F2F2" })),
        ...[1, 3, 5, 7].map((c): FormatArea => ({ row: 0, col: c, rows, cols: 1, align: "Right" })),
        ...formats,
      ],
      // 92 characters ≈ 513 pt: inside A4 portrait (595 pt) less 0.5 in margins on each side.
      columnWidths: [12, 10, 12, 10, 14, 10, 14, 10],
      rowHeights: [{ row: 0, rows, height: 30 }],
      print: {
        paper: "A4",
        orientation: "Portrait",
        pageBreaks: Array.from({ length: Math.max(0, Math.ceil(n / PAYSLIPS_PER_PAGE) - 1) }, (_, i) => (i + 1) * PAYSLIPS_PER_PAGE * PAYSLIP_ROWS),
        printArea: { row: 0, col: 0, rows, cols: 8 },
        margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
        centerHorizontally: true,
      },
      tabColor: "#70AD47",
    };
    sheets.push(sheet);
  }
  return sheets;
}
