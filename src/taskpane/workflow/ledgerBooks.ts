/**
 * 「賃金台帳・源泉徴収簿を作る」 as pure state: the master and the results files the clerk chose (any number, in
 * any order: the payroll system's exports and Sonae's months), the 年末調整 staff list when given (the 年末調整
 * block then goes to the 年調年税額), the year and the 締め日 (the 設定's unless the clerk changes it), and from them
 * the ledgers (jobs/ledger) and their workbook plan — or why they cannot be made yet.
 */
import { readOfficeSettings } from "../../calc/payroll/officeSettings";
import { CalcError } from "../../calc/vocabulary/errors";
import type { ImportResult } from "../../import/master";
import type { StaffList } from "../../import/nenchoStaff";
import type { PreviousResultsImportResult } from "../../import/previousResults";
import { declarationsOf, LEFT_OUT } from "../../jobs/ledger/declarations";
import { makeLedgers, Ledgers, paymentCounts } from "../../jobs/ledger/ledger";
import { planLedgerWorkbook } from "../../jobs/ledger/ledgerWorkbook";
import { ledgerFileOf } from "../../jobs/ledger/payments";
import type { WorkbookPlan } from "../../workbook/types";
import { parseYear } from "./yearEndCheck";

export interface LedgerBooksState {
  yearText: string;
  /** 締め日 (1–31, 31 = 末日); blank = not known (賃金計算期間 as 対象年月). */
  closingDayText: string;
  /** Where the 締め日 shown came from: the 設定 step, a settings.json, or the clerk. */
  closingDaySource?: "settings" | "file" | "typed";
  master?: { name: string; imported: ImportResult };
  results: { name: string; imported: PreviousResultsImportResult }[];
  /** The 年末調整 staff list (the same as 「年末調整の検算シートを作る」 reads), optional. */
  staff?: { name: string; list: StaffList };
}

/** The 締め日 of the office's 設定 (the payroll steps' 設定, 1–31) is the one the ledger starts from. */
export function initialLedgerBooks(thisYear: number, settingsClosingDay?: string): LedgerBooksState {
  const known = settingsClosingDay !== undefined && typeof parseClosingDay(settingsClosingDay) === "number";
  return { yearText: String(thisYear), closingDayText: known ? settingsClosingDay : "", closingDaySource: known ? "settings" : undefined, results: [] };
}

/** The problems of the staff list: why it cannot be read, or its rows left out of the 年末調整 block. */
export function staffProblems(staff: LedgerBooksState["staff"]): { file: string; row: number; column: string; message: string }[] {
  if (!staff) return [];
  if (staff.list.fatal) return [{ file: staff.name, row: 0, column: "", message: staff.list.fatal }];
  return staff.list.rows.flatMap((r) => r.errors.map((e) => ({ file: staff.name, row: e.row, column: e.column, message: `${e.message}${LEFT_OUT}` })));
}

/** The 締め日, undefined when blank, or why it cannot be read. */
export function parseClosingDay(text: string): number | undefined | string {
  const t = text.normalize("NFKC").trim().replace(/日$/, "");
  if (t === "") return undefined;
  if (t === "末") return 31;
  const n = Number(t);
  return Number.isInteger(n) && n >= 1 && n <= 31 ? n : `締め日「${text}」は 1〜31 の日（末日は 31 か「末」）で書いてください。`;
}

/**
 * The 締め日 of a settings.json (the file the 設定 step writes and `--settings` reads), as the field's text; a file
 * the command line would refuse is refused here with the same message.
 */
export function closingDayOfSettingsFile(bytes: Uint8Array, name: string): string | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""));
  } catch {
    return { error: `「${name}」は JSON として読めません。設定の画面で書き出した settings.json を選んでください。` };
  }
  try {
    const closingDay = readOfficeSettings(json).closingDay;
    return closingDay === undefined ? { error: `「${name}」に締め日（closingDay）がありません。` } : String(closingDay);
  } catch (e) {
    if (e instanceof CalcError) return { error: `「${name}」: ${e.message}` };
    throw e;
  }
}

/** A results file added, replacing one of the same name (the clerk chose it again after fixing it). */
export function withResults(s: LedgerBooksState, name: string, imported: PreviousResultsImportResult): LedgerBooksState {
  return { ...s, results: [...s.results.filter((r) => r.name !== name), { name, imported }] };
}

export function withoutResults(s: LedgerBooksState, name: string): LedgerBooksState {
  return { ...s, results: s.results.filter((r) => r.name !== name) };
}

export type LedgerBooksReady = { ledgers: Ledgers; plan: WorkbookPlan & { employees: readonly unknown[] } } | { reason: string };

export function ledgerBooksOf(s: LedgerBooksState): LedgerBooksReady {
  const year = parseYear(s.yearText);
  if (typeof year === "string") return { reason: year };
  const closingDay = parseClosingDay(s.closingDayText);
  if (typeof closingDay === "string") return { reason: closingDay };
  if (!s.master || s.master.imported.employees.length === 0) return { reason: "従業員マスタを選んでください（使える行のあるもの）。" };
  if (s.results.length === 0) return { reason: "給与計算の結果のファイルを 1 つ以上選んでください。" };
  const files = s.results.map((r) => ledgerFileOf(r.name, r.imported));
  const declarations = s.staff && !s.staff.list.fatal ? declarationsOf(s.staff.list.rows, year).declarations : undefined;
  const ledgers = makeLedgers({ employees: s.master.imported.employees, files, year, closingDay, declarations });
  if (ledgers.ledgers.length === 0) return { reason: `${year}年に在籍した人も、${year}年に支給した給与・賞与もありません。年と結果のファイルを確かめてください。` };
  return { ledgers, plan: { ...planLedgerWorkbook(ledgers), employees: ledgers.ledgers } };
}

/** One line per employee, as the command line prints it. */
export function ledgerLines(ledgers: Ledgers): string[] {
  return ledgers.ledgers.map((l) => {
    const { paid, missing } = paymentCounts(l);
    return `${l.employee.id} ${l.employee.name}: ${paid}回の支払${missing > 0 ? `、データなし ${missing}か月` : ""}`;
  });
}

/** Every note (months without data, items a file lacked, the 年末調整 left blank), with whom it is about. */
export function ledgerNotes(ledgers: Ledgers): string[] {
  return [...ledgers.notes, ...ledgers.ledgers.flatMap((l) => [...l.notes, ...l.yearEnd.notes].map((n) => `${l.employee.id} ${l.employee.name}: ${n}`))];
}
