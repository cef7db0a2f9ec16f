/**
 * 仮払い from the system's last results in the pane, when there is no bank file: the results file, the master
 * (the one of the payroll steps or another file) and the 依頼人 (SENDER.json or typed) → the same 全銀 file and
 * 仮払い台帳 as `sonae zengin --from-results --ledger` (jobs/provisional/provisionalFromResults). No React here.
 */
import { importPreviousResultsFile, type ImportResult } from "../../import";
import { readClerkJson } from "../../import/clerkJson";
import { applyResultChanges, paidFromResults, transferFromResults } from "../../jobs/provisional/provisionalFromResults";
import { readChangesFile } from "../../jobs/provisional/changesFile";
import type { PreviousResult } from "../../calc/records/previousResults";
import type { ImportProblem } from "../../import/types";
import { resultsLedgerCsv } from "../../jobs/provisional/provisionalLedger";
import { readIsoDay } from "../../calc/dates/calendar";
import { loadBankDirectory } from "../../zengin/bankNames";
import { parseZenginSender } from "../../zengin/sender";
import type { ZenginProblem } from "../../zengin/problems";
import type { TransferRow } from "../../zengin/transfers";
import type { DownloadFile } from "./downloads";
import type { ProblemRowView } from "./problemRows";
import type { ChosenFile, PayeeView, ProvisionalPayView } from "./provisionalPay";
import { EMPTY_SENDER, readSender, type SenderForm } from "./transfer";

const TRANSFER_FILE = "振込データ";

function view(p: { file: string; row: number; column: string; value: string; message: string; severity: "error" | "warning" }, i: number): ProblemRowView {
  return { key: `${p.file}-${p.row}-${i}`, ...p, severityLabel: p.severity === "error" ? "エラー" : "注意" };
}

const fromZengin = (p: ZenginProblem, i: number) => view({ file: p.row === 0 ? "依頼人" : TRANSFER_FILE, row: p.row, column: p.field, value: p.value, message: p.message, severity: p.severity }, i);

const fromImport = (file: string) => (p: ImportProblem, i: number) => view({ file, row: p.row, column: p.column, value: p.value, message: p.message, severity: p.severity }, i);

/** This month's changes (by 社員番号) on the last results; a change that cannot be applied is an error. */
async function changedResults(paid: readonly PreviousResult[], file: ChosenFile): Promise<{ paid: PreviousResult[]; problems: ProblemRowView[] }> {
  const read = await readChangesFile(file.bytes, file.name);
  const applied = applyResultChanges(paid, read.changes);
  const problems = read.problems.map(fromImport(file.name));
  applied.problems.forEach((p, i) => problems.push(view({ file: file.name, row: p.row, column: "社員番号", value: p.employeeNumber, message: p.message, severity: "error" }, problems.length + i)));
  return { paid: applied.paid, problems };
}

function payeeOf(r: TransferRow, i: number): PayeeView {
  const error = (r.notes ?? []).find((n) => n.severity === "error");
  const change = r.skip ?? (error ? `振り込めません: ${error.message}` : undefined);
  return { key: `${r.employeeId ?? ""}-${i}`, who: `${r.employeeId ?? ""} ${r.name ?? ""}`.trim(), amount: r.skip || error ? 0 : r.amount, ...(change ? { change } : {}) };
}

/**
 * The last results paid again into the master's accounts on the pay date.
 * @example await provisionalFromResultsOf({ results, master, sender, payDate: "2026-12-25" }) // { count: 5, total: …, files: { transfer, ledger } }
 */
export async function provisionalFromResultsOf(a: { results: ChosenFile; master: ImportResult; sender: SenderForm; payDate: string; changes?: ChosenFile }): Promise<ProvisionalPayView | { error: string }> {
  if (readIsoDay(a.payDate) === undefined) return { error: "支給日（振込指定日）を選んでください。" };
  const read = await importPreviousResultsFile(a.results.bytes, a.results.name);
  const last = paidFromResults(read.results, read.rows);
  const problems: ProblemRowView[] = read.problems.map(fromImport(a.results.name));
  last.blankNetRows.forEach((row, i) => problems.push(view({ file: a.results.name, row, column: "差引支給額", value: "", message: "空欄のため振り込みません。", severity: "warning" }, problems.length + i)));
  const changed = a.changes ? await changedResults(last.paid, a.changes) : { paid: last.paid, problems: [] };
  problems.push(...changed.problems);
  const paid = changed.paid;
  const unreadable = read.rejected.length > 0 || problems.some((p) => p.severity === "error");
  const { sender, problems: senderProblems } = readSender(a.sender);
  const base = { previousCount: last.paid.length, previousTotal: last.paid.reduce((t, r) => t + r.net!, 0) };
  if (!sender) return { ...base, payees: [], count: 0, total: 0, problems: [...problems, ...senderProblems.map(fromZengin)] };
  const made = transferFromResults({ employees: a.master.employees, paid, sender, payDate: a.payDate, directory: await loadBankDirectory() });
  const zengin = [...made.result.problems, ...made.hints].sort((x, y) => x.row - y.row);
  const out: ProvisionalPayView = { ...base, payees: made.rows.map(payeeOf), count: made.result.count, total: made.result.total, problems: [...problems, ...zengin.map(fromZengin)] };
  // A row that cannot be read would leave its person unpaid without a word: no file until it is fixed, as the command does.
  if (!unreadable && made.result.bytes.length > 0 && !zengin.some((p) => p.severity === "error")) {
    const names = new Map(a.master.employees.map((e) => [e.id, e.name]));
    out.files = {
      transfer: { bytes: made.result.bytes, fileName: `振込_仮払い_${a.payDate}.txt`, mimeType: "text/plain" },
      ledger: { bytes: resultsLedgerCsv(paid, a.payDate, (id) => names.get(id) ?? ""), fileName: `仮払い台帳_${a.payDate}.csv`, mimeType: "text/csv;charset=utf-8" },
    };
  }
  return out;
}

/** SENDER.json's bytes (any encoding メモ帳 writes) → the 依頼人 form, and its keys the form does not know. */
export function senderFormFromFile(bytes: Uint8Array): { form: SenderForm; unknownKeys: string[] } {
  const json = readClerkJson(bytes);
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new Error(parseZenginSender(json).problems[0].message);
  const form = { ...EMPTY_SENDER };
  const unknownKeys: string[] = [];
  for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
    if (!(k in EMPTY_SENDER)) unknownKeys.push(k);
    else if (typeof v === "string" || typeof v === "number") form[k as keyof SenderForm] = String(v);
  }
  return { form, unknownKeys };
}

/** The 依頼人 typed in the pane as SENDER.json for `sonae zengin --sender` and for next month (blank fields left out). */
export function senderJsonFile(form: SenderForm): DownloadFile {
  const filled = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== ""));
  return { bytes: `${JSON.stringify(filled, null, 2)}\n`, fileName: "SENDER.json", mimeType: "application/json;charset=utf-8" };
}
