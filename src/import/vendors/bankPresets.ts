/**
 * The bank's own 給与振込 payee list: internet banking keeps a 給与振込 従業員マスタ that can be downloaded as CSV
 * (「各マスタ（受取人／従業員／支払人）を CSV 形式でダウンロード」, paperzz 6631941) even when the payroll system is
 * down. Its fields are those of the 全銀 給与振込 record: 金融機関コード, 支店コード, 預金種目 (1 普通, 2 当座, 4 貯蓄),
 * 口座番号, 受取人名, and 顧客コード1, which the 給与振込 format keeps for the 社員番号 (expydoc 8561048; 全銀協規定形式
 * データ・レコード 92–101).
 */
import type { BankField } from "../../calc/records/bankAccounts";
import type { VendorPreset } from "../vendorPreset";

export const BANK_PAYEE_LIST: VendorPreset<BankField> = {
  id: "bank-payee-list",
  name: "インターネットバンキングの給与振込 受取人一覧",
  description: "顧客コード1（社員番号）・金融機関コード・支店コード・預金種目・口座番号・受取人名。顧客コード1 の先頭の 0 の有無は問いません（0012 と 12 は同じ社員）。",
  recognise: [["金融機関コード"], ["支店コード"], ["口座番号"], ["受取人名"]],
  columns: { id: ["顧客コード1"], bankCode: ["金融機関コード"], branchCode: ["支店コード"], accountType: ["預金種目"], accountNumber: ["口座番号"], holderKana: ["受取人名"] },
};

export const BANK_VENDORS: readonly VendorPreset<BankField>[] = [BANK_PAYEE_LIST];
