/**
 * Import of a separate bank-account file, one row per account (振込口座コード 01, 02 …), as payroll
 * systems such as 社労夢's 汎用マスタ 「従業員設定 振込口座情報」 export it, into the master's employees:
 * the first account receives the rest of the net pay, the second a fixed amount. Only the accounts of
 * the employees in the file are replaced; the others keep the master's.
 */
import { BankAccount, Employee } from "../calc/payroll/employee";
import { BANK_SCHEMA, BankField } from "../calc/records/bankAccounts";
import { finish, prepare, RowReader } from "./engine";
import { ColumnMapping } from "./mapping";
import { fold, Normalizer, normalizeDigits, normalizeEmployeeId, normalizeYen } from "./normalize";
import { normalizeAccountType, normalizeHolderKana } from "./normalizeKeywords";
import { SourceTable } from "./table";
import { ImportReport } from "./types";
import { BANK_PRESETS } from "./presets";
import { BANK_VENDORS } from "./vendors/bankPresets";
import { employeeIdKey } from "../calc/records/employeeIdKey";
import { checkAccountTypeCoding } from "./validate";

export type { BankField } from "../calc/records/bankAccounts";
export { BANK_SCHEMA } from "../calc/records/bankAccounts";

export interface BankImportResult extends ImportReport<BankField> {
  /** The master's employees with the accounts of this file (all of them, in the master's order). */
  employees: Employee[];
}

const slotOf: Normalizer<1 | 2> = (text) => {
  const t = fold(text).replace(/^0+(?=\d)/, "");
  if (t === "1" || t === "2") return { value: Number(t) as 1 | 2 };
  return { error: "振込口座は 1（01）か 2（02）です。3つ目以降の振込先には対応していません。" };
};

const transferKind: Normalizer<"bank" | "post"> = (text) => {
  const t = fold(text);
  if (["bank", "銀行", "0"].includes(t)) return { value: "bank" };
  if (["post", "郵便局", "ゆうちょ", "1"].includes(t)) return { value: "post" };
  return { error: "振込区分は銀行か郵便局です。" };
};

export function importBankAccountsTable(table: SourceTable, employees: readonly Employee[], mapping?: ColumnMapping<BankField>): BankImportResult {
  const prepared = prepare(table, BANK_SCHEMA, mapping, { presets: BANK_PRESETS, vendors: BANK_VENDORS });
  if (prepared.fatal) return { ...prepared.report, employees: [...employees] };
  const byId = new Map(employees.map((e) => [e.id, e]));
  const byKey = new Map(employees.map((e) => [employeeIdKey(e.id), e]));
  // The bank's 顧客コード1 may have lost the leading zeros of the 社員番号 (12 for 0012).
  const find = (id: string) => byId.get(id) ?? byKey.get(employeeIdKey(id));
  const readers = prepared.rows.map((row) => new RowReader(prepared, BANK_SCHEMA, row));
  const rows = readers.map((r) => readAccountRow(r, find));
  checkAccountTypeCoding(readers, "accountType", prepared.report.mapping.values?.accountType !== undefined);
  const seen = new Map<string, RowReader<BankField>>();
  rows.forEach((a, i) => {
    if (!a) return;
    const k = `${a.id}#${a.slot}`;
    const first = seen.get(k);
    if (first) {
      for (const r of [first, readers[i]]) r.add("slot", "error", `社員番号「${a.id}」の${a.slot}つ目の振込先が複数の行（${first.row}行目・${readers[i].row}行目）にあります。`);
    } else seen.set(k, readers[i]);
  });
  const { records, report } = finish(prepared, readers.map((reader, i) => ({ reader, record: rows[i] })));
  const updated = new Map<string, Employee>();
  for (const a of records) {
    const e = updated.get(a.id) ?? { ...(byId.get(a.id) as Employee), bank: undefined, bank2: undefined };
    if (a.slot === 1) e.bank = a.account;
    else e.bank2 = { ...a.account, fixedAmount: a.fixedAmount as number };
    updated.set(a.id, e);
  }
  for (const e of updated.values()) {
    if (!e.bank) delete e.bank;
    if (!e.bank2) delete e.bank2;
    if (e.bank2 && !e.bank) report.problems.push({ row: prepared.headerRow, column: "", value: "", message: `社員番号「${e.id}」は2つ目の振込先だけがあり、1つ目がありません。`, severity: "error" });
  }
  return { ...report, employees: employees.map((e) => updated.get(e.id) ?? e) };
}

interface AccountRow {
  id: string;
  slot: 1 | 2;
  account: BankAccount;
  fixedAmount?: number;
}

function readAccountRow(r: RowReader<BankField>, master: (id: string) => Employee | undefined): AccountRow | undefined {
  const id = r.require("id", normalizeEmployeeId);
  const slot = r.read("slot", slotOf) ?? 1;
  if (r.read("transferKind", transferKind) === "post") {
    r.add("transferKind", "error", "郵便局（通帳記号番号）の口座は、ゆうちょ銀行の振込用の店番（3桁）・預金種目・口座番号（7桁）に直してください（銀行コード 9900）。");
  }
  const bankCode = r.require("bankCode", normalizeDigits(4, "銀行コード"));
  const branchCode = r.require("branchCode", normalizeDigits(3, "支店コード"));
  const accountNumber = r.require("accountNumber", normalizeDigits(7, "口座番号"));
  let accountType = r.read("accountType", normalizeAccountType);
  if (accountType === undefined && r.raw("accountType") === "" && !r.has("accountType")) {
    accountType = "1";
    r.add("accountType", "warning", "預金種目が空欄なので「普通」としました。");
  }
  const fixedAmount = r.read("fixedAmount", normalizeYen);
  const employee = id === undefined ? undefined : master(id);
  if (id !== undefined && !employee) r.add("id", "error", "この社員番号は従業員マスタにありません。");
  let holderKana = r.read("holderKana", normalizeHolderKana);
  if (holderKana === undefined && r.raw("holderKana") === "" && employee) {
    if (employee.nameKana) {
      holderKana = employee.nameKana;
      r.add("holderKana", "warning", `口座名義カナが空欄なので氏名カナ「${employee.nameKana}」を使います。`);
    } else r.add("holderKana", "error", "口座名義カナが空欄で、マスタに氏名カナもありません。");
  }
  if (slot === 2 && !fixedAmount) {
    const fromMaster = employee?.bank2?.fixedAmount;
    if (fromMaster) r.add("fixedAmount", "warning", `2つ目の口座への振込額はマスタの ${fromMaster.toLocaleString("en-US")}円を使います。`);
    else r.add("fixedAmount", "error", "2つ目の口座に振り込む額が必要です（振込額の列を対応付けるか、マスタの振込額2に入力してください）。");
    return r.failed ? undefined : build(fromMaster);
  }
  return r.failed ? undefined : build(fixedAmount);

  function build(amount: number | undefined): AccountRow {
    return { id: employee?.id ?? (id as string), slot, account: { bankCode: bankCode!, branchCode: branchCode!, accountType: accountType!, accountNumber: accountNumber!, holderKana: holderKana! }, fixedAmount: amount };
  }
}
