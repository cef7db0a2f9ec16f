/**
 * Bank and branch names from the zengin-code package (zengin-code/zengin-js, MIT; data of the 全銀協
 * 金融機関コード), as hints and to catch typos. Never blocking: mergers and new branches reach the
 * package late, so a code missing from it is a warning, and the data's date is always shown.
 *
 * Size: zengin-code 1.0.0-p20260824 is one 5.2 MB JavaScript object (≈785 KB gzipped; 1,146 banks,
 * 28,944 branches). That is too big for the task pane's bundle, so nothing here imports it statically:
 * `loadBankDirectory()` does `await import("zengin-code")`, which webpack splits into its own chunk and
 * which only the command line calls today. Everything else takes the directory as an argument.
 */
import { toBankKana } from "./kana";
import type { ZenginProblem } from "./problems";
import type { ZenginSender } from "./sender";
import type { TransferRow } from "./transfers";

export interface DirectoryEntry {
  code: string;
  name: string;
  /** Full-width katakana as published (small kana already large: トウキヨウ). */
  kana: string;
}

export interface BankDirectory {
  /** Where the data comes from, for messages: "zengin-code 1.0.0-p20260824". */
  source: string;
  /** The data's date (ISO), from the package version's pYYYYMMDD suffix; "" when unknown. */
  dataDate: string;
  banks: Readonly<Record<string, DirectoryEntry & { branches: Readonly<Record<string, DirectoryEntry>> }>>;
}

/** "1.0.0-p20260824" → "2026-08-24" (the zengin-js versioning: data date after "p"). */
export function dataDateOfVersion(version: string): string {
  const m = /p(\d{4})(\d{2})(\d{2})$/.exec(version);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : "";
}

/** Load the whole table (5 MB): call it only when the user asks for names. */
export async function loadBankDirectory(): Promise<BankDirectory> {
  const mod = await import("zengin-code");
  const pkg = await import("zengin-code/package.json");
  const banks = ((mod as unknown as { default?: BankDirectory["banks"] }).default ?? mod) as BankDirectory["banks"];
  const version = String((pkg as { version?: string }).version ?? (pkg as { default?: { version?: string } }).default?.version ?? "");
  return { source: `zengin-code ${version}`, dataDate: dataDateOfVersion(version), banks };
}

/** "全銀コード表（zengin-code 1.0.0-p20260824、2026-08-24 時点）" */
export function describeDirectory(dir: BankDirectory): string {
  return `全銀コード表（${dir.source}${dir.dataDate ? `、${dir.dataDate} 時点` : ""}）`;
}

/** Half-width kana of a directory name, as the file would hold it (15 bytes); undefined if not convertible. */
function fileKana(kana: string): string | undefined {
  const c = toBankKana(kana, { maxBytes: 15 });
  return c.ok ? c.value : undefined;
}

export interface BankLookup {
  bank?: DirectoryEntry;
  branch?: DirectoryEntry;
  /** Half-width names as the file would hold them. */
  bankKana?: string;
  branchKana?: string;
}

export function lookupBank(dir: BankDirectory, bankCode: string, branchCode: string): BankLookup {
  const bank = dir.banks[bankCode];
  const branch = bank?.branches[branchCode];
  return {
    bank: bank && { code: bank.code, name: bank.name, kana: bank.kana },
    branch,
    bankKana: bank && fileKana(bank.kana),
    branchKana: branch && fileKana(branch.kana),
  };
}

interface NameCheck {
  row: number;
  employeeId?: string;
  bankCode: string;
  branchCode: string;
  bankName?: string;
  branchName?: string;
  labels: { bank: string; branch: string };
}

/** Warnings for one account: code missing from the table, or a typed name that differs from it. */
function check(dir: BankDirectory, c: NameCheck): ZenginProblem[] {
  const out: ZenginProblem[] = [];
  const where = describeDirectory(dir);
  const warn = (field: string, value: string, message: string) =>
    out.push({ row: c.row, field, value, message, severity: "warning", ...(c.employeeId ? { employeeId: c.employeeId } : {}) });
  const found = lookupBank(dir, c.bankCode, c.branchCode);
  if (!found.bank) {
    warn(`${c.labels.bank}番号`, c.bankCode, `${where}にない銀行番号です。合併・新設で表が追いついていないこともあるため、通帳などで確認してください（ファイルは作成できます）。`);
    return out;
  }
  if (!found.branch) {
    warn(`${c.labels.branch}番号`, c.branchCode, `${where}の${found.bank.name}にない支店番号です。店舗統合・新設の可能性もあるため、通帳などで確認してください（ファイルは作成できます）。`);
  }
  const typed = (v?: string) => (v && v.trim() !== "" ? fileKana(v) : undefined);
  const bankTyped = typed(c.bankName);
  if (bankTyped !== undefined && found.bankKana !== undefined && bankTyped !== found.bankKana) {
    warn(`${c.labels.bank}名`, c.bankName!, `${where}では銀行番号 ${c.bankCode} は「${found.bankKana}」（${found.bank.name}）です。入力の誤りでないか確認してください。`);
  }
  const branchTyped = typed(c.branchName);
  if (found.branch && branchTyped !== undefined && found.branchKana !== undefined && branchTyped !== found.branchKana) {
    warn(`${c.labels.branch}名`, c.branchName!, `${where}では支店番号 ${c.branchCode} は「${found.branchKana}」（${found.branch.name}）です。入力の誤りでないか確認してください。`);
  }
  return out;
}

/** Check the sender's bank and branch codes and typed names against the table. */
export function checkSenderBank(dir: BankDirectory, s: ZenginSender): ZenginProblem[] {
  return check(dir, { row: 0, bankCode: s.bankCode, branchCode: s.branchCode, bankName: s.bankName, branchName: s.branchName, labels: { bank: "仕向銀行", branch: "仕向支店" } });
}

/**
 * Check each row's codes against the table and, with `fill`, give rows without names the table's names
 * (half-width, as the file holds them). Row numbers are those of buildZenginFile.
 */
export function applyBankNames(dir: BankDirectory, rows: readonly TransferRow[], options: { fill?: boolean } = {}): { rows: TransferRow[]; problems: ZenginProblem[] } {
  const problems: ZenginProblem[] = [];
  const out = rows.map((r, i) => {
    const a = r.account;
    if (!a || r.skip) return r;
    problems.push(...check(dir, { row: i + 1, employeeId: r.employeeId, ...a, labels: { bank: "被仕向銀行", branch: "被仕向支店" } }));
    if (!options.fill) return r;
    const found = lookupBank(dir, a.bankCode, a.branchCode);
    const bankName = a.bankName && a.bankName.trim() !== "" ? a.bankName : found.bankKana;
    const branchName = a.branchName && a.branchName.trim() !== "" ? a.branchName : found.branchKana;
    return { ...r, account: { ...a, bankName, branchName } };
  });
  return { rows: out, problems };
}
