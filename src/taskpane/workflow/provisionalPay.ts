/**
 * 仮払い・精算 in the pane, over the same use cases as `sonae zengin --from-previous` and `sonae settle`
 * (jobs/provisional): (a) last month's bank file paid again on a new date — the list, the totals, the new 全銀
 * file and the 仮払い台帳; (b) the 仮払い台帳 against the true month — each person's difference, who needs the
 * clerk's decision, and the 前月精算 lines as next month's 勤怠・変動. Files come in as bytes; what the pane shows
 * and downloads comes out. No React here.
 */
import { importPreviousResultsFile, type PreviousResult } from "../../import";
import type { ImportProblem } from "../../import/types";
import { readChangesFile } from "../../jobs/provisional/changesFile";
import { provisionalFromPrevious } from "../../jobs/provisional/provisionalFromPrevious";
import { ledgerCsv } from "../../jobs/provisional/provisionalLedger";
import { adjustmentsCsv, rowsWithoutNet, settleFromResults } from "../../jobs/provisional/settleFromResults";
import { readIsoDay } from "../../calc/dates/calendar";
import type { ZenginProblem } from "../../zengin/problems";
import type { ProvisionalPayee } from "../../zengin/provisional";
import type { DownloadFile } from "./downloads";
import type { ProblemRowView } from "./problemRows";

export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

export interface PayeeView {
  key: string;
  who: string;
  amount: number;
  /** What differs from last month: 除外 or the old amount. */
  change?: string;
}

export interface ProvisionalPayView {
  payees: PayeeView[];
  count: number;
  total: number;
  previousCount: number;
  previousTotal: number;
  problems: ProblemRowView[];
  /** The new 全銀 file and the 仮払い台帳; absent while there is an error. */
  files?: { transfer: DownloadFile; ledger: DownloadFile };
}

const CSV = "text/csv;charset=utf-8";

function view(p: { file: string; row: number; column: string; value: string; message: string; severity: "error" | "warning" }, i: number): ProblemRowView {
  return { key: `${p.file}-${i}`, ...p, severityLabel: p.severity === "error" ? "エラー" : "注意" };
}

const fromImport = (file: string) => (p: ImportProblem, i: number) => view({ file, row: p.row, column: p.column, value: p.value, message: p.message, severity: p.severity }, i);
const fromZengin = (file: string) => (p: ZenginProblem, i: number) => view({ file, row: p.row, column: p.field, value: p.value, message: p.message, severity: p.severity }, i);

function payeeView(p: ProvisionalPayee): PayeeView {
  const who = `${p.employeeNumber !== undefined ? `${p.employeeNumber} ` : ""}${p.payeeName}`;
  const change = p.change === "leftOut" ? `除外（前月 ${p.previousAmount.toLocaleString("ja-JP")}円）` : p.change === "amount" ? `前月 ${p.previousAmount.toLocaleString("ja-JP")}円から変更` : undefined;
  return { key: String(p.record), who, amount: p.change === "leftOut" ? 0 : p.amount, ...(change ? { change } : {}) };
}

/**
 * (a) 仮払い: last month's 全銀 file, the pay date and the optional changes → the list and the files to download.
 * @example await provisionalPayOf({ previous: { name: "last.txt", bytes }, payDate: "2026-12-25" }) // { count: 12, total: …, files: { transfer, ledger } }
 */
export async function provisionalPayOf(a: { previous: ChosenFile; payDate: string; changes?: ChosenFile }): Promise<ProvisionalPayView | { error: string }> {
  if (readIsoDay(a.payDate) === undefined) return { error: "支給日（振込指定日）を選んでください。" };
  let changes;
  if (a.changes) {
    const read = await readChangesFile(a.changes.bytes, a.changes.name);
    if (read.problems.some((p) => p.severity === "error")) {
      return { payees: [], count: 0, total: 0, previousCount: 0, previousTotal: 0, problems: read.problems.map(fromImport(a.changes.name)) };
    }
    changes = read.changes;
  }
  const month = provisionalFromPrevious({ previous: a.previous.bytes, payDate: a.payDate, changes });
  const t = month.transfer;
  const out: ProvisionalPayView = {
    payees: t.payees.map(payeeView),
    count: t.count,
    total: t.total,
    previousCount: t.payees.length,
    previousTotal: t.payees.reduce((s, p) => s + p.previousAmount, 0),
    problems: month.problems.map(fromZengin(a.previous.name)),
  };
  if (t.bytes && !month.problems.some((p) => p.severity === "error")) {
    out.files = {
      transfer: { bytes: t.bytes, fileName: `振込_仮払い_${a.payDate}.txt`, mimeType: "text/plain" },
      ledger: { bytes: ledgerCsv(month.ledger), fileName: `仮払い台帳_${a.payDate}.csv`, mimeType: CSV },
    };
  }
  return out;
}

export interface SettlementRowView {
  employeeId: string;
  provisional: number;
  actualNet: number;
  difference: number;
  /** 「前月精算（支給） 3,739円」, or なし. */
  line: string;
  /** Needs the clerk: an overpayment above the next net pay, a leaver, someone not paid. */
  warnings: string[];
}

export interface SettlementView {
  rows: SettlementRowView[];
  totals: { provisional: number; actualNet: number; difference: number };
  problems: ProblemRowView[];
  /** Next month's 勤怠・変動 lines (前月精算); absent while a file has rows that cannot be read. */
  adjustments?: DownloadFile;
}

interface Side {
  results: PreviousResult[];
  problems: ProblemRowView[];
  failed: boolean;
}

/** One results file of the settlement; a row without 差引支給額 cannot be settled and stops it, as in `sonae settle`. */
async function readSide(file: ChosenFile): Promise<Side> {
  const r = await importPreviousResultsFile(file.bytes, file.name);
  const problems = r.problems.map(fromImport(file.name));
  rowsWithoutNet(r.results, r.rows).forEach((row, i) =>
    problems.push(view({ file: file.name, row, column: "差引支給額", value: "", message: "空欄です。精算には差引支給額が必要です。", severity: "error" }, r.problems.length + i)),
  );
  return { results: r.results, problems, failed: problems.some((p) => p.severity === "error") || r.rejected.length > 0 };
}

/**
 * (b) 精算: the 仮払い台帳, the true month's results and, optionally, next month's results before the settlement
 * (to flag an overpayment it cannot absorb) → per person the difference, and the 前月精算 lines.
 */
export async function settlementOf(a: { ledger: ChosenFile; actual: ChosenFile; next?: ChosenFile }): Promise<SettlementView> {
  const [ledger, actual] = [await readSide(a.ledger), await readSide(a.actual)];
  const next = a.next ? await readSide(a.next) : undefined;
  const problems = [...ledger.problems, ...actual.problems, ...(next?.problems ?? [])];
  const settlements = settleFromResults({ provisional: ledger.results, actual: actual.results, next: next?.results });
  const rows = settlements.map((s) => ({
    employeeId: s.employeeId, provisional: s.provisional, actualNet: s.actualNet, difference: s.difference, warnings: s.warnings,
    line: s.adjustment ? `${s.adjustment.label} ${s.adjustment.amount.toLocaleString("ja-JP")}円` : "なし",
  }));
  const sum = (f: (s: SettlementRowView) => number) => rows.reduce((t, s) => t + f(s), 0);
  const out: SettlementView = { rows, totals: { provisional: sum((s) => s.provisional), actualNet: sum((s) => s.actualNet), difference: sum((s) => s.difference) }, problems };
  // A row that cannot be read would be settled as "not paid" or "no pay": a double payment or a wrong deduction.
  if (!ledger.failed && !actual.failed && !next?.failed) out.adjustments = { bytes: adjustmentsCsv(settlements), fileName: "前月精算_翌月の勤怠変動.csv", mimeType: CSV };
  return out;
}
