/**
 * 給与所得・退職所得に対する源泉徴収簿, in the structure of the 国税庁 form: a 給料・手当等 row per payment (月区分,
 * 支給月日, 総支給金額, 社会保険料等の控除額, 社会保険料等控除後の給与等の金額, 扶養親族等の数, 算出税額, 年末調整による
 * 過不足税額, 差引徴収税額), a 賞与等 row per bonus (with 前月の社会保険料等控除後の給与等の金額 and the 税率), and
 * their totals. The form is not statutory (an office may keep any book that shows the same), so the fields are
 * keyed by their names, not by the form's circled numbers, which change between years.
 */
import { ymdOf } from "../../calc/dates/calendar";
import type { Employee } from "../../calc/payroll/employee";
import { CalcError } from "../../calc/vocabulary/errors";
import { bonusUsesMonthlyTable } from "../../calc/withholding/bonusWithholding";
import { bonusWithholdingRate } from "../../calc/withholding/bonusWithholdingRate";
import { amountOf, cell, DATA_MISSING, LedgerCell, socialInsuranceOf, taxableOf, UNKNOWN } from "./cells";
import type { LedgerColumn, LedgerPayment } from "./payments";

export const SALARY_BOOK_HEADERS = ["月区分", "支給月日", "総支給金額", "社会保険料等の控除額", "社会保険料等控除後の給与等の金額", "扶養親族等の数", "算出税額", "年末調整による過不足税額", "差引徴収税額"] as const;
export const BONUS_BOOK_HEADERS = ["月区分", "支給月日", "総支給金額", "社会保険料等の控除額", "社会保険料等控除後の給与等の金額", "前月の社会保険料等控除後の給与等の金額", "税率（%）", "算出税額", "差引徴収税額"] as const;

export interface BookRow {
  cells: LedgerCell[];
}

export interface BookTotals {
  gross: LedgerCell;
  socialInsurance: LedgerCell;
  tax: LedgerCell;
}

export interface WithholdingBook {
  salaries: BookRow[];
  salaryTotals: BookTotals;
  bonuses: BookRow[];
  bonusTotals: BookTotals;
  notes: string[];
}

const monthDay = (p: LedgerPayment) => `${ymdOf(p.payDay).month}/${ymdOf(p.payDay).day}`;

/** 総支給金額 (課税分): 社会保険料等控除後の金額 + 社会保険料等. */
function grossOf(p: LedgerPayment): number | undefined {
  const taxable = taxableOf(p);
  const social = socialInsuranceOf(p);
  return taxable === undefined || social === undefined ? undefined : taxable + social;
}

function salaryRow(column: LedgerColumn, e: Employee): BookRow {
  if (column.kind === "missing") return { cells: [column.month, DATA_MISSING, DATA_MISSING, DATA_MISSING, DATA_MISSING, DATA_MISSING, DATA_MISSING, null, DATA_MISSING] };
  const p = column.payment;
  const tax = amountOf(p, "incomeTax");
  const dependents = e.taxColumn === "乙" ? "乙欄" : p.result.dependents ?? e.dependents;
  return { cells: [ymdOf(p.payDay).month, monthDay(p), cell(grossOf(p)), cell(socialInsuranceOf(p)), cell(taxableOf(p)), dependents, cell(tax), null, cell(tax)] };
}

/**
 * 前月の社会保険料等控除後の給与等の金額 (所得税法第186条): the 給与 paid in the calendar month before the bonus's;
 * all of them when two were paid. Undefined when that month's results were not given.
 */
function previousMonthTaxable(bonus: LedgerPayment, payments: readonly LedgerPayment[]): number | undefined {
  const d = ymdOf(bonus.payDay);
  const [y, m] = d.month === 1 ? [d.year - 1, 12] : [d.year, d.month - 1];
  const prev = payments.filter((p) => p.kind === "給与" && ymdOf(p.payDay).year === y && ymdOf(p.payDay).month === m);
  if (prev.length === 0) return undefined;
  const amounts = prev.map(taxableOf);
  return amounts.every((a) => a !== undefined) ? amounts.reduce((s: number, a) => s + a!, 0) : undefined;
}

/** 税率 of the 算出率の表 in percent, or 「月額表」 when the bonus is taxed by the 月額表 (第186条第2項). */
function bonusRate(taxable: number, prevMonth: number, dependents: number, e: Employee, p: LedgerPayment): LedgerCell {
  if (bonusUsesMonthlyTable(taxable, prevMonth)) return "月額表";
  try {
    return bonusWithholdingRate({ prevMonthTaxable: prevMonth, dependents, column: e.taxColumn, paymentDate: p.payDay }) / 10_000;
  } catch (err) {
    // A year whose 算出率の表 is not in the law data: the rate is left to the clerk, the tax paid is still shown.
    if (err instanceof CalcError) return UNKNOWN;
    throw err;
  }
}

function bonusRow(p: LedgerPayment, payments: readonly LedgerPayment[], e: Employee): BookRow {
  const taxable = taxableOf(p);
  const prev = previousMonthTaxable(p, payments);
  const dependents = p.result.dependents ?? e.dependents;
  const rate = taxable === undefined || prev === undefined ? UNKNOWN : bonusRate(taxable, prev, dependents, e, p);
  const tax = amountOf(p, "incomeTax");
  return { cells: [ymdOf(p.payDay).month, monthDay(p), cell(grossOf(p)), cell(socialInsuranceOf(p)), cell(taxable), prev === undefined ? DATA_MISSING : prev, rate, cell(tax), cell(tax)] };
}

function sum(rows: readonly BookRow[], index: number): LedgerCell {
  const numbers = rows.map((r) => r.cells[index]).filter((c): c is number => typeof c === "number");
  return numbers.length === 0 && rows.length > 0 ? UNKNOWN : numbers.reduce((s, n) => s + n, 0);
}

function totals(rows: readonly BookRow[], taxIndex: number): BookTotals {
  return { gross: sum(rows, 2), socialInsurance: sum(rows, 3), tax: sum(rows, taxIndex) };
}

/** The employee's 源泉徴収簿 of the year's columns; `payments` are all of theirs (a January bonus looks at December). */
export function withholdingBook(e: Employee, columns: readonly LedgerColumn[], payments: readonly LedgerPayment[]): WithholdingBook {
  const salaries = columns.filter((c) => c.kind === "missing" || c.payment.kind === "給与").map((c) => salaryRow(c, e));
  const bonuses = columns.flatMap((c) => (c.kind === "payment" && c.payment.kind === "賞与" ? [bonusRow(c.payment, payments, e)] : []));
  const notes: string[] = [];
  if (columns.some((c) => c.kind === "payment" && c.payment.result.dependents === undefined)) {
    notes.push(`扶養親族等の数が結果にない支払は、従業員マスタのいまの人数（${e.dependents}人）を書いています。`);
  }
  return { salaries, salaryTotals: totals(salaries, 8), bonuses, bonusTotals: totals(bonuses, 8), notes };
}
