/**
 * One payslip laid out, as the tile 給与明細 copies for every employee. Rows (relative to the payslip):
 * 0–2 the header, 3–4 勤怠, 5–8 支給, 9–12 控除, 13–14 差引, 15 備考, 16 the きりとり線 between the two
 * payslips of a page (empty under the second: the space between pages).
 */
import { MasterField } from "../../calc/records/master";
import { setting, VariableKey } from "../layout";
import { FormatArea } from "../types";
import { INDEX_COL, LABEL_FILL, PAYSLIP_FONT, PayslipGrid, Slot, SLOTS, YEN } from "./payslipGrid";
import { AmountItem, ShownItems } from "./payslipItems";
import { PAID_STATUS } from "./payroll";
import { ORIGIN_WORDS } from "./variables";

export const PAYSLIP_ROWS = 17;
export const PAYSLIP_ROW = { company: 0, payDate: 1, person: 2, attendance: 3, pay: 5, deductions: 9, net: 13, remarks: 15, cut: 16 } as const;
const ROW = PAYSLIP_ROW;

/**
 * Row heights in points: every row 22, the title's 30 — 382 pt a payslip, two a page at 85% take 650 of
 * A4's 770 pt inside the margins. One height for the sheet and one per title keep the Excel writer's
 * requests few (a row height is one operation).
 */
export const PAYSLIP_ROW_HEIGHT = 22;
export const PAYSLIP_TITLE_HEIGHT = 30;

/** Formulas that find the payslip's employee (INDEX by the payslip's number, `index`). */
export interface PayslipRefs {
  index: string;
  pay(key: string): string;
  master(field: MasterField): string;
  /** An input of 勤怠・変動, as a number (blank = 0). */
  variable(key: VariableKey): string;
  /** 勤怠・変動「入力元」. */
  origin: string;
  /** 勤怠・変動「前月精算の理由」. */
  settlementReason: string;
}

const date = (key: "period" | "payDate") => `YEAR(${setting(key)})&"年"&MONTH(${setting(key)})&"月"`;

function header(grid: PayslipGrid, refs: PayslipRefs): void {
  grid.put(ROW.company, 0, `=""&${setting("companyName")}`, { bold: true, fontSize: 11 });
  grid.put(ROW.company, 4, "給与明細書", { bold: true, fontSize: 18, align: "Center" });
  grid.put(ROW.company, INDEX_COL - 1, `=${date("period")}&"分"`, { bold: true, fontSize: 12, align: "Right" });
  grid.put(ROW.payDate, INDEX_COL - 1, `="支給日　"&${date("payDate")}&DAY(${setting("payDate")})&"日"`, { fontSize: 10, align: "Right" });
  const department = refs.master("department");
  grid.put(ROW.person, 0, `="社員番号 "&${refs.pay("id")}&IF(""&${department}="","","　　所属 "&${department})`, { fontSize: 10 });
  grid.put(ROW.person, 4, `=${refs.pay("name")}&" 様"`, { bold: true, fontSize: 13 });
}

const amount = (refs: PayslipRefs, item: AmountItem): Slot => ({
  label: item.label,
  value: `=${item.negative ? "-" : ""}${refs.pay(item.key)}`,
  format: YEN,
});

/** Items in order over `lines` lines of SLOTS, the total (if any) in the last slot. */
function inLines(lines: number, items: Slot[], total?: Slot): (Slot | null)[][] {
  const slots: (Slot | null)[] = [...items, ...new Array<null>(lines * SLOTS - items.length - (total ? 1 : 0)).fill(null), ...(total ? [total] : [])];
  return Array.from({ length: lines }, (_, l) => slots.slice(l * SLOTS, (l + 1) * SLOTS));
}

const sum = (cells: (string | null)[]) => cells.filter((cell): cell is string => cell !== null).join("+") || "0";

/**
 * Lays out the blocks; returns the 備考 check: TRUE when the amounts shown no longer add up to the totals
 * (an input typed after the workbook was made gave a left-out item an amount).
 */
function blocks(grid: PayslipGrid, shown: ShownItems, refs: PayslipRefs): string {
  const attendance = shown.attendance.map((item): Slot => ({ label: item.label, value: `=${refs.variable(item.key)}` }));
  grid.block(ROW.attendance, "勤怠", [attendance]);

  const gross: Slot = { label: "総支給額", value: `=${refs.pay("gross")}`, format: YEN, total: true };
  const pay = grid.block(ROW.pay, "支給", inLines(2, shown.pay.map((item) => amount(refs, item)), gross)).flat();
  const grossCell = pay.pop()!;

  const [premiums, taxes] = shown.deductions;
  const total: Slot = { label: "控除合計", value: `=${refs.pay("deductions")}`, format: YEN, total: true };
  const lines = [...inLines(1, premiums.map((item) => amount(refs, item))), ...inLines(1, taxes.map((item) => amount(refs, item)), total)];
  const cells = grid.block(ROW.deductions, "控除", lines);
  const totalCell = cells[1].pop()!;
  // 社会保険料計 is the sum of the premiums before it: counted once.
  const parts = [...cells[0].filter((_, s) => !premiums[s]?.subtotal), ...cells[1]];

  netBlock(grid, refs);
  return `OR(${grossCell}<>${sum(pay)},${totalCell}<>${sum(parts)})`;
}

/** A 前月精算 line of the 差引 block, shown only when the employee has one (it is outside 支給 and 控除). */
function settlementSlot(refs: PayslipRefs, key: "settlementPay" | "settlementDeduction", label: string): Slot {
  const amount = refs.pay(key);
  return { label: `=IF(N(${amount})<>0,"${label}","")`, value: `=IF(N(${amount})<>0,${key === "settlementDeduction" ? "-" : ""}${amount},"")`, format: YEN };
}

/**
 * 差引支給額, the 前月精算 lines that move it alone, and the split of the 全銀 transfer (src/zengin/transfers.ts):
 * the second account gets its fixed amount when the net pay is larger, the first the rest.
 */
function netBlock(grid: PayslipGrid, refs: PayslipRefs): void {
  const fixed = `N(${refs.master("fixedAmount2")})`;
  const hasSecond = `${fixed}>0`;
  const second = `IF(${refs.pay("net")}>${fixed},${fixed},0)`;
  grid.block(ROW.net, "差引", [[
    { label: `=IF(${hasSecond},"振込額（第1口座）","振込額")`, value: `=${refs.pay("net")}-${second}`, format: YEN },
    { label: `=IF(${hasSecond},"振込額（第2口座）","")`, value: `=IF(${hasSecond},${second},"")`, format: YEN },
    null,
    settlementSlot(refs, "settlementPay", "前月精算（支給）"),
    settlementSlot(refs, "settlementDeduction", "前月精算（控除）"),
    null,
    { label: "差引支給額", value: `=${refs.pay("net")}`, format: YEN, total: true },
  ]]);
  grid.style(ROW.net + 1, INDEX_COL - 1, 1, 1, { fontSize: 12 });
}

/**
 * 「前月精算: 理由」 when the employee has a 前月精算 this month and its reason was given: the line in the 差引 block
 * has room for the amount only, and the employee should read why the net pay moved.
 */
function settlementReason(refs: PayslipRefs): string {
  const has = `OR(N(${refs.pay("settlementPay")})<>0,N(${refs.pay("settlementDeduction")})<>0)`;
  const reason = `""&${refs.settlementReason}`;
  // A full-width space, not a 。: the reason is the clerk's text and may end with one already.
  return `IF(AND(${has},${reason}<>""),"前月精算: "&${reason}&"　","")`;
}

function remarks(grid: PayslipGrid, refs: PayslipRefs, mismatch: string): void {
  const status = refs.pay("status");
  const parts = [
    `IF(${status}<>"${PAID_STATUS}",${status}&"のため、今月の支給はありません。","")`,
    settlementReason(refs),
    `IF(${refs.origin}="${ORIGIN_WORDS.previous}","前月同額による仮払い（後日精算）。","")`,
    `IF(${refs.origin}="${ORIGIN_WORDS.missing}","勤怠・変動が未入力です。","")`,
    `IF(${mismatch},"※明細にない項目に金額があります。ブックを作り直してください。","")`,
  ];
  grid.put(ROW.remarks, 0, "備考", { fill: LABEL_FILL, bold: true, align: "Center", fontSize: 10, border: true });
  grid.put(ROW.remarks, 1, `=${parts.join("&")}`, { fontSize: 9 });
}

/** The payslip as a tile: its cells and formats; `first` and `count` place it on its sheet. */
export function payslipTile(shown: ShownItems, refs: PayslipRefs, place: { first: number; count: number }): { pattern: (string | null)[][]; formats: FormatArea[] } {
  const grid = new PayslipGrid(PAYSLIP_ROWS);
  grid.style(0, 0, PAYSLIP_ROWS, INDEX_COL, { fontName: PAYSLIP_FONT });
  header(grid, refs);
  remarks(grid, refs, blocks(grid, shown, refs));
  // The first payslip of a page is cut from the second; the last one on the sheet has none below it.
  const line = `${"- ".repeat(46)} きりとり線 ${" -".repeat(46)}`;
  grid.put(ROW.cut, 0, `=IF(AND(MOD(${refs.index},2)=1,${refs.index}<${place.first + place.count}),"${line}","")`, { fontSize: 8, fontColor: "#808080" });
  grid.put(0, INDEX_COL, `=INT((ROW()-1)/${PAYSLIP_ROWS})+1+${place.first}`, { fontColor: "#BFBFBF" });
  return { pattern: grid.cells, formats: grid.formats };
}
