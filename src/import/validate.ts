/**
 * One master row → an Employee, every field normalised and checked, and the checks across rows
 * (duplicate 社員番号, a 社員番号 whose leading zeros look lost, one account shared by two people).
 * Errors reject the row; warnings keep it and tell the user what was assumed.
 */
import { BankAccount, Employee, EmploymentInsuranceType } from "../calc/payroll/employee";
import { RowReader } from "./engine";
import type { Severity } from "./types";
import { DEFAULT_CONTEXT, fold, Normalizer, normalizeCount, normalizeDate, normalizeDigits, normalizeEmployeeId, normalizeText, normalizeYen } from "./normalize";
import {
  normalizeAccountType, normalizeCare, normalizeGender, normalizeHealthInsurer, normalizeHolderKana,
  normalizePayType, normalizeStandardAmount, normalizeTaxColumn,
} from "./normalizeKeywords";
import { MasterField } from "../calc/records/master";
import { readInsuredFields } from "./masterSocialInsurance";
import { readOfficer } from "./masterOfficer";

/** 扶養親族等の数: the withholding tables have columns 0–7 and add per person beyond 7; 99 is a typing guard. */
const MAX_DEPENDENTS = 99;

const dependentsCount = normalizeCount(0, MAX_DEPENDENTS);
const bankCode = normalizeDigits(4, "銀行コード");
const branchCode = normalizeDigits(3, "支店コード");
const accountNumber = normalizeDigits(7, "口座番号");
const healthStandard = normalizeStandardAmount("health");
const pensionStandard = normalizeStandardAmount("pension");

type Slot = "" | "2";

const ACCOUNT_KEYS = ["bankCode", "branchCode", "accountType", "accountNumber", "holderKana"] as const;
type AccountKey = (typeof ACCOUNT_KEYS)[number];
const SLOT_KEYS: Record<Slot, Record<AccountKey, MasterField>> = {
  "": Object.fromEntries(ACCOUNT_KEYS.map((f) => [f, f])) as Record<AccountKey, MasterField>,
  "2": Object.fromEntries(ACCOUNT_KEYS.map((f) => [f, `${f}2`])) as Record<AccountKey, MasterField>,
};

/** Said after each problem of an account, so that the clerk knows the person is still paid. */
const STILL_IN_PAYROLL = "口座がそろわないため、この人は振込先なし（現金支給か別の振込）として給与計算に残します。";

/**
 * A row's accounts. A partial or invalid account must not take the person out of payroll (that would
 * leave them unpaid): its problems become warnings and the person has no account at all, so that no
 * money goes to half of an account or to the second account alone. `problem` is why, for the 全銀 list.
 */
function readAccounts(r: RowReader<MasterField>, nameKana: string | undefined): { bank?: BankAccount; bank2?: Employee["bank2"]; problem?: string } {
  const before = r.problems.length;
  const bank = readAccount(r, "", nameKana);
  const bank2 = readAccount(r, "2", nameKana);
  const fixedAmount2 = r.read("fixedAmount2", normalizeYen);
  if (bank2 && !bank) r.add("bankCode2", "error", "2つ目の振込先があるのに1つ目の振込先がありません。");
  if (bank2 && !fixedAmount2) r.add("fixedAmount2", "error", "2つ目の振込先に振り込む額（振込額2）を 1円以上で指定してください。");
  if (!bank2 && fixedAmount2 && r.raw("bankCode2") === "" && r.raw("accountNumber2") === "") r.add("fixedAmount2", "error", "振込額2があるのに2つ目の振込先（銀行コード2・支店コード2・口座番号2）がありません。");
  const errors = r.problems.slice(before).filter((p) => p.severity === "error");
  if (errors.length === 0) return { bank, bank2: bank2 && fixedAmount2 ? { ...bank2, fixedAmount: fixedAmount2 } : undefined };
  for (const p of errors) {
    p.severity = "warning";
    p.message = `${p.message}${STILL_IN_PAYROLL}`;
  }
  const first = errors[0];
  const value = first.value === "" ? "（空欄）" : `「${first.value}」`;
  return { problem: `${first.column}${value}: ${first.message.replace(STILL_IN_PAYROLL, "")}` };
}

function readAccount(r: RowReader<MasterField>, slot: Slot, nameKana: string | undefined): BankAccount | undefined {
  const keys = SLOT_KEYS[slot];
  const k = (f: AccountKey) => keys[f];
  if (r.raw(keys.bankCode) === "" && r.raw(keys.branchCode) === "" && r.raw(keys.accountType) === "" && r.raw(keys.accountNumber) === "" && r.raw(keys.holderKana) === "") return undefined;
  const bank = r.require(k("bankCode"), bankCode);
  const branch = r.require(k("branchCode"), branchCode);
  const number = r.require(k("accountNumber"), accountNumber);
  let type = r.read(k("accountType"), normalizeAccountType);
  if (type === undefined && r.raw(k("accountType")) === "" && r.has(k("bankCode"))) {
    type = "1";
    r.add(k("accountType"), "warning", "預金種目が空欄なので「普通」としました。");
  }
  let holder = r.read(k("holderKana"), normalizeHolderKana);
  if (holder === undefined && r.raw(k("holderKana")) === "") {
    if (nameKana) {
      holder = nameKana;
      r.add(k("holderKana"), "warning", `口座名義カナが空欄なので氏名カナ「${nameKana}」を使います。`);
    } else {
      r.add(k("holderKana"), "error", "口座名義カナが空欄で、氏名カナもありません。振込に必要です。");
    }
  }
  if (bank === undefined || branch === undefined || number === undefined || type === undefined || holder === undefined) return undefined;
  return { bankCode: bank, branchCode: branch, accountType: type, accountNumber: number, holderKana: holder };
}

export interface MasterOptions {
  /** The company's 雇用保険 事業区分, for blanks and "あり". */
  employmentInsurance: Exclude<EmploymentInsuranceType, "none">;
  /** normalizeEmploymentInsurance(employmentInsurance), made once per import. */
  readEmploymentInsurance: Normalizer<EmploymentInsuranceType>;
  /** The file has columns for a bank account (a blank one then means 現金支給, worth a warning). */
  hasBankColumns: boolean;
}

export function readEmployee(r: RowReader<MasterField>, options: MasterOptions): Employee | undefined {
  const id = r.require("id", normalizeEmployeeId);
  const name = r.require("name", normalizeText);
  const nameKana = r.read("nameKana", normalizeText);
  const birthDate = r.require("birthDate", normalizeDate);
  const hireDate = r.read("hireDate", normalizeDate);
  const leaveDate = r.read("leaveDate", normalizeDate);
  const department = r.read("department", normalizeText);
  const gender = r.read("gender", normalizeGender);
  const payType = r.read("payType", normalizePayType) ?? "monthly";
  const baseSalary = r.require("baseSalary", normalizeYen);
  const fixedAllowance = r.read("fixedAllowance", normalizeYen) ?? 0;
  const commuteAllowance = r.read("commuteAllowance", normalizeYen) ?? 0;
  let commuteExempt = r.read("commuteExempt", normalizeYen);
  const healthInsurer = r.require("healthInsurer", normalizeHealthInsurer);
  const healthStandardAmount = r.read("healthStandard", healthStandard);
  const pensionStandardAmount = r.read("pensionStandard", pensionStandard);
  const care = r.read("care", normalizeCare);
  const employmentInsurance = r.read("employmentInsurance", options.readEmploymentInsurance) ?? options.employmentInsurance;
  const taxColumn = r.require("taxColumn", normalizeTaxColumn);
  const dependents = r.require("dependents", dependentsCount);
  const residentTax = r.read("residentTax", normalizeYen) ?? 0;

  if (birthDate && hireDate && hireDate <= birthDate) r.add("hireDate", "error", `入社日が生年月日（${birthDate}）以前です。`);
  if (hireDate && leaveDate && leaveDate < hireDate) r.add("leaveDate", "error", `退職日が入社日（${hireDate}）より前です。`);
  if (commuteExempt === undefined && commuteAllowance > 0 && r.raw("commuteExempt") === "") {
    commuteExempt = 0;
    r.add("commuteExempt", "warning", "通勤手当の非課税額が空欄なので 0円（全額課税）としました。非課税の額があれば入力してください。");
  }
  if (commuteExempt !== undefined && commuteExempt > commuteAllowance) {
    r.add("commuteExempt", "error", `通勤手当の非課税額が通勤手当（${commuteAllowance.toLocaleString("en-US")}円）を超えています。`);
  }

  const { bank, bank2, problem: bankProblem } = readAccounts(r, nameKana);
  if (options.hasBankColumns && !bank && !bankProblem && !r.failed && ["bankCode", "branchCode", "accountNumber"].every((k) => r.raw(k as MasterField) === "")) {
    r.add("bankCode", "warning", "振込先が空欄です（現金支給として扱います）。");
  }

  const insured: Pick<Employee, "insuredNumber" | "previousRevisionMonth" | "workerType" | "multipleOffices" | "officer" | "employmentInsurance"> = { employmentInsurance };
  readInsuredFields(r, insured);
  readOfficer(r, insured);

  if (r.failed) return undefined;
  const e: Employee = {
    ...insured,
    id: id as string,
    name: name as string,
    birthDate: birthDate as string,
    payType,
    baseSalary: baseSalary as number,
    fixedAllowance,
    commuteAllowance,
    commuteExempt: commuteExempt ?? 0,
    healthInsurer: healthInsurer as string,
    employmentInsurance,
    taxColumn: taxColumn!,
    dependents: dependents as number,
    residentTax,
  };
  if (nameKana) e.nameKana = nameKana;
  if (hireDate) e.hireDate = hireDate;
  if (leaveDate) e.leaveDate = leaveDate;
  if (department) e.department = department;
  if (gender) e.gender = gender;
  if (healthStandardAmount !== undefined) e.healthStandard = healthStandardAmount;
  if (pensionStandardAmount !== undefined) e.pensionStandard = pensionStandardAmount;
  if (care !== undefined) e.care = care;
  if (bank) e.bank = bank;
  if (bank2) e.bank2 = bank2;
  if (bankProblem) e.bankProblem = bankProblem;
  return e;
}

/** 社員番号 must identify one row: every row of a repeated number is an error (which one is right is not ours to guess). */
export function checkDuplicateIds<K extends string>(readers: RowReader<K>[], idKey: K, what = "社員番号"): void {
  const rowsById = new Map<string, RowReader<K>[]>();
  for (const r of readers) {
    const id = normalizeEmployeeId(r.raw(idKey), DEFAULT_CONTEXT);
    if (!("value" in id)) continue;
    const list = rowsById.get(id.value);
    if (list) list.push(r);
    else rowsById.set(id.value, [r]);
  }
  for (const [id, list] of rowsById) {
    if (list.length < 2) continue;
    const rows = list.map((r) => `${r.row}行目`).join("・");
    for (const r of list) r.add(idKey, "error", `${what}「${id}」が複数の行（${rows}）にあります。${what}は1人1つです。`);
  }
}

/**
 * A numeric 社員番号 shorter than most of the others, which start with 0, probably lost its zeros in a
 * spreadsheet ("12" among "0012"…): a warning, since the company's numbering is not ours to know.
 */
export function checkIdWidths(readers: RowReader<MasterField>[], ids: (string | undefined)[]): void {
  const widths = new Map<number, number>();
  for (const id of ids) if (id && /^0\d+$/.test(id)) widths.set(id.length, (widths.get(id.length) ?? 0) + 1);
  if (widths.size === 0) return;
  const [width] = [...widths.entries()].sort((a, b) => b[1] - a[1])[0];
  ids.forEach((id, i) => {
    if (id && /^\d+$/.test(id) && id.length < width) {
      readers[i].add("id", "warning", `他の社員番号は先頭に0のある${width}桁です。Excel で先頭の0が消えていないか確認してください（例: 「${id.padStart(width, "0")}」）。`);
    }
  });
}

/** One account paying two people is most often a copy-and-paste slip. */
export function checkSharedAccounts(readers: RowReader<MasterField>[], employees: (Employee | undefined)[]): void {
  const byAccount = new Map<string, [index: number, column: MasterField][]>();
  employees.forEach((e, i) => {
    const accounts: [BankAccount | undefined, MasterField][] = [[e?.bank, "accountNumber"], [e?.bank2, "accountNumber2"]];
    for (const [b, column] of accounts) {
      if (!b) continue;
      const k = `${b.bankCode}-${b.branchCode}-${b.accountType}-${b.accountNumber}`;
      const list = byAccount.get(k);
      if (list) list.push([i, column]);
      else byAccount.set(k, [[i, column]]);
    }
  });
  for (const list of byAccount.values()) {
    if (new Set(list.map(([i]) => i)).size < 2) continue;
    const rows = [...new Set(list.map(([i]) => `${readers[i].row}行目`))].join("・");
    for (const [i, column] of list) readers[i].add(column, "warning", `同じ振込先口座が複数の社員（${rows}）にあります。正しいか確認してください。`);
  }
}

/**
 * 預金種目 written as digits must be 全銀's (1 普通, 2 当座, 4 貯蓄). A column that also holds "0" follows a
 * system where 0 is 普通 (社労夢: 0 普通, 1 当座), so its "1" may mean 当座: every numeric code of that
 * column is then an error until the mapping translates the column, rather than paying into the wrong type.
 */
export function checkAccountTypeCoding<K extends string>(readers: RowReader<K>[], key: K, translated: boolean, severity: Severity = "error"): number[] {
  if (translated) return [];
  const codes = readers.map((r) => fold(r.raw(key)));
  const zero = codes.indexOf("0");
  if (zero < 0) return [];
  const first = readers[zero].row;
  const flagged: number[] = [];
  for (const [i, r] of readers.entries()) {
    if (/^[124]$/.test(codes[i])) {
      const message = `この列には「0」（${first}行目など）もあるため、0=普通・1=当座 の体系かもしれません。数字の預金種目は読めません。列の対応付けで変換（0→1、1→2）を指定してください。`;
      r.add(key, severity, severity === "warning" ? `${message}${STILL_IN_PAYROLL}` : message);
      flagged.push(i);
    }
  }
  return flagged;
}

/**
 * The master's 預金種目 coding check: the flagged people stay in payroll without an account (the
 * transfer list names them 振込先なし), rather than being paid into an account of the wrong type or not at all.
 */
export function checkMasterAccountTypeCoding(readers: RowReader<MasterField>[], employees: (Employee | undefined)[], key: "accountType" | "accountType2", translated: boolean): void {
  for (const i of checkAccountTypeCoding(readers, key, translated, "warning")) {
    const e = employees[i];
    if (!e || (!e.bank && !e.bank2)) continue;
    delete e.bank;
    delete e.bank2;
    e.bankProblem = `${readers[i].column(key)}「${readers[i].raw(key)}」: 0=普通・1=当座 の体系かもしれないため、種目が決められません`;
  }
}
