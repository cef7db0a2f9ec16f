/**
 * 集計: the month's totals per item (from 給与計算's totals row) and, for the 納付 reconciliation, the
 * premiums per insurer: the insured's shares deducted, the total premium (the sum of each insured's exact
 * premium, 1円未満切捨て as the employer pays it) and the employer's share = total − insured's shares.
 * 厚生年金 adds the 子ども・子育て拠出金 (employer only). 雇用保険's employer share is the month's estimate;
 * the year's premium is settled at the 年度更新. Compare with the insurer's 納入告知書.
 */
import { Employee } from "../../calc/payroll/employee";
import { PayrollSettings } from "../../calc/payroll/types";
import { quoteSheet } from "../address";
import { SHEET } from "../layout";
import { FormatArea, SheetPlan } from "../types";
import { HEADER_FILL } from "../table";
import { PAYROLL_AMOUNTS } from "./payroll";

const LABELS: Record<(typeof PAYROLL_AMOUNTS)[number], string> = {
  basePay: "基本給", fixedAllowance: "固定手当", overtime: "時間外手当", overtimeOver60: "時間外手当（60時間超）", holiday: "休日手当",
  lateNight: "深夜手当", absenceDeduction: "欠勤控除", commuteAllowance: "通勤手当", extraTaxable: "臨時の課税手当",
  extraNonTaxable: "臨時の非課税手当", gross: "総支給額", health: "健康保険", care: "介護保険", childSupport: "子ども・子育て支援金",
  pension: "厚生年金", employment: "雇用保険", socialInsurance: "社会保険料計", taxable: "課税対象額", incomeTax: "所得税",
  residentTax: "住民税", extraDeduction: "臨時の控除", deductions: "控除計", net: "差引支給額",
};

const BURDEN_HEADERS = ["納付先", "本人負担（控除額）", "保険料の総額", "納付額の見込み（1円未満切捨て）", "事業主負担", "備考"];

/** The insurers of the workbook: each employee's 健康保険, or the default when blank. */
function insurersOf(employees: readonly Employee[], settings: PayrollSettings): string[] {
  const names = employees.filter((employee) => employee.healthStandard !== undefined).map((employee) => (employee.healthInsurer?.trim() ? employee.healthInsurer : settings.defaultInsurer));
  return [...new Set(names)];
}

export function summarySheet(employees: readonly Employee[], settings: PayrollSettings, col: (key: string) => string, totalsRow: number): SheetPlan {
  const count = employees.length;
  const payroll = quoteSheet(SHEET.payroll);
  const whole = (key: string) => `${payroll}!$${col(key)}$2:$${col(key)}$${count + 1}`;
  const sum = (key: string) => `SUM(${whole(key)})`;
  const sumIf = (key: string, criterion: string) => `SUMIF(${whole("insurer")},${criterion},${whole(key)})`;

  // Column A (labels and insurer names) is written as values — an insurer name comes from the import —
  // and columns B… as formulas.
  const labels: string[] = [];
  const cells: (string | null)[][] = [];
  const line = (label: string, ...rest: (string | null)[]) => {
    labels.push(label);
    cells.push([...rest, ...new Array(BURDEN_HEADERS.length - 1 - rest.length).fill(null)]);
  };
  line("項目", "合計");
  line("支給人数", `=COUNTIF(${payroll}!$${col("status")}$2:$${col("status")}$${count + 1},"支給")`);
  for (const key of PAYROLL_AMOUNTS) line(LABELS[key], `=${payroll}!${col(key)}${totalsRow + 1}`);
  const itemRows = labels.length;
  line("");
  const burdenHeader = labels.length;
  line(BURDEN_HEADERS[0], ...BURDEN_HEADERS.slice(1));

  for (const name of insurersOf(employees, settings)) {
    const excelRow = labels.length + 1;
    const insurer = `A${excelRow}`;
    line(
      name,
      `=${sumIf("health", insurer)}+${sumIf("care", insurer)}+${sumIf("childSupport", insurer)}`,
      `=${sumIf("hcTotal1", insurer)}+${sumIf("hcTotal2", insurer)}+${sumIf("csTotal1", insurer)}+${sumIf("csTotal2", insurer)}`,
      `=ROUNDDOWN(C${excelRow},0)`,
      `=D${excelRow}-B${excelRow}`,
      "健康保険（介護保険・子ども・子育て支援金を含む）",
    );
  }
  const pensionRow = labels.length + 1;
  line(
    "厚生年金保険（日本年金機構）",
    `=${sum("pension")}`,
    `=${sum("pTotal1")}+${sum("pTotal2")}+${sum("contrib1")}+${sum("contrib2")}`,
    `=ROUNDDOWN(${sum("pTotal1")}+${sum("pTotal2")},0)+ROUNDDOWN(${sum("contrib1")}+${sum("contrib2")},0)`,
    `=D${pensionRow}-B${pensionRow}`,
    "総額に子ども・子育て拠出金（事業主のみ負担）を含みます",
  );
  const employmentRow = labels.length + 1;
  line("雇用保険（労働保険）", `=${sum("employment")}`, `=B${employmentRow}+${sum("eiEmployer")}`, null, `=${sum("eiEmployer")}`, "今月分の見込み。保険料は年度更新で精算します");
  const rows = labels.length;
  const formats: FormatArea[] = [
    { row: 0, col: 0, rows, cols: 1, numberFormat: "@" },
    { row: 0, col: 0, rows: 1, cols: 2, bold: true, fill: HEADER_FILL, border: true, align: "Center" },
    { row: 1, col: 0, rows: itemRows - 1, cols: 2, border: true },
    { row: 1, col: 1, rows: 1, cols: 1, numberFormat: "0" },
    { row: 2, col: 1, rows: itemRows - 2, cols: 1, numberFormat: "#,##0" },
    { row: burdenHeader, col: 0, rows: 1, cols: BURDEN_HEADERS.length, bold: true, fill: HEADER_FILL, border: true, align: "Center", wrap: true },
    { row: burdenHeader + 1, col: 0, rows: rows - burdenHeader - 1, cols: BURDEN_HEADERS.length, border: true },
    { row: burdenHeader + 1, col: 1, rows: rows - burdenHeader - 1, cols: 1, numberFormat: "#,##0" },
    { row: burdenHeader + 1, col: 2, rows: rows - burdenHeader - 1, cols: 1, numberFormat: "#,##0.00" },
    { row: burdenHeader + 1, col: 3, rows: rows - burdenHeader - 1, cols: 2, numberFormat: "#,##0" },
  ];
  return {
    name: SHEET.summary,
    rows,
    cols: BURDEN_HEADERS.length,
    blocks: [
      { kind: "values", row: 0, col: 0, values: labels.map((label) => [label === "" ? null : label]) },
      { kind: "formulas", row: 0, col: 1, formulas: cells },
    ],
    formats,
    columnWidths: [28, 16, 16, 18, 14, 44],
    freeze: { rows: 1, cols: 0 },
    tabColor: "#7030A0",
  };
}
