/**
 * 振込一覧: the net pay of 給与計算 by account, as the 全銀 file pays it (src/zengin/transfers.ts). First one
 * row per employee, in the order of 従業員, for the first account (or 振込先なし — the pane's and the command
 * line's word — so that nobody is left unpaid
 * silently); then one row per second account (従業員「振込額2」): it gets its fixed amount when the net pay is
 * larger, and the first account the rest.
 */
import { Employee } from "../../calc/payroll/employee";
import { MasterField } from "../../calc/records/master";
import { quoteSheet } from "../address";
import { emp, SHEET } from "../layout";
import { Block, FormatArea, SheetPlan } from "../types";
import { HEADER_FILL, TOTAL_FILL } from "../table";

const HEADERS = ["社員番号", "氏名", "振込先", "銀行コード", "支店コード", "預金種目", "口座番号", "口座名義カナ", "振込額", "備考"];
const TRANSFER_AMOUNT_COL = 8;

export function transfersSheet(employees: readonly Employee[], col: (key: string) => string): { sheet: SheetPlan } {
  const count = employees.length;
  const net = (excelRow: number) => `${quoteSheet(SHEET.payroll)}!${col("net")}${excelRow}`;
  const fixed = (excelRow: number) => `N(${emp("fixedAmount2", excelRow)})`;
  const second = (excelRow: number) => `IF(${net(excelRow)}>${fixed(excelRow)},${fixed(excelRow)},0)`;
  const text = (field: MasterField, excelRow: number) => `=""&${emp(field, excelRow)}`;
  const blocks: Block[] = [{ kind: "values", row: 0, col: 0, values: [HEADERS] }];

  // First accounts: one formula per column, filled down (row i+2 is employee i).
  const firstRow: string[] = [
    `=${emp("id", 2)}`,
    `=${emp("name", 2)}`,
    `=IF(ISBLANK(${emp("bankCode", 2)}),"振込先なし","第1口座")`,
    text("bankCode", 2),
    text("branchCode", 2),
    text("accountType", 2),
    text("accountNumber", 2),
    text("holderKana", 2),
    `=${net(2)}-${second(2)}`,
    `=IF(ISBLANK(${emp("bankCode", 2)}),"口座が登録されていないため、全銀ファイルに入れません。現金支給か別の振込で支払ってください。",IF(I2<=0,"振込なし（差引支給額が0円以下）",""))`,
  ];
  if (count > 0) firstRow.forEach((formula, column) => blocks.push({ kind: "fill", row: 1, col: column, rows: count, formula }));

  // Second accounts: a row for each employee who has one.
  const seconds = employees.map((employee, i) => ({ employee, excelRow: i + 2 })).filter((entry) => entry.employee.bank2);
  const secondRows = seconds.map(({ excelRow }, k) => {
    const row = count + k + 2;
    return [
      `=${emp("id", excelRow)}`, `=${emp("name", excelRow)}`, "第2口座",
      text("bankCode2", excelRow), text("branchCode2", excelRow), text("accountType2", excelRow), text("accountNumber2", excelRow), text("holderKana2", excelRow),
      `=${second(excelRow)}`,
      `=IF(I${row}=0,"差引支給額が定額以下のため第1口座に全額","")`,
    ];
  });
  if (secondRows.length > 0) blocks.push({ kind: "formulas", row: count + 1, col: 0, formulas: secondRows });

  const data = count + secondRows.length;
  const total = data + 1;
  blocks.push({ kind: "values", row: total, col: 0, values: [["合計"]] });
  blocks.push({ kind: "formulas", row: total, col: TRANSFER_AMOUNT_COL, formulas: [[data > 0 ? `=SUM(I2:I${data + 1})` : "=0"]] });
  const formats: FormatArea[] = [
    { row: 0, col: 0, rows: 1, cols: HEADERS.length, bold: true, fill: HEADER_FILL, border: true, align: "Center", wrap: true },
    { row: total, col: 0, rows: 1, cols: HEADERS.length, bold: true, fill: TOTAL_FILL, border: true },
    { row: 1, col: TRANSFER_AMOUNT_COL, rows: data + 1, cols: 1, numberFormat: "#,##0" },
  ];
  if (data > 0) formats.push({ row: 1, col: 0, rows: data, cols: HEADERS.length, border: true });
  return {
    sheet: {
      name: SHEET.transfers,
      rows: data + 2,
      cols: HEADERS.length,
      blocks,
      formats,
      columnWidths: [10, 14, 9, 9, 9, 8, 10, 18, 12, 36],
      freeze: { rows: 1, cols: 2 },
      tabColor: "#FFC000",
    },
  };
}
