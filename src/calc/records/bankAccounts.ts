/**
 * A separate bank-account file, one row per account (振込口座コード 01, 02 …), as payroll systems such as
 * 社労夢's 汎用マスタ 「従業員設定 振込口座情報」 export it: the first account receives the rest of the net
 * pay, the second a fixed amount.
 */
import { Schema } from "./schema";

export type BankField = "id" | "slot" | "transferKind" | "bankCode" | "branchCode" | "accountType" | "accountNumber" | "holderKana" | "fixedAmount";

export const BANK_SCHEMA: Schema<BankField> = [
  { key: "id", header: "社員番号", required: true, synonyms: ["従業員コード", "従業員番号", "社員コード", "社員NO", "社員CD", "職員番号"], help: "従業員マスタの社員番号。" },
  { key: "slot", header: "振込口座", required: false, synonyms: ["振込口座コード", "口座順", "振込先番号", "口座番号順"], help: "1（または 01）= 1つ目、2 = 2つ目の振込先。空欄は 1。" },
  { key: "transferKind", header: "振込区分", required: false, synonyms: ["振込先区分"], help: "銀行（空欄）。郵便局（通帳記号番号）は全銀の店番・口座番号に直してください。" },
  { key: "bankCode", header: "銀行コード", required: true, synonyms: ["金融機関コード", "銀行番号"], help: "4桁。" },
  { key: "branchCode", header: "支店コード", required: true, synonyms: ["支店番号", "店番"], help: "3桁。" },
  { key: "accountType", header: "預金種目", required: false, synonyms: ["預金種別", "口座種別", "預金種別コード"], help: "普通・当座・貯蓄 / 1・2・4。" },
  { key: "accountNumber", header: "口座番号", required: true, synonyms: [], help: "7桁まで。" },
  { key: "holderKana", header: "口座名義カナ", required: false, synonyms: ["預金者名カナ", "名義人カナ", "口座名義人カナ", "受取人名"], help: "空欄はマスタの氏名カナ。" },
  { key: "fixedAmount", header: "振込額", required: false, synonyms: ["固定額", "振込金額", "固定振込額"], help: "2つ目の口座に振り込む定額。" },
];
