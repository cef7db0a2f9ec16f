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
  residentTax: "住民税", extraDeduction: "臨時の控除", deductions: "控除計", settlementPay: "前月精算（支給）",
  settlementDeduction: "前月精算（控除）", net: "差引支給額",
};

const BURDEN_HEADERS = ["納付先", "本人負担（控除額）", "保険料の総額", "納付額の見込み（1円未満切捨て）", "事業主負担", "備考"];

/** The insurers of the workbook: each employee's 健康保険, or the default when blank. */
function insurersOf(employees: readonly Employee[], settings: PayrollSettings): string[] {
  const names = employees.filter((employee) => employee.healthStandard !== undefined).map((employee) => (employee.healthInsurer?.trim() ? employee.healthInsurer : settings.defaultInsurer));
  return [...new Set(names)];
}

/** Column A (labels and insurer names) as values — an insurer name comes from the import — and B… as formulas. */
class SummaryLines {
  readonly labels: string[] = [];
  readonly cells: (string | null)[][] = [];

  /** The Excel row number the next line will have. */
  get nextExcelRow(): number {
    return this.labels.length + 1;
  }

  add(label: string, ...rest: (string | null)[]): void {
    this.labels.push(label);
    this.cells.push([...rest, ...new Array(BURDEN_HEADERS.length - 1 - rest.length).fill(null)]);
  }
}

/** References into 給与計算's data rows. */
function payrollSums(count: number, col: (key: string) => string) {
  const payroll = quoteSheet(SHEET.payroll);
  const whole = (key: string) => `${payroll}!$${col(key)}$2:$${col(key)}$${count + 1}`;
  return {
    payroll,
    whole,
    sum: (key: string) => `SUM(${whole(key)})`,
    sumIf: (key: string, criterion: string) => `SUMIF(${whole("insurer")},${criterion},${whole(key)})`,
  };
}

/** 納付先 by 納付先: each 健康保険 insurer, 厚生年金保険, 雇用保険 — the employees' share, the total, what is paid. */
function addBurdenLines(lines: SummaryLines, insurers: readonly string[], { sum, sumIf }: ReturnType<typeof payrollSums>): void {
  for (const name of insurers) {
    const excelRow = lines.nextExcelRow;
    const insurer = `A${excelRow}`;
    lines.add(
      name,
      `=${sumIf("health", insurer)}+${sumIf("care", insurer)}+${sumIf("childSupport", insurer)}`,
      `=${sumIf("hcTotal1", insurer)}+${sumIf("hcTotal2", insurer)}+${sumIf("csTotal1", insurer)}+${sumIf("csTotal2", insurer)}`,
      `=ROUNDDOWN(C${excelRow},0)`,
      `=D${excelRow}-B${excelRow}`,
      "健康保険（介護保険・子ども・子育て支援金を含む）",
    );
  }
  const pensionRow = lines.nextExcelRow;
  lines.add(
    "厚生年金保険（日本年金機構）",
    `=${sum("pension")}`,
    `=${sum("pTotal1")}+${sum("pTotal2")}+${sum("contrib1")}+${sum("contrib2")}`,
    `=ROUNDDOWN(${sum("pTotal1")}+${sum("pTotal2")},0)+ROUNDDOWN(${sum("contrib1")}+${sum("contrib2")},0)`,
    `=D${pensionRow}-B${pensionRow}`,
    "総額に子ども・子育て拠出金（事業主のみ負担）を含みます",
  );
  const employmentRow = lines.nextExcelRow;
  lines.add("雇用保険（労働保険）", `=${sum("employment")}`, `=B${employmentRow}+${sum("eiEmployer")}`, null, `=${sum("eiEmployer")}`, "今月分の見込み。保険料は年度更新で精算します");
}

function summaryFormats(rows: number, itemRows: number, burdenHeader: number): FormatArea[] {
  const burdenRows = rows - burdenHeader - 1;
  return [
    { row: 0, col: 0, rows, cols: 1, numberFormat: "@" },
    { row: 0, col: 0, rows: 1, cols: 2, bold: true, fill: HEADER_FILL, border: true, align: "Center" },
    { row: 1, col: 0, rows: itemRows - 1, cols: 2, border: true },
    { row: 1, col: 1, rows: 1, cols: 1, numberFormat: "0" },
    { row: 2, col: 1, rows: itemRows - 2, cols: 1, numberFormat: "#,##0" },
    { row: burdenHeader, col: 0, rows: 1, cols: BURDEN_HEADERS.length, bold: true, fill: HEADER_FILL, border: true, align: "Center", wrap: true },
    { row: burdenHeader + 1, col: 0, rows: burdenRows, cols: BURDEN_HEADERS.length, border: true },
    { row: burdenHeader + 1, col: 1, rows: burdenRows, cols: 1, numberFormat: "#,##0" },
    { row: burdenHeader + 1, col: 2, rows: burdenRows, cols: 1, numberFormat: "#,##0.00" },
    { row: burdenHeader + 1, col: 3, rows: burdenRows, cols: 2, numberFormat: "#,##0" },
  ];
}

export function summarySheet(employees: readonly Employee[], settings: PayrollSettings, col: (key: string) => string, totalsRow: number): SheetPlan {
  const count = employees.length;
  const sums = payrollSums(count, col);
  const lines = new SummaryLines();
  lines.add("項目", "合計");
  lines.add("支給人数", `=COUNTIF(${sums.payroll}!$${col("status")}$2:$${col("status")}$${count + 1},"支給")`);
  for (const key of PAYROLL_AMOUNTS) lines.add(LABELS[key], `=${sums.payroll}!${col(key)}${totalsRow + 1}`);
  const itemRows = lines.labels.length;
  lines.add("");
  const burdenHeader = lines.labels.length;
  lines.add(BURDEN_HEADERS[0], ...BURDEN_HEADERS.slice(1));
  addBurdenLines(lines, insurersOf(employees, settings), sums);
  const rows = lines.labels.length;
  return {
    name: SHEET.summary,
    rows,
    cols: BURDEN_HEADERS.length,
    blocks: [
      { kind: "values", row: 0, col: 0, values: lines.labels.map((label) => [label === "" ? null : label]) },
      { kind: "formulas", row: 0, col: 1, formulas: lines.cells },
    ],
    formats: summaryFormats(rows, itemRows, burdenHeader),
    columnWidths: [28, 16, 16, 18, 14, 44],
    freeze: { rows: 1, cols: 0 },
    tabColor: "#7030A0",
  };
}
