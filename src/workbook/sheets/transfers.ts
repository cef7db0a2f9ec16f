/**
 * 振込一覧: the net pay of 給与計算 by account, as the 全銀 file pays it (src/zengin/transfers.ts): one row
 * per account; an employee with a second account (従業員「振込額2」) gets its fixed amount there when the net
 * pay is larger, and the rest on the first account. An employee without an account is listed so that
 * nobody is left unpaid silently.
 */
import { Employee } from "../../calc/payroll/employee";
import { quoteSheet } from "../address";
import { emp, SHEET } from "../layout";
import { MasterField } from "../../import/template";
import { FormatArea, SheetPlan } from "../types";
import { HEADER_FILL, TOTAL_FILL } from "../table";

const HEADERS = ["社員番号", "氏名", "振込先", "銀行コード", "支店コード", "預金種目", "口座番号", "口座名義カナ", "振込額", "備考"];

export function transfersSheet(employees: readonly Employee[], col: (key: string) => string): { sheet: SheetPlan } {
  const rows: string[][] = [];
  const text = (f: MasterField, r: number) => `=""&${emp(f, r)}`;
  employees.forEach((e, i) => {
    const r = i + 2;
    const net = `${quoteSheet(SHEET.payroll)}!${col("net")}${r}`;
    const fixed = `N(${emp("fixedAmount2", r)})`;
    const second = `IF(${net}>${fixed},${fixed},0)`;
    const who = [`=${emp("id", r)}`, `=${emp("name", r)}`];
    const note = (amountCell: string) => `=IF(${amountCell}<=0,"振込なし（差引支給額が0円以下）","")`;
    const row = rows.length + 2;
    if (!e.bank) {
      rows.push([...who, "口座なし", "", "", "", "", "", `=${net}`, "口座が登録されていません。現金などで支払ってください。"]);
      return;
    }
    rows.push([...who, "第1口座", text("bankCode", r), text("branchCode", r), text("accountType", r), text("accountNumber", r), text("holderKana", r), e.bank2 ? `=${net}-${second}` : `=${net}`, note(`I${row}`)]);
    if (e.bank2) {
      rows.push([...who, "第2口座", text("bankCode2", r), text("branchCode2", r), text("accountType2", r), text("accountNumber2", r), text("holderKana2", r), `=${second}`, `=IF(I${row + 1}=0,"差引支給額が定額以下のため第1口座に全額","")`]);
    }
  });
  const n = rows.length;
  const total = n + 1;
  const formats: FormatArea[] = [
    { row: 0, col: 0, rows: 1, cols: HEADERS.length, bold: true, fill: HEADER_FILL, border: true, align: "Center", wrap: true },
    { row: total, col: 0, rows: 1, cols: HEADERS.length, bold: true, fill: TOTAL_FILL, border: true },
    { row: 1, col: 8, rows: n + 1, cols: 1, numberFormat: "#,##0" },
  ];
  if (n > 0) formats.push({ row: 1, col: 0, rows: n, cols: HEADERS.length, border: true });
  const sheet: SheetPlan = {
    name: SHEET.transfers,
    rows: n + 2,
    cols: HEADERS.length,
    blocks: [
      { kind: "values", row: 0, col: 0, values: [HEADERS] },
      ...(n > 0 ? [{ kind: "formulas" as const, row: 1, col: 0, formulas: rows.map((line) => line.map((v) => (v === "" ? null : v))) }] : []),
      { kind: "values", row: total, col: 0, values: [["合計"]] },
      { kind: "formulas", row: total, col: 8, formulas: [[n > 0 ? `=SUM(I2:I${n + 1})` : "=0"]] },
    ],
    formats,
    columnWidths: [10, 14, 9, 9, 9, 8, 10, 18, 12, 36],
    freeze: { rows: 1, cols: 2 },
    tabColor: "#FFC000",
  };
  return { sheet };
}
