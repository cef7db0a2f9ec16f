/**
 * 仮払い明細: the payslips of a month paid provisionally (仮払い・前月同額). They show only what is known — the
 * amount paid and, when the month was paid from the system's last results, last month's items as a reference —
 * and say so in the title 「給与明細書　仮払い（前月同額）」, so that nobody takes them for a computed month. Values
 * only (nothing to recompute), two to an A4 page like the payroll workbook's 給与明細.
 */
import type { LedgerRow } from "./provisionalLedger";
import { PROVISIONAL_NOTE } from "./provisionalLedger";
import type { PreviousResult } from "../../calc/records/previousResults";
import { SETTLED_ITEM_LABELS, SettledItem } from "../../calc/payroll/settleProvisionalPay";
import type { FormatArea, PlanValue, SheetPlan, WorkbookPlan } from "../../workbook/types";

export interface ProvisionalSlip {
  employeeId: string;
  name: string;
  /** The amount paid provisionally (振込額). */
  paid: number;
  /** Last month's items, when the month was paid from the last results and the amount was not changed. */
  lastItems?: Partial<Record<SettledItem, number>>;
}

export const PROVISIONAL_PAYSLIP_TITLE = `給与明細書　${PROVISIONAL_NOTE}`;
export const PROVISIONAL_PAYSLIPS_SHEET = "仮払い明細";
const SLIP_ROWS = 12;
const COLS = 4;
const YEN = "#,##0";
const ROW = { company: 0, title: 1, person: 2, paid: 3, itemsHeading: 4, items: 5, remarks: 9 } as const;
const ITEMS: readonly SettledItem[] = ["gross", "health", "care", "childSupport", "pension", "employment", "incomeTax", "residentTax"];
/** Two lines: about 36 full-width characters fit across the slip. */
const REMARK = ["給与計算ができないため、前月と同じ額を仮に支払っています。", "確定した額との差額は、翌月以降の給与で「前月精算」として精算します。"];

/** The slips of a month paid from last month's bank file: the amount paid, nothing else is known. */
export function slipsOfLedger(rows: readonly LedgerRow[]): ProvisionalSlip[] {
  return rows.map((r) => ({ employeeId: r.employeeId, name: r.name, paid: r.net }));
}

/** The slips of a month paid from the last results: the amount and, where the results have them, its items. */
export function slipsOfResults(results: readonly PreviousResult[], nameOf: (id: string) => string): ProvisionalSlip[] {
  return results.map((r) => {
    const lastItems: Partial<Record<SettledItem, number>> = {};
    for (const item of ITEMS) if (r[item] !== undefined) lastItems[item] = r[item];
    const slip: ProvisionalSlip = { employeeId: r.employeeId, name: nameOf(r.employeeId), paid: r.net ?? 0 };
    if (Object.keys(lastItems).length > 0) slip.lastItems = lastItems;
    return slip;
  });
}

function japaneseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** One slip's rows: 4 columns (label, amount, label, amount). */
function slipRows(slip: ProvisionalSlip, payDate: string, company: string): PlanValue[][] {
  const rows: PlanValue[][] = Array.from({ length: SLIP_ROWS }, () => new Array<PlanValue>(COLS).fill(null));
  rows[ROW.company][0] = company || null;
  rows[ROW.company][3] = `支給日　${japaneseDate(payDate)}`;
  rows[ROW.title][0] = PROVISIONAL_PAYSLIP_TITLE;
  rows[ROW.person][0] = `社員番号 ${slip.employeeId || "（未記入）"}`;
  rows[ROW.person][2] = `${slip.name} 様`;
  rows[ROW.paid][0] = "仮払い額（振込額）";
  rows[ROW.paid][1] = slip.paid;
  const items = ITEMS.filter((item) => slip.lastItems?.[item] !== undefined);
  rows[ROW.itemsHeading][0] = items.length > 0 ? "前月の内訳（参考。今月の確定額ではありません）" : "内訳: 今月の支給・控除は確定後にお知らせします。";
  items.forEach((item, i) => {
    const [r, c] = [ROW.items + Math.floor(i / 2), (i % 2) * 2];
    rows[r][c] = SETTLED_ITEM_LABELS[item];
    rows[r][c + 1] = slip.lastItems![item]!;
  });
  rows[ROW.remarks][0] = `備考: ${REMARK[0]}`;
  rows[ROW.remarks + 1][0] = `　　 ${REMARK[1]}`;
  return rows;
}

/** Formats of slip k: text for the labels and names (an imported name is never read as a formula), yen for amounts. */
function slipFormats(k: number): FormatArea[] {
  const top = k * SLIP_ROWS;
  return [
    { row: top, col: 0, rows: SLIP_ROWS, cols: COLS, numberFormat: "@", fontSize: 10 },
    { row: top + ROW.paid, col: 1, rows: 1, cols: 1, numberFormat: YEN, bold: true, fontSize: 12 },
    { row: top + ROW.items, col: 1, rows: 4, cols: 1, numberFormat: YEN },
    { row: top + ROW.items, col: 3, rows: 4, cols: 1, numberFormat: YEN },
    { row: top + ROW.title, col: 0, rows: 1, cols: 1, bold: true, fontSize: 16 },
    { row: top + ROW.person, col: 2, rows: 1, cols: 1, bold: true, fontSize: 12 },
    { row: top + ROW.company, col: 3, rows: 1, cols: 1, align: "Right" },
    { row: top + ROW.paid, col: 0, rows: 1, cols: 2, border: true },
    { row: top + ROW.remarks, col: 0, rows: 2, cols: 1, fontSize: 9 },
  ];
}

/**
 * The provisional payslips as a workbook plan (one sheet, values only), for the project's .xlsx writer.
 * @example provisionalPayslipsPlan({ slips: [{ employeeId: "0001", name: "山田 太郎", paid: 376_261 }], payDate: "2026-12-25" }).sheets[0].name // "仮払い明細"
 */
export function provisionalPayslipsPlan(a: { slips: readonly ProvisionalSlip[]; payDate: string; company?: string }): WorkbookPlan {
  const values = a.slips.flatMap((slip) => slipRows(slip, a.payDate, a.company ?? ""));
  const rows = Math.max(1, values.length);
  const sheet: SheetPlan = {
    name: PROVISIONAL_PAYSLIPS_SHEET,
    rows,
    cols: COLS,
    blocks: values.length > 0 ? [{ kind: "values", row: 0, col: 0, values }] : [{ kind: "values", row: 0, col: 0, values: [["仮払いの対象者がいません。", null, null, null]] }],
    formats: a.slips.flatMap((_, k) => slipFormats(k)),
    columnWidths: [22, 14, 22, 14],
    print: {
      paper: "A4",
      orientation: "Portrait",
      pageBreaks: Array.from({ length: Math.max(0, Math.ceil(a.slips.length / 2) - 1) }, (_, i) => (i + 1) * 2 * SLIP_ROWS).slice(0, 999),
      printArea: { row: 0, col: 0, rows, cols: COLS },
      margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
      centerHorizontally: true,
    },
    tabColor: "#C00000",
  };
  return { sheets: [sheet] };
}
