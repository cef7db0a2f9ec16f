/**
 * 検算: Sonae's figures beside the payroll system's last results, per employee and item, with the
 * difference; a difference other than 0 is highlighted (conditional format). A 差額 cell is written only
 * where the system gave a figure, so an empty cell means "nothing to compare", never a silent 0. Results
 * whose 社員番号 is not in the master are listed at the end, not dropped.
 */
import { Employee } from "../../calc/payroll/employee";
import { PayrollLine } from "../../calc/payroll/types";
import type { PreviousResult } from "../../import/previousResults";
import { columnName, quoteSheet } from "../address";
import { SHEET } from "../layout";
import { FormatArea, NonZeroHighlight, PlanValue, SheetPlan } from "../types";
import { HEADER_FILL } from "../table";

type Item = keyof Omit<PayrollLine, "employeeId">;

export const CHECK_ITEMS: readonly [Item, string][] = [
  ["gross", "総支給額"], ["health", "健康保険"], ["care", "介護保険"], ["childSupport", "子ども・子育て支援金"], ["pension", "厚生年金"],
  ["employment", "雇用保険"], ["socialInsurance", "社会保険料計"], ["taxable", "課税対象額"], ["incomeTax", "所得税"], ["residentTax", "住民税"], ["net", "差引支給額"],
];

/** Column of an item's (Sonae, 前回, 差額) triple: 社員番号, 氏名, then three per item, then 備考. */
export function checkColumn(item: Item, which: 0 | 1 | 2): number {
  return 2 + CHECK_ITEMS.findIndex(([k]) => k === item) * 3 + which;
}

export function checkSheet(employees: readonly Employee[], previous: readonly PreviousResult[], col: (key: string) => string): { sheet: SheetPlan; notes: string[] } {
  const prevById = new Map(previous.map((p) => [p.employeeId, p]));
  const known = new Set(employees.map((e) => e.id));
  const unmatched = previous.filter((p) => !known.has(p.employeeId));
  const cols = 2 + CHECK_ITEMS.length * 3 + 1;
  const header = ["社員番号", "氏名", ...CHECK_ITEMS.flatMap(([, label]) => [`${label}（Sonae）`, `${label}（前回）`, `${label} 差額`]), "備考"];

  // Values (ids, names, the system's figures, notes) and formulas (Sonae's figures, differences) in two
  // blocks of the same size; each leaves the other's cells alone.
  const values: PlanValue[][] = [header];
  const formulas: (string | null)[][] = [new Array(cols).fill(null)];
  employees.forEach((e, i) => {
    const p = prevById.get(e.id);
    const r = values.length + 1;
    const v: PlanValue[] = new Array(cols).fill(null);
    const f: (string | null)[] = new Array(cols).fill(null);
    v[0] = e.id;
    v[1] = e.name;
    for (const [item] of CHECK_ITEMS) {
      const sonae = checkColumn(item, 0);
      f[sonae] = `=${quoteSheet(SHEET.payroll)}!${col(item)}${i + 2}`;
      const prev = p?.[item];
      if (prev !== undefined && prev !== null) {
        v[sonae + 1] = prev;
        f[sonae + 2] = `=${columnName(sonae)}${r}-${columnName(sonae + 1)}${r}`;
      }
    }
    v[cols - 1] = p ? (p.period ? `前回: ${p.period}` : null) : "前回の結果にありません";
    values.push(v);
    formulas.push(f);
  });
  for (const p of unmatched) {
    const v: PlanValue[] = new Array(cols).fill(null);
    v[0] = p.employeeId;
    for (const [item] of CHECK_ITEMS) v[checkColumn(item, 1)] = p[item] ?? null;
    v[cols - 1] = "従業員マスタにない社員番号です（退職者など）";
    values.push(v);
    formulas.push(new Array(cols).fill(null));
  }
  const rows = values.length;
  const data = rows - 1;
  const formats: FormatArea[] = [
    { row: 1, col: 0, rows: Math.max(data, 1), cols: 2, numberFormat: "@" },
    { row: 1, col: cols - 1, rows: Math.max(data, 1), cols: 1, numberFormat: "@" },
    { row: 1, col: 2, rows: Math.max(data, 1), cols: CHECK_ITEMS.length * 3, numberFormat: "#,##0" },
    { row: 0, col: 0, rows: 1, cols, bold: true, fill: HEADER_FILL, border: true, wrap: true, align: "Center" },
  ];
  if (data > 0) formats.push({ row: 1, col: 0, rows: data, cols, border: true });
  const highlights: NonZeroHighlight[] =
    data > 0 ? CHECK_ITEMS.map(([item]) => ({ row: 1, col: checkColumn(item, 2), rows: data, cols: 1, fill: "#FFC7CE", fontColor: "#9C0006" })) : [];
  const notes = unmatched.length > 0 ? [`前回の結果のうち ${unmatched.length} 人は従業員マスタにない社員番号です（検算シートの末尾に載せました）。`] : [];
  return {
    sheet: {
      name: SHEET.check,
      rows,
      cols,
      blocks: [
        { kind: "values", row: 0, col: 0, values },
        { kind: "formulas", row: 0, col: 0, formulas },
      ],
      formats,
      columnWidths: [10, 14, ...CHECK_ITEMS.flatMap(() => [11, 11, 10]), 28],
      freeze: { rows: 1, cols: 2 },
      highlights,
      tabColor: "#C00000",
    },
    notes,
  };
}
