/**
 * The 振込データ作成 step, pure: the form (種別, 振込指定日, 依頼人, file options) → transfer rows from the
 * net pay → the 全銀 file with its problems and name changes → a review list the pane shows as a table.
 * Nothing here touches Excel or the DOM; the pane downloads `result.bytes` as a Blob.
 */
import type { Employee } from "../../calc/payroll/employee";
import { isoOf, describeDay, readIsoDay } from "../../calc/dates/calendar";
import { ZENGIN_TYPES, ZenginType } from "../../zengin/layout";
import type { ZenginBuildResult, ZenginOptions } from "../../zengin/build";
import { parseZenginSender, SENDER_FIELD_LABELS, ZenginSender } from "../../zengin/sender";
import { checkBankDay, previousBusinessDay } from "../../zengin/bankHoliday";
import { PAYEE_ACCOUNT_TYPES, groupDigits } from "../../zengin/validate";
import { NO_ACCOUNT, TransferRow } from "../../zengin/transfers";
import { makeTransferFile } from "../../jobs/transfer/makeTransferFile";
import type { ZenginProblem } from "../../zengin/problems";
import { normalizeDateText } from "./settingsForm";

/** 依頼人 as typed: every field text (codes keep their zeros). */
export type SenderForm = Record<keyof ZenginSender, string>;

export const EMPTY_SENDER: SenderForm = {
  requesterCode: "",
  requesterName: "",
  bankCode: "",
  bankName: "",
  branchCode: "",
  branchName: "",
  accountType: "1",
  accountNumber: "",
};

export const SENDER_LABELS = SENDER_FIELD_LABELS;

export interface TransferForm {
  type: ZenginType;
  /** 振込指定日 as typed (YYYY-MM-DD, 2026/4/24 …) */
  payDate: string;
  sender: SenderForm;
  lineBreak: "crlf" | "none";
  finalLineBreak: boolean;
  eof: boolean;
  longVowel: "-" | "ｰ";
  /** Pay bank2's fixed amount to the second account (the master says so); a bonus run may turn it off. */
  useSecondAccount: boolean;
}

export const ZENGIN_TYPE_CHOICES: ReadonlyArray<{ value: ZenginType; label: string }> = (Object.keys(ZENGIN_TYPES) as ZenginType[]).map(
  (value) => ({ value, label: `${value} ${ZENGIN_TYPES[value]}` }),
);

export function defaultTransferForm(payDate: string, sender: SenderForm = EMPTY_SENDER): TransferForm {
  return { type: "11", payDate, sender, lineBreak: "crlf", finalLineBreak: false, eof: false, longVowel: "-", useSecondAccount: true };
}

export type DateCheck =
  | { kind: "ok"; iso: string }
  | { kind: "invalid"; message: string }
  | { kind: "holiday"; iso: string; message: string; proposed?: string }
  | { kind: "unknown"; iso: string; message: string };

/**
 * 振込指定日: a real date, and a bank business day (銀行法第15条・同施行令第5条). On a holiday the
 * previous business day is proposed, as salaries due on a bank holiday are usually paid the day before.
 * @example checkTransferDate("2027-01-11") // { kind: "holiday", proposed: "2027-01-08", … }（成人の日）
 */
export function checkTransferDate(text: string): DateCheck {
  const iso = normalizeDateText(text);
  const day = readIsoDay(iso);
  if (day === undefined) {
    return { kind: "invalid", message: `振込指定日「${text === "" ? "（空欄）" : text}」は使えません。2026-04-24 の形の実在する日付を入力してください。` };
  }
  const c = checkBankDay(day);
  if (c.kind === "business") return { kind: "ok", iso };
  if (c.kind === "unknown") return { kind: "unknown", iso, message: c.message };
  const prev = previousBusinessDay(day);
  const proposal = prev === undefined ? "" : `前営業日は${describeDay(prev)}です。`;
  return {
    kind: "holiday",
    iso,
    message: `${describeDay(day)}は銀行の休業日（${c.reason}）です。${proposal}`,
    ...(prev === undefined ? {} : { proposed: isoOf(prev) }),
  };
}

/** 依頼人 typed in the pane → the sender the builder reads (a missing required field is named). */
export function readSender(form: SenderForm): { sender?: ZenginSender; problems: ZenginProblem[] } {
  const trimmed = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v.normalize("NFKC").trim()]));
  const r = parseZenginSender(trimmed);
  // parseZenginSender names the JSON key for SENDER.json; in the pane the label is what the user sees.
  return { ...r, problems: r.problems.map((p) => (p.value === "" ? { ...p, message: `${p.field}を入力してください。` } : p)) };
}

/** One line of the review table: what will be paid, where, and what was found. */
export interface TransferReviewRow {
  row: number;
  employeeId: string;
  name: string;
  /** "0005-123" */
  bankBranch: string;
  accountType: string;
  accountNumber: string;
  /** 受取人名 as the file will hold it (or as entered when it cannot be converted). */
  payeeName: string;
  amount: number;
  status: "ok" | "warning" | "error" | "skipped";
  messages: string[];
}

export interface TransferOutcome {
  rows: TransferRow[];
  result: ZenginBuildResult;
  review: TransferReviewRow[];
  /** Problems not tied to a row (依頼人, 振込指定日, the whole file). */
  fileProblems: ZenginProblem[];
  /** "振込件数 3件 合計 612,345円" */
  summary: string;
  fileName: string;
}

function reviewOf(rows: readonly TransferRow[], result: ZenginBuildResult): TransferReviewRow[] {
  return rows.map((r, i) => {
    const row = i + 1;
    const problems = result.problems.filter((p) => p.row === row);
    const a = r.account;
    const change = result.nameChanges.find((c) => c.row === row && c.field === "受取人名");
    const status: TransferReviewRow["status"] = r.skip
      ? "skipped"
      : problems.some((p) => p.severity === "error")
        ? "error"
        : problems.length > 0
          ? "warning"
          : "ok";
    return {
      row,
      employeeId: r.employeeId ?? "",
      name: r.name ?? "",
      bankBranch: a ? `${a.bankCode}-${a.branchCode}` : "",
      accountType: a ? (PAYEE_ACCOUNT_TYPES[a.accountType] ?? a.accountType) : "",
      accountNumber: a?.accountNumber ?? "",
      payeeName: change?.after ?? a?.holderName ?? "",
      amount: r.amount,
      status,
      messages: problems.map((p) => `${p.field}「${p.value}」: ${p.message}`),
    };
  });
}

/** "ZENGIN_11_給与振込_20260424.txt" — the type and the date, so that files of different runs never mix. */
export function transferFileName(type: ZenginType, payDateIso: string): string {
  return `ZENGIN_${type}_${ZENGIN_TYPES[type]}_${payDateIso.replace(/-/g, "")}.txt`;
}

export { NO_ACCOUNT };

/**
 * The clerk's decisions on the rows: a person the clerk left out (with the reason given) and a person
 * without an account stay in the list, marked, and out of the file, so that everyone else can be paid.
 * A left-out row's own errors (a negative amount…) no longer block the file: they become notes.
 */
export function applyTransferDecisions(rows: readonly TransferRow[], leftOut: Readonly<Record<string, string>>): TransferRow[] {
  return rows.map((r) => {
    const reason = r.employeeId === undefined ? undefined : leftOut[r.employeeId];
    if (reason !== undefined) {
      const notes = (r.notes ?? []).map((n) => ({ ...n, severity: "warning" as const }));
      return { ...r, notes, skip: `ファイルから外しました: ${reason.trim() || "理由の記入なし"}` };
    }
    if (!r.skip && !r.account && !(r.notes ?? []).some((n) => n.severity === "error")) return { ...r, skip: NO_ACCOUNT };
    return r;
  });
}

/**
 * Everything the step shows, from the employees' net pay: the makeTransferFile job, with the clerk's decisions.
 * `extraProblems` (e.g. employees whose payroll could not be computed) are listed with the file's
 * problems and block nothing by themselves; rows with errors do.
 */
export function prepareTransfer(a: {
  form: TransferForm;
  /** 社員番号 → why the clerk left that person out of this file. */
  leftOut?: Readonly<Record<string, string>>;
  items: ReadonlyArray<{ employee: Employee; net: number }>;
  /** Rows that could not be paired with the master (shown as errors, never dropped). */
  orphans?: readonly TransferRow[];
  /** e.g. applyBankNames(dir, rows).rows, to fill names and check codes: given the rows, returns rows and warnings. */
  decorate?: (rows: TransferRow[]) => { rows: TransferRow[]; problems: ZenginProblem[] };
}): TransferOutcome {
  const f = a.form;
  const { sender, problems: senderProblems } = readSender(f.sender);
  const payDate = normalizeDateText(f.payDate);
  const options: ZenginOptions = { lineBreak: f.lineBreak, finalLineBreak: f.finalLineBreak, eof: f.eof, longVowel: f.longVowel };
  const { rows, result: built, hints: extra } = makeTransferFile({
    // A sender with a blank field still builds, so that every row's own problems are listed at once.
    sender: sender ?? (f.sender as unknown as ZenginSender),
    type: f.type,
    payDate,
    options,
    items: a.items,
    orphans: a.orphans,
    useSecondAccount: f.useSecondAccount,
    arrange: (paired) => applyTransferDecisions(paired, a.leftOut ?? {}),
    decorate: a.decorate,
  });
  // A sender field left blank is named once, in the pane's words, instead of the builder's digit check.
  const blank = new Set(senderProblems.map((p) => p.field));
  const problems = [...senderProblems, ...built.problems.filter((p) => !(p.row === 0 && blank.has(p.field))), ...extra];
  const result: ZenginBuildResult = senderProblems.length > 0 ? { ...built, bytes: new Uint8Array(0), records: [], count: 0, total: 0, problems } : { ...built, problems };
  return {
    rows,
    result,
    review: reviewOf(rows, result),
    fileProblems: problems.filter((p) => p.row === 0),
    summary:
      result.bytes.length > 0
        ? `振込件数 ${groupDigits(result.count)}件　合計 ${groupDigits(result.total)}円`
        : `エラーが ${problems.filter((p) => p.severity === "error").length}件あるため、ファイルは作成できません。`,
    fileName: transferFileName(f.type, payDate),
  };
}

/** Where the amounts come from: the workbook's sheet (as Excel computed it) or the pane's own calculation. */
export type AmountSource = "payrollSheet" | "bonusSheet" | "computed";

export const AMOUNT_SOURCE_LABELS: Readonly<Record<AmountSource, string>> = {
  payrollSheet: "ブックの「給与計算」シートの差引支給額",
  bonusSheet: "ブックの「賞与計算」シートの差引支給額",
  computed: "取り込んだデータから計算した差引支給額",
};

const ID_HEADER = "社員番号";
const NET_HEADER = "差引支給額";

/**
 * The 社員番号 and 差引支給額 columns of a computed sheet (給与計算・賞与計算) → amounts per employee of the
 * master. The header row is the first of the top rows that has both headers; reading stops at the first
 * row without a 社員番号 (the totals row has none). A cell that is not a whole number of yen — an error
 * value, a formula Excel has not computed — becomes an error row naming the sheet's row, never a 0.
 * Employees of the sheet missing from the master, and of the master missing from the sheet, are errors too.
 */
export function amountsFromSheet(a: {
  sheetName: string;
  cells: readonly (readonly unknown[])[];
  firstRow: number;
  employees: readonly Employee[];
}): { items: { employee: Employee; net: number }[]; orphans: TransferRow[]; problem?: string } {
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
  const h = a.cells.slice(0, 10).findIndex((line) => line.some((v) => text(v) === ID_HEADER) && line.some((v) => text(v) === NET_HEADER));
  if (h < 0) return { items: [], orphans: [], problem: `シート「${a.sheetName}」に「${ID_HEADER}」と「${NET_HEADER}」の見出しが見つかりません。` };
  const idCol = a.cells[h].findIndex((v) => text(v) === ID_HEADER);
  const netCol = a.cells[h].findIndex((v) => text(v) === NET_HEADER);
  const byId = new Map(a.employees.map((e) => [e.id, e]));
  const seen = new Set<string>();
  const items: { employee: Employee; net: number }[] = [];
  const orphans: TransferRow[] = [];
  for (let i = h + 1; i < a.cells.length; i++) {
    const id = text(a.cells[i][idCol]);
    if (id === "") break;
    const row = a.firstRow + i;
    const raw = a.cells[i][netCol];
    const employee = byId.get(id);
    const where = `シート「${a.sheetName}」${row}行目`;
    if (!employee) {
      orphans.push({ employeeId: id, amount: 0, notes: [{ severity: "error", field: ID_HEADER, value: id, message: `${where}の社員番号が従業員マスタにありません。` }] });
      continue;
    }
    seen.add(id);
    if (typeof raw !== "number" || !Number.isSafeInteger(raw)) {
      orphans.push({
        employeeId: id,
        name: employee.name,
        amount: 0,
        notes: [{ severity: "error", field: NET_HEADER, value: text(raw), message: `${where}の差引支給額が円の整数ではありません（計算が終わっていないか、エラーです）。` }],
      });
      continue;
    }
    items.push({ employee, net: raw });
  }
  for (const e of a.employees) {
    if (!seen.has(e.id) && !orphans.some((o) => o.employeeId === e.id)) {
      orphans.push({
        employeeId: e.id,
        name: e.name,
        amount: 0,
        notes: [{ severity: "error", field: ID_HEADER, value: e.id, message: `シート「${a.sheetName}」にこの社員番号の行がありません。` }],
      });
    }
  }
  return { items, orphans };
}

/** Key of the remembered 依頼人 and file options in the workbook's settings. */
export const TRANSFER_SETTING_KEY = "sonae.zengin";

/** What is remembered: the 依頼人 and the file's form (not the date or the type, which change every run). */
export function storedTransfer(f: TransferForm): Record<string, unknown> {
  return { sender: f.sender, lineBreak: f.lineBreak, finalLineBreak: f.finalLineBreak, eof: f.eof, longVowel: f.longVowel, useSecondAccount: f.useSecondAccount };
}

/** The form with what this workbook remembers; anything unreadable stays at its default. */
export function restoreTransferForm(stored: unknown, payDate: string): TransferForm {
  const form = defaultTransferForm(payDate);
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return form;
  const s = stored as Record<string, unknown>;
  if (typeof s.sender === "object" && s.sender !== null) {
    const sender = { ...EMPTY_SENDER };
    for (const k of Object.keys(EMPTY_SENDER) as (keyof SenderForm)[]) {
      const v = (s.sender as Record<string, unknown>)[k];
      if (typeof v === "string") sender[k] = v;
    }
    form.sender = sender;
  }
  if (s.lineBreak === "crlf" || s.lineBreak === "none") form.lineBreak = s.lineBreak;
  if (typeof s.finalLineBreak === "boolean") form.finalLineBreak = s.finalLineBreak;
  if (typeof s.eof === "boolean") form.eof = s.eof;
  if (s.longVowel === "-" || s.longVowel === "ｰ") form.longVowel = s.longVowel;
  if (typeof s.useSecondAccount === "boolean") form.useSecondAccount = s.useSecondAccount;
  return form;
}

/**
 * The amounts must fit the type: a 賞与振込 (12) pays bonuses, which only the 賞与計算 sheet holds (the
 * pane computes salaries, not bonuses); the 賞与計算 sheet's amounts are not a 給与振込 (11). 総合振込 (21)
 * takes either. Undefined when they fit, otherwise what to choose.
 */
export function amountSourceProblem(type: ZenginType, source: AmountSource): string | undefined {
  if (type === "12" && source !== "bonusSheet") return `種別 12（賞与振込）の金額は「${AMOUNT_SOURCE_LABELS.bonusSheet}」から読みます。振込金額の出どころを選び直してください。`;
  if (type === "11" && source === "bonusSheet") return `「${AMOUNT_SOURCE_LABELS.bonusSheet}」は賞与の金額です。種別を 12（賞与振込）にしてください。`;
  return undefined;
}
