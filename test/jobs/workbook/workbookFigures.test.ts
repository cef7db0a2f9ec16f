/**
 * The workbook's figures against the payroll's: a cell that differs is named with the employee, the
 * column and both values; the totals add the sheet's numbers. Hand-made sheet: two employees.
 */
import { compareWorkbookFigures } from "../../../src/jobs/workbook/workbookFigures";
import type { PayrollLine } from "../../../src/calc/payroll/types";

const line = (employeeId: string, gross: number, socialInsurance: number, incomeTax: number, net: number): PayrollLine => ({
  employeeId, gross, health: 0, care: 0, childSupport: 0, pension: 0, employment: socialInsurance, socialInsurance, taxable: gross - socialInsurance, incomeTax, residentTax: 0, net,
});
const headers = ["社員番号", "総支給額", "社会保険料計", "所得税", "差引支給額"];
const sheet: unknown[][] = [headers, ["A", 110_000, 550, 3_000, 106_450], ["B", 200_000, 1_000, { error: "#N/A" }, 195_000]];

test("matching cells pass; a differing cell is named; totals add the sheet's numbers", () => {
  const r = compareWorkbookFigures({
    employeeIds: ["A", "B"],
    lines: [line("A", 110_000, 550, 3_000, 110_000 - 550 - 3_000), line("B", 200_000, 1_000, 4_000, 200_000 - 1_000 - 4_000)],
    headers,
    valueAt: (row, col) => sheet[row][col],
  });
  expect(r.mismatches).toEqual([{ employeeId: "B", header: "所得税", inWorkbook: { error: "#N/A" }, computed: 4_000 }]);
  expect(Object.fromEntries(r.totals)).toEqual({ 総支給額: 310_000, 社会保険料計: 1_550, 所得税: 3_000, 差引支給額: 301_450 });
});
