/**
 * 検算: Sonae's figures beside the payroll system's last results, per employee and item, with the
 * difference; a difference other than 0 is highlighted (conditional format on numbers ≠ 0). The 差額 is
 * empty where the system gave no figure: "nothing to compare", never a silent 0. Results whose 社員番号 is
 * not in the master are listed at the end, not dropped. The 備考 column also carries each employee's
 * plausibility 注意 (基本給 far too high, 総支給額 far from the previous one, a 標準報酬月額 two grades off), so
 * the sheet exists with them even without previous results.
 */
import { Employee } from "../../calc/payroll/employee";
import { PayrollLine } from "../../calc/payroll/types";
import type { EmployeeFindings } from "../../calc/payroll/plausibilityOfMonth";
import type { PreviousResult } from "../../calc/records/previousResults";
import { columnName, quoteSheet } from "../address";
import { SHEET } from "../layout";
import { Block, FormatArea, NonZeroHighlight, PlanValue, SheetPlan } from "../types";
import { HEADER_FILL } from "../table";

type Item = keyof Omit<PayrollLine, "employeeId">;

const CHECK_ITEMS: readonly [Item, string][] = [
  ["gross", "総支給額"], ["health", "健康保険"], ["care", "介護保険"], ["childSupport", "子ども・子育て支援金"], ["pension", "厚生年金"],
  ["employment", "雇用保険"], ["socialInsurance", "社会保険料計"], ["taxable", "課税対象額"], ["incomeTax", "所得税"], ["residentTax", "住民税"], ["net", "差引支給額"],
];

/** Column of an item's (Sonae, 前回, 差額) triple: 社員番号, 氏名, then three per item, then 備考. */
function checkColumn(item: Item, which: 0 | 1 | 2): number {
  return 2 + CHECK_ITEMS.findIndex(([key]) => key === item) * 3 + which;
}

const COLUMNS = 2 + CHECK_ITEMS.length * 3 + 1;
const REMARK_COL = COLUMNS - 1;

/** 総支給額 of the previous results by 社員番号 (for the plausibility check), when they have one. */
export function previousGrossOf(previous: readonly PreviousResult[] | undefined): Map<string, number> | undefined {
  return previous && new Map(previous.flatMap((result) => (result.gross === undefined ? [] : [[result.employeeId, result.gross] as [string, number]])));
}

/** 備考 of an employee's row: where the previous figures come from, then each plausibility finding. */
function remarks(result: PreviousResult | undefined, withPrevious: boolean, findings: EmployeeFindings["findings"] = []): string | null {
  const parts = withPrevious ? [result ? (result.period ? `前回: ${result.period}` : "") : "前回の結果にありません"] : [];
  for (const finding of findings) parts.push(`${finding.severity === "error" ? "エラー" : "注意"}「${finding.column}」: ${finding.message}`);
  const text = parts.filter((part) => part !== "").join("／");
  return text === "" ? null : text;
}

/** A row of values: 社員番号, 氏名, the system's figures in each 前回 column, 備考. */
function valueRow(id: string, name: string | null, result: PreviousResult | undefined, remark: string | null): PlanValue[] {
  const row: PlanValue[] = new Array(COLUMNS).fill(null);
  row[0] = id;
  if (name !== null) row[1] = name;
  for (const [item] of CHECK_ITEMS) row[checkColumn(item, 1)] = result?.[item] ?? null;
  row[REMARK_COL] = remark;
  return row;
}

/**
 * Sonae's figures and the differences: one formula per column, filled down over the employees' rows (row
 * i+2 is employee i of 給与計算).
 */
function figureFills(count: number, payrollColumn: (key: string) => string): Block[] {
  if (count === 0) return [];
  return CHECK_ITEMS.flatMap(([item]) => {
    const sonae = checkColumn(item, 0);
    return [
      { kind: "fill", row: 1, col: sonae, rows: count, formula: `=${quoteSheet(SHEET.payroll)}!${payrollColumn(item)}2` },
      // An empty 前回 means nothing to compare: the difference stays empty, never a silent 0.
      { kind: "fill", row: 1, col: sonae + 2, rows: count, formula: `=IF(ISBLANK(${columnName(sonae + 1)}2),"",${columnName(sonae)}2-${columnName(sonae + 1)}2)` },
    ] satisfies Block[];
  });
}

function checkFormats(dataRows: number): FormatArea[] {
  const formats: FormatArea[] = [
    { row: 1, col: 0, rows: Math.max(dataRows, 1), cols: 2, numberFormat: "@" },
    { row: 1, col: REMARK_COL, rows: Math.max(dataRows, 1), cols: 1, numberFormat: "@" },
    { row: 1, col: 2, rows: Math.max(dataRows, 1), cols: CHECK_ITEMS.length * 3, numberFormat: "#,##0" },
    { row: 0, col: 0, rows: 1, cols: COLUMNS, bold: true, fill: HEADER_FILL, border: true, wrap: true, align: "Center" },
  ];
  if (dataRows > 0) formats.push({ row: 1, col: 0, rows: dataRows, cols: COLUMNS, border: true });
  return formats;
}

/**
 * @param previous the system's previous results, or undefined (then only the plausibility findings fill 備考)
 * @param plausibility findings by employee (plausibilityOfDetails / plausibilityOfMonth)
 */
export function checkSheet(
  employees: readonly Employee[],
  previous: readonly PreviousResult[] | undefined,
  col: (key: string) => string,
  plausibility: readonly EmployeeFindings[] = [],
): { sheet: SheetPlan; notes: string[] } {
  const previousById = new Map((previous ?? []).map((result) => [result.employeeId, result]));
  const findingsById = new Map(plausibility.map((employee) => [employee.employeeId, employee.findings]));
  const known = new Set(employees.map((employee) => employee.id));
  const unmatched = (previous ?? []).filter((result) => !known.has(result.employeeId));
  const header = ["社員番号", "氏名", ...CHECK_ITEMS.flatMap(([, label]) => [`${label}（Sonae）`, `${label}（前回）`, `${label} 差額`]), "備考"];
  // Values (ids, names, the system's figures, notes) in one block.
  const values: PlanValue[][] = [
    header,
    ...employees.map((employee) => valueRow(employee.id, employee.name, previousById.get(employee.id), remarks(previousById.get(employee.id), previous !== undefined, findingsById.get(employee.id)))),
    ...unmatched.map((result) => valueRow(result.employeeId, null, result, "従業員マスタにない社員番号です（退職者など）")),
  ];
  const dataRows = values.length - 1;
  const highlights: NonZeroHighlight[] =
    dataRows > 0 ? CHECK_ITEMS.map(([item]) => ({ row: 1, col: checkColumn(item, 2), rows: dataRows, cols: 1, fill: "#FFC7CE", fontColor: "#9C0006" })) : [];
  const notes = unmatched.length > 0 ? [`前回の結果のうち ${unmatched.length} 人は従業員マスタにない社員番号です（検算シートの末尾に載せました）。`] : [];
  const flagged = plausibility.filter((employee) => employee.findings.length > 0).length;
  if (flagged > 0) notes.push(`${flagged} 人の給与に確認したほうがよい点があります（検算シートの備考）。`);
  return {
    sheet: {
      name: SHEET.check,
      rows: values.length,
      cols: COLUMNS,
      blocks: [{ kind: "values", row: 0, col: 0, values }, ...figureFills(employees.length, col)],
      formats: checkFormats(dataRows),
      columnWidths: [10, 14, ...CHECK_ITEMS.flatMap(() => [11, 11, 10]), 28],
      freeze: { rows: 1, cols: 2 },
      highlights,
      tabColor: "#C00000",
    },
    notes,
  };
}
