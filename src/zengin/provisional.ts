/**
 * 仮払い（前月同額）from last month's transfer file. When the payroll system is down and nothing can be exported,
 * the bank still holds last month's 給与振込 data (a 全銀 file, 「過去の振込データからの作成」). Paying the same
 * payees the same amounts on a new 振込指定日 keeps payday; the settlement against the true month comes later.
 * The records are kept byte for byte except the 振込指定日 of each header, the amounts a clerk changes, the payees
 * left out, and each trailer's 合計件数・合計金額, which are recomputed.
 */
import { Day } from "../calc/dates/calendar";
import { employeeIdKey } from "../calc/records/employeeIdKey";
import { FieldSpec, HEADER_FIELDS, ZENGIN_TYPES, ZenginType, dataFields } from "./layout";
import { parseZenginFile, ParsedRecord } from "./parse";
import { ZenginProblem } from "./problems";
import { frameRecords, trailerRecord } from "./records";
import { checkAmount, mmdd, PayeeKey, payeeKey, transferDateWarning } from "./validate";

/** One data record of last month's file. */
export interface PreviousPayee extends PayeeKey {
  /** 1-based record number in the file: every message names it. */
  record: number;
  payeeName: string;
  amount: number;
  /** 顧客コード1 of a 給与・賞与振込 record (社員番号) without its zero padding; absent when blank or 0. */
  employeeNumber?: string;
}

/** A clerk's change for this month: match by 社員番号 (顧客コード1) or by account; a new amount, or leave out. */
export interface PayeeChange {
  /** The change file's row, for messages. */
  row: number;
  employeeNumber?: string;
  account?: PayeeKey;
  amount?: number;
  leaveOut?: boolean;
}

export interface ProvisionalPayee extends PreviousPayee {
  previousAmount: number;
  /** Why the amount differs from last month's, or why the payee is left out. */
  change?: "amount" | "leftOut";
}

export interface ProvisionalTransfer {
  /** Absent when there is an error: no file is produced. */
  bytes?: Uint8Array;
  type?: ZenginType;
  /** Every payee of last month's file, in order, with this month's amount (left-out payees included, flagged). */
  payees: ProvisionalPayee[];
  count: number;
  total: number;
  problems: ZenginProblem[];
}

const WHOLE_FILE = 0;

function fieldOf(layout: readonly FieldSpec[], key: string): FieldSpec {
  return layout.find((f) => f.key === key)!;
}

/** The record's text with one N field replaced (zero-filled). */
function withNumber(text: string, field: FieldSpec, value: string): string {
  return text.slice(0, field.start - 1) + value.padStart(field.length, "0") + text.slice(field.start - 1 + field.length);
}

function employeeNumberOf(raw: string | undefined): string | undefined {
  const t = (raw ?? "").trim();
  if (!/^\d+$/.test(t)) return undefined;
  const n = employeeIdKey(t);
  return n === "0" ? undefined : n;
}

function payeeOf(r: ParsedRecord): PreviousPayee {
  const f = r.fields;
  return {
    record: r.index, bankCode: f.bankCode, branchCode: f.branchCode, accountType: f.accountType, accountNumber: f.accountNumber,
    payeeName: f.payeeName.trimEnd(), amount: Number(f.amount), employeeNumber: employeeNumberOf(f.customerCode1),
  };
}

/** Which payee a change names: by 社員番号, else by account. */
function matches(change: PayeeChange, payee: PreviousPayee): boolean {
  if (change.employeeNumber !== undefined) return employeeNumberOf(change.employeeNumber) === payee.employeeNumber;
  return change.account !== undefined && payeeKey(change.account) === payeeKey(payee);
}

function describeTarget(c: PayeeChange): { field: string; value: string } {
  return c.employeeNumber !== undefined
    ? { field: "社員番号", value: c.employeeNumber }
    : { field: "口座", value: c.account ? `${c.account.bankCode}-${c.account.branchCode} ${c.account.accountNumber}` : "" };
}

/** Applies the changes; a change that names no payee, or several, is an error naming its row. */
function applyChanges(previous: readonly PreviousPayee[], changes: readonly PayeeChange[], problems: ZenginProblem[]): ProvisionalPayee[] {
  const out: ProvisionalPayee[] = previous.map((p) => ({ ...p, previousAmount: p.amount }));
  for (const change of changes) {
    const target = describeTarget(change);
    const hits = out.filter((p) => matches(change, p));
    if (hits.length !== 1) {
      const why = hits.length === 0 ? "前回の振込ファイルにこの振込先がありません" : `前回の振込ファイルに${hits.length}件あります（${hits.map((h) => `${h.record}件目`).join("・")}）。口座で指定してください`;
      problems.push({ row: change.row, ...target, message: `${why}。`, severity: "error" });
      continue;
    }
    const payee = hits[0];
    if (change.leaveOut || change.amount === 0) {
      payee.change = "leftOut";
      continue;
    }
    if (change.amount === undefined) continue;
    const bad = checkAmount(change.amount);
    if (bad) problems.push({ row: change.row, field: "振込金額", value: String(change.amount), message: bad, severity: "error", employeeId: payee.employeeNumber });
    else if (change.amount !== payee.amount) {
      payee.amount = change.amount;
      payee.change = "amount";
    }
  }
  return out;
}

/** Structural problems of last month's file, and a type that is not a salary transfer. */
function checkPrevious(parsedProblems: readonly string[], types: readonly ZenginType[], problems: ZenginProblem[]): void {
  for (const message of parsedProblems) problems.push({ row: WHOLE_FILE, field: "前回の振込ファイル", value: "", message, severity: "error" });
  for (const type of new Set(types)) {
    if (type === "12") {
      problems.push({ row: WHOLE_FILE, field: "種別コード", value: type, message: "前回のファイルは賞与振込です。給与の仮払いには前月の給与振込のファイルを使ってください。", severity: "error" });
    } else if (type === "21") {
      problems.push({ row: WHOLE_FILE, field: "種別コード", value: type, message: `前回のファイルは${ZENGIN_TYPES["21"]}です。給与以外の振込が混じっていないか、一覧で確かめてください。`, severity: "warning" });
    }
  }
}

/**
 * This month's transfer file from last month's: same payees, accounts and amounts (with the clerk's changes), the new
 * 振込指定日 in every header, and each trailer recomputed. The framing (CRLF or none, EOF byte) is kept.
 * @example provisionalTransferFile({ previous, transferDate: 2026-12-25 }).total // last month's total
 */
export function provisionalTransferFile(a: { previous: Uint8Array; transferDate: Day; changes?: readonly PayeeChange[] }): ProvisionalTransfer {
  const parsed = parseZenginFile(a.previous);
  const problems: ZenginProblem[] = [];
  const headers = parsed.records.filter((r) => r.kind === "header");
  const types = headers.map((h) => h.fields.typeCode as ZenginType);
  checkPrevious(parsed.problems, types, problems);
  const previous = parsed.records.filter((r) => r.kind === "data").map(payeeOf);
  const payees = applyChanges(previous, a.changes ?? [], problems);
  const paid = payees.filter((p) => p.change !== "leftOut");
  const total = paid.reduce((sum, p) => sum + p.amount, 0);
  const dateWarning = transferDateWarning(a.transferDate);
  if (dateWarning) problems.push({ row: WHOLE_FILE, field: "振込指定日", value: mmdd(a.transferDate), message: dateWarning, severity: "warning" });
  const result: ProvisionalTransfer = { type: types[0], payees, count: paid.length, total, problems };
  if (problems.some((p) => p.severity === "error") || paid.length === 0) {
    if (paid.length === 0 && !problems.some((p) => p.severity === "error")) {
      problems.push({ row: WHOLE_FILE, field: "前回の振込ファイル", value: "", message: "振り込む人がいません（全員を除いたか、データ・レコードがありません）。", severity: "error" });
    }
    return result;
  }
  result.bytes = frameRecords(rewrite(parsed.records, payees, a.transferDate), {
    lineBreak: parsed.framing.lineBreak === "none" ? "none" : "crlf",
    finalLineBreak: parsed.framing.lineBreak !== "none" && a.previous[a.previous.length - (parsed.framing.eof ? 2 : 1)] === 0x0a,
    eof: parsed.framing.eof,
  });
  return result;
}

/** The records of the new file: headers re-dated, data re-amounted or dropped, trailers recomputed per group. */
function rewrite(records: readonly ParsedRecord[], payees: readonly ProvisionalPayee[], transferDate: Day): string[] {
  const byRecord = new Map(payees.map((p) => [p.record, p]));
  const out: string[] = [];
  let type: ZenginType = "11";
  let group = { count: 0, total: 0 };
  for (const r of records) {
    if (r.kind === "header") {
      type = r.fields.typeCode as ZenginType;
      group = { count: 0, total: 0 };
      out.push(withNumber(r.text, fieldOf(HEADER_FIELDS, "transferDate"), mmdd(transferDate)));
    } else if (r.kind === "data") {
      const payee = byRecord.get(r.index)!;
      if (payee.change === "leftOut") continue;
      group.count++;
      group.total += payee.amount;
      out.push(withNumber(r.text, fieldOf(dataFields(type), "amount"), String(payee.amount)));
    } else if (r.kind === "trailer") out.push(trailerRecord(group.count, group.total));
    else out.push(r.text);
  }
  return out;
}
