/**
 * The payments of one calendar year per employee, in the order of the ledgers: a column per 給与 by the month
 * of its 支給日 (a month without one, while the employee was employed, is a 「データなし」 column: never a
 * zero) and a column per 賞与. The year is read from the results files through yearOfResults, whose rules
 * on the same payment in two files apply unchanged.
 */
import { Day, isoOf, isoToDay, ymdOf } from "../../calc/dates/calendar";
import type { Employee } from "../../calc/payroll/employee";
import type { PreviousResult, PreviousResultsField } from "../../calc/records/previousResults";
import type { PreviousResultsImportResult } from "../../import/previousResults";
import { ResultsFileInput, SourcedResult, yearOfResults, YearProblem } from "../results/yearOfResults";

/** A results file with the columns it has: a blank cell of a column it has is 0, a column it lacks is unknown. */
export interface LedgerFile extends ResultsFileInput {
  columns: ReadonlySet<PreviousResultsField>;
}

/** An imported results file as the ledgers read it: the columns its mapping found (or added up) are the ones it has. */
export function ledgerFileOf(file: string, imported: Pick<PreviousResultsImportResult, "results" | "rows" | "mapping">): LedgerFile {
  const mapped = [...Object.keys(imported.mapping.columns), ...Object.keys(imported.mapping.combined ?? {}), ...Object.keys(imported.mapping.defaults ?? {})];
  return { file, results: imported.results, rows: imported.rows, columns: new Set(mapped as PreviousResultsField[]) };
}

export interface LedgerPayment {
  kind: "給与" | "賞与";
  payDay: Day;
  result: PreviousResult;
  columns: ReadonlySet<PreviousResultsField>;
  file: string;
  row: number;
}

/** A column of an employee's ledger: a payment, or a month of employment for which no results were given. */
export type LedgerColumn = { kind: "payment"; payment: LedgerPayment } | { kind: "missing"; month: number };

export interface YearPayments {
  byEmployee: Map<string, LedgerPayment[]>;
  problems: YearProblem[];
  rejectedCount: number;
}

function paymentOf(paid: SourcedResult, files: readonly LedgerFile[]): LedgerPayment {
  const file = files.find((f) => f.file === paid.file)!;
  const result = file.results[file.rows.indexOf(paid.row)];
  return { kind: paid.kind, payDay: paid.payDay, result, columns: file.columns, file: paid.file, row: paid.row };
}

/** Every employee's payments (all years: a January bonus needs December's pay), oldest first. */
export function paymentsOfFiles(files: readonly LedgerFile[]): YearPayments {
  const year = yearOfResults(files);
  const byEmployee = new Map<string, LedgerPayment[]>();
  for (const [id, paid] of year.byEmployee) {
    byEmployee.set(id, paid.map((p) => paymentOf(p, files)).sort((a, b) => a.payDay - b.payDay));
  }
  return { byEmployee, problems: year.problems, rejectedCount: year.rejectedCount };
}

/** Whether the employee was employed on some day of the month (入社日・退職日 of the master; blank = open). */
export function employedInMonth(e: Pick<Employee, "hireDate" | "leaveDate">, year: number, month: number): boolean {
  const first = isoOf(isoToDay(`${year}-${String(month).padStart(2, "0")}-01`));
  const last = isoOf(isoToDay(`${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, "0")}-01`) - 1);
  return (e.hireDate === undefined || e.hireDate <= last) && (e.leaveDate === undefined || e.leaveDate >= first);
}

/**
 * The columns of `year`: for each month 1–12 its 給与 (or a missing column when none was given and the
 * employee was employed that month), then the 賞与 in order of payment.
 */
export function ledgerColumns(e: Employee, payments: readonly LedgerPayment[], year: number): LedgerColumn[] {
  const inYear = payments.filter((p) => ymdOf(p.payDay).year === year);
  const columns: LedgerColumn[] = [];
  for (let month = 1; month <= 12; month++) {
    const salaries = inYear.filter((p) => p.kind === "給与" && ymdOf(p.payDay).month === month);
    if (salaries.length > 0) columns.push(...salaries.map((payment) => ({ kind: "payment" as const, payment })));
    else if (employedInMonth(e, year, month)) columns.push({ kind: "missing", month });
  }
  const bonuses = inYear.filter((p) => p.kind === "賞与");
  return [...columns, ...bonuses.map((payment) => ({ kind: "payment" as const, payment }))];
}
