/**
 * 賃金台帳 (労働基準法第108条, 施行規則第54条第1項): per employee and payment 氏名, 性別, 賃金計算期間, 労働日数,
 * 労働時間数, 時間外・休日・深夜労働時間数, 基本給・手当その他賃金の種類ごとの額, and 控除の額 — monthly columns, the
 * 賞与, and the year's totals.
 */
import { isoToDay, ymdOf } from "../../calc/dates/calendar";
import { wagePeriod } from "../../calc/payroll/wagePeriod";
import { amountOf, cell, DATA_MISSING, itemOf, LedgerCell, socialInsuranceOf, UNKNOWN, variableOf, workedOf } from "./cells";
import type { LedgerColumn, LedgerPayment } from "./payments";

/** One row of the 賃金台帳: its label, what it holds for a payment (undefined = unknown), and whether it is added up. */
interface RowSpec {
  label: string;
  /** The 施行規則第54条第1項 item the row records. */
  item: string;
  value: (p: LedgerPayment, closingDay: number | undefined) => LedgerCell | undefined;
  salaryOnly?: boolean;
  bonusOnly?: boolean;
  total?: boolean;
}

const slash = (day: number) => {
  const d = ymdOf(day);
  return `${d.year}/${d.month}/${d.day}`;
};

/** Where a payment's 賃金計算期間 comes from: the file's own 計算期間・締日, or 対象年月 and the 締め日 of the 設定. */
export type WagePeriodSource = "file" | "closingDay" | "month" | "none";

export function wagePeriodSource(p: LedgerPayment, closingDay: number | undefined): WagePeriodSource {
  if (p.result.wagePeriod) return "file";
  if (p.result.period === undefined) return "none";
  return closingDay === undefined ? "month" : "closingDay";
}

/**
 * 賃金計算期間: the file's own when it has one (a vendor's 計算期間 or 締日); else from 対象年月 and the 締め日 (設定)
 * when both are known; else the 対象年月 alone.
 */
function wagePeriodText(p: LedgerPayment, closingDay: number | undefined): string | undefined {
  const own = p.result.wagePeriod;
  if (own) return `${slash(isoToDay(own.start))}〜${slash(isoToDay(own.end))}`;
  const period = p.result.period;
  if (period === undefined) return undefined;
  const [y, m] = period.split("-").map(Number);
  if (closingDay === undefined) return `${y}年${m}月分`;
  const w = wagePeriod({ month: isoToDay(`${period}-01`), closingDay });
  return `${slash(w.start)}〜${slash(w.end)}`;
}

const variable = (key: Parameters<typeof variableOf>[1]) => (p: LedgerPayment) => variableOf(p, key);
const item = (key: Parameters<typeof itemOf>[1]) => (p: LedgerPayment) => itemOf(p, key);
const amount = (key: Parameters<typeof amountOf>[1]) => (p: LedgerPayment) => amountOf(p, key);

/** 控除の額の合計: 総支給額 − 差引支給額. */
function deductionsOf(p: LedgerPayment): number | undefined {
  const gross = amountOf(p, "gross");
  const net = amountOf(p, "net");
  return gross === undefined || net === undefined ? undefined : gross - net;
}

export const WAGE_LEDGER_ROWS: readonly RowSpec[] = [
  { label: "賃金計算期間", item: "賃金計算期間", value: (p, c) => wagePeriodText(p, c), salaryOnly: true },
  { label: "支給日", item: "賃金計算期間", value: (p) => slash(p.payDay) },
  { label: "労働日数", item: "労働日数", value: (p) => workedOf(p, "workDays"), salaryOnly: true, total: true },
  { label: "労働時間数", item: "労働時間数", value: (p) => workedOf(p, "workHours"), salaryOnly: true, total: true },
  { label: "時間外労働時間数", item: "時間外労働時間数", value: variable("overtimeHours"), salaryOnly: true, total: true },
  { label: "休日労働時間数", item: "休日労働時間数", value: variable("holidayHours"), salaryOnly: true, total: true },
  { label: "深夜労働時間数", item: "深夜労働時間数", value: variable("lateNightHours"), salaryOnly: true, total: true },
  { label: "基本給", item: "基本給", value: item("basePay"), salaryOnly: true, total: true },
  { label: "固定手当", item: "手当", value: item("fixedAllowance"), salaryOnly: true, total: true },
  { label: "時間外手当", item: "手当", value: item("overtimePay"), salaryOnly: true, total: true },
  { label: "時間外手当（60時間超）", item: "手当", value: item("overtimeOver60Pay"), salaryOnly: true, total: true },
  { label: "休日手当", item: "手当", value: item("holidayPay"), salaryOnly: true, total: true },
  { label: "深夜手当", item: "手当", value: item("lateNightPay"), salaryOnly: true, total: true },
  { label: "通勤手当", item: "手当", value: item("commuteAllowance"), salaryOnly: true, total: true },
  { label: "臨時の課税手当", item: "その他賃金", value: variable("extraTaxable"), salaryOnly: true, total: true },
  { label: "臨時の非課税手当", item: "その他賃金", value: variable("extraNonTaxable"), salaryOnly: true, total: true },
  { label: "欠勤控除", item: "その他賃金", value: item("absenceDeduction"), salaryOnly: true, total: true },
  { label: "賞与", item: "その他賃金", value: amount("gross"), bonusOnly: true, total: true },
  { label: "総支給額", item: "賃金の額", value: amount("gross"), total: true },
  { label: "健康保険", item: "控除の額", value: amount("health"), total: true },
  { label: "介護保険", item: "控除の額", value: amount("care"), total: true },
  { label: "子ども・子育て支援金", item: "控除の額", value: amount("childSupport"), total: true },
  { label: "厚生年金", item: "控除の額", value: amount("pension"), total: true },
  { label: "雇用保険", item: "控除の額", value: amount("employment"), total: true },
  { label: "社会保険料計", item: "控除の額", value: socialInsuranceOf, total: true },
  { label: "所得税", item: "控除の額", value: amount("incomeTax"), total: true },
  { label: "住民税", item: "控除の額", value: amount("residentTax"), total: true },
  { label: "臨時の控除", item: "控除の額", value: variable("extraDeduction"), salaryOnly: true, total: true },
  { label: "控除合計", item: "控除の額", value: deductionsOf, total: true },
  { label: "差引支給額", item: "賃金の額", value: amount("net"), total: true },
];

export interface LedgerRow {
  label: string;
  cells: LedgerCell[];
  /** The year's total of the payments shown (a missing month adds nothing: the notes say so); null when not added up. */
  total: LedgerCell;
}

function cellOf(spec: RowSpec, column: LedgerColumn, closingDay: number | undefined): LedgerCell {
  if (column.kind === "missing") return DATA_MISSING;
  const p = column.payment;
  if ((spec.salaryOnly && p.kind === "賞与") || (spec.bonusOnly && p.kind === "給与")) return null;
  const v = spec.value(p, closingDay);
  return v === undefined ? cell(undefined) : v;
}

function totalOf(cells: readonly LedgerCell[]): LedgerCell {
  const numbers = cells.filter((c): c is number => typeof c === "number");
  if (numbers.length === 0) return cells.some((c) => c === UNKNOWN) ? UNKNOWN : null;
  return Math.round(numbers.reduce((s, n) => s + n, 0) * 100) / 100;
}

/** The 賃金台帳's rows for the employee's columns; closingDay (締め日, 31 = 末日) gives the 賃金計算期間 when known. */
export function wageLedgerRows(columns: readonly LedgerColumn[], closingDay: number | undefined): LedgerRow[] {
  return WAGE_LEDGER_ROWS.map((spec) => {
    const cells = columns.map((c) => cellOf(spec, c, closingDay));
    return { label: spec.label, cells, total: spec.total ? totalOf(cells) : null };
  });
}

/** The heading of a column: 「5月」, 「5月（2回目）」, 「賞与 7/10」. */
export function columnHeading(column: LedgerColumn, index: number, columns: readonly LedgerColumn[]): string {
  if (column.kind === "missing") return `${column.month}月`;
  const d = ymdOf(column.payment.payDay);
  if (column.payment.kind === "賞与") return `賞与 ${d.month}/${d.day}`;
  const before = columns.slice(0, index).filter((c) => c.kind === "payment" && c.payment.kind === "給与" && ymdOf(c.payment.payDay).month === d.month).length;
  return before === 0 ? `${d.month}月` : `${d.month}月（${before + 1}回目）`;
}
