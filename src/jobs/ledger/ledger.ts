/**
 * The statutory ledgers of a calendar year from the master and the year's results files (the vendor's exports
 * and Sonae's --results-out months, in any mix): per employee the 賃金台帳 (労働基準法第108条) and the
 * 源泉徴収簿 with its 年末調整 block. Pure: master + results in, rows out; the workbook is ledgerWorkbook.ts.
 */
import { ymdOf } from "../../calc/dates/calendar";
import type { Employee } from "../../calc/payroll/employee";
import type { YearEndInput } from "../../calc/yearEnd/types";
import type { YearProblem } from "../results/yearOfResults";
import type { JobProblem } from "../problem";
import { DATA_MISSING, NOT_ENTERED, UNKNOWN } from "./cells";
import { LedgerColumn, LedgerFile, LedgerPayment, ledgerColumns, paymentsOfFiles } from "./payments";
import { columnHeading, LedgerRow, wageLedgerRows, WagePeriodSource, wagePeriodSource } from "./wageLedger";
import { WithholdingBook, withholdingBook } from "./withholdingBook";
import { YearEndBlock, yearEndBlock } from "./yearEndBlock";

export interface EmployeeLedger {
  employee: Employee;
  headings: string[];
  wageLedger: LedgerRow[];
  book: WithholdingBook;
  yearEnd: YearEndBlock;
  /** Months without results, items the files did not have: what the clerk should know, in Japanese. */
  notes: string[];
}

export interface Ledgers {
  year: number;
  ledgers: EmployeeLedger[];
  /** Rows of the results files that could not be used (yearOfResults), and results of people not in the master. */
  problems: (YearProblem | JobProblem)[];
  rejectedCount: number;
  notes: string[];
}

const monthList = (months: readonly number[]) => months.map((m) => `${m}月`).join("・");

function missingNote(columns: readonly LedgerColumn[]): string | undefined {
  const months = columns.flatMap((c) => (c.kind === "missing" ? [c.month] : []));
  if (months.length === 0) return undefined;
  return `${monthList(months)}の給与の結果がありません（「データなし」）。合計はデータのある支払だけの合計です。結果のファイルを加えて作り直してください。`;
}

/** Which rows each file could not fill (its export has no such column). */
function unknownNotes(columns: readonly LedgerColumn[], rows: readonly LedgerRow[], headings: readonly string[]): string[] {
  const byFile = new Map<string, { headings: string[]; labels: Set<string> }>();
  columns.forEach((c, i) => {
    if (c.kind !== "payment") return;
    const labels = rows.filter((r) => r.cells[i] === UNKNOWN).map((r) => r.label);
    if (labels.length === 0) return;
    const entry = byFile.get(c.payment.file) ?? { headings: [], labels: new Set<string>() };
    entry.headings.push(headings[i]);
    labels.forEach((l) => entry.labels.add(l));
    byFile.set(c.payment.file, entry);
  });
  return [...byFile].map(([file, e]) => `「${file}」（${e.headings.join("・")}）には ${[...e.labels].join("・")} の列がないため「不明」としています。`);
}

/** 労働日数・労働時間数 are items of the 賃金台帳 (施行規則第54条第1項第3号・第4号) even when the pay does not need them. */
function notEnteredNote(rows: readonly LedgerRow[]): string | undefined {
  const labels = rows.filter((r) => r.cells.includes(NOT_ENTERED)).map((r) => r.label);
  if (labels.length === 0) return undefined;
  return `${labels.join("・")}が結果に入っていない月は「未入力」としています。賃金台帳に必要な項目です（労働基準法施行規則第54条）: 勤怠・変動の出勤日数・労働時間に入れて結果を作り直すか、台帳に書き足してください。`;
}

/** Which 賃金計算期間 came from the files and which were 締め日から算出, by column heading (給与 only). */
function wagePeriodNote(columns: readonly LedgerColumn[], headings: readonly string[], closingDay: number | undefined): string | undefined {
  const bySource = new Map<WagePeriodSource, string[]>();
  columns.forEach((c, i) => {
    if (c.kind !== "payment" || c.payment.kind !== "給与") return;
    const source = wagePeriodSource(c.payment, closingDay);
    bySource.set(source, [...(bySource.get(source) ?? []), headings[i]]);
  });
  const file = bySource.get("file");
  const derived = bySource.get("closingDay");
  if (!file && !derived) return undefined;
  const parts = [
    file && `${file.join("・")}は結果のファイルの計算期間（締日）の列のとおり`,
    derived && `${derived.join("・")}は締め日から算出（対象年月と締め日 ${closingDay === 31 ? "末日" : `${closingDay}日`} から）`,
  ].filter((t) => t);
  return `賃金計算期間: ${parts.join("、")}です。`;
}

/** Why the 年末調整 is not computed for the employee, if it is not. */
function yearEndBlocked(e: Employee, columns: readonly LedgerColumn[], year: number): string | undefined {
  if (columns.some((c) => c.kind === "missing")) return "データなしの月があるため、年末調整の計算はしていません（合計が一年分になりません）。";
  if (e.leaveDate !== undefined && e.leaveDate < `${year}-12-01`) return `${e.leaveDate} に退職したため、年末調整の対象外です（所得税法第190条: 年の中途で退職した人）。`;
  return undefined;
}

/** A 中途入社 of the year with a 申告書 but no 前職分: the clerk should check for a previous employer's 源泉徴収票. */
function previousEmployerNote(e: Employee, year: number, declarations: YearEndInput | undefined): string | undefined {
  if (!declarations || declarations.previousEmployer || e.hireDate === undefined || e.hireDate <= `${year}-01-01`) return undefined;
  return `${e.hireDate} の入社です。前の勤務先で同じ年に給与を受けていれば、その源泉徴収票の支払金額・社会保険料等の金額・源泉徴収税額を年末調整の従業員一覧の「前職の支払金額」「前職の社会保険料等」「前職の源泉徴収税額」に入れて作り直してください（年末調整はそれを含めた一年分で行います）。`;
}

function employeeLedger(e: Employee, payments: readonly LedgerPayment[], a: { year: number; closingDay?: number; declarations?: YearEndInput }): EmployeeLedger | undefined {
  const columns = ledgerColumns(e, payments, a.year);
  if (columns.length === 0) return undefined;
  const headings = columns.map((c, i) => columnHeading(c, i, columns));
  const wageLedger = wageLedgerRows(columns, a.closingDay);
  const book = withholdingBook(e, columns, payments);
  const yearEnd = yearEndBlock({ year: a.year, salary: book.salaryTotals, bonus: book.bonusTotals, declarations: a.declarations, blocked: yearEndBlocked(e, columns, a.year) });
  const notes = [missingNote(columns), ...unknownNotes(columns, wageLedger, headings), notEnteredNote(wageLedger), wagePeriodNote(columns, headings, a.closingDay), ...book.notes, previousEmployerNote(e, a.year, a.declarations)].filter((n): n is string => n !== undefined);
  return { employee: e, headings, wageLedger, book, yearEnd, notes };
}

/** How many payments the employee's ledger shows and how many months it shows as 「データなし」. */
export function paymentCounts(l: EmployeeLedger): { paid: number; missing: number } {
  const missing = l.wageLedger[0].cells.filter((c) => c === DATA_MISSING).length;
  return { paid: l.headings.length - missing, missing };
}

function notInMaster(byEmployee: ReadonlyMap<string, LedgerPayment[]>, employees: readonly Employee[], year: number): JobProblem[] {
  const known = new Set(employees.map((e) => e.id));
  return [...byEmployee].flatMap(([id, payments]) => {
    const first = payments.find((p) => ymdOf(p.payDay).year === year);
    if (known.has(id) || !first) return [];
    return [{ row: first.row, column: "社員番号", value: id, message: `${first.file}: 社員番号 ${id} は従業員マスタにないため、台帳に載せていません。`, severity: "warning" as const }];
  });
}

/**
 * @example makeLedgers({ employees, files: [{ file: "2026-01.csv", results, rows, columns }], year: 2026, closingDay: 31 })
 *   // { ledgers: [{ employee, headings: ["1月", "2月", …, "賞与 7/10"], wageLedger, book, yearEnd, notes }], problems: [] }
 */
export function makeLedgers(a: { employees: readonly Employee[]; files: readonly LedgerFile[]; year: number; closingDay?: number; declarations?: ReadonlyMap<string, YearEndInput> }): Ledgers {
  const year = paymentsOfFiles(a.files);
  const ledgers = a.employees.flatMap((e) => {
    const l = employeeLedger(e, year.byEmployee.get(e.id) ?? [], { year: a.year, closingDay: a.closingDay, declarations: a.declarations?.get(e.id) });
    return l ? [l] : [];
  });
  const notes = a.closingDay === undefined ? ["締め日が分からないため、計算期間・締日の列のない結果の賃金計算期間は対象年月（○年○月分）で示しています（--closing-day で締め日を指定できます）。"] : [];
  return { year: a.year, ledgers, problems: [...year.problems, ...notInMaster(year.byEmployee, a.employees, a.year)], rejectedCount: year.rejectedCount, notes };
}
