/**
 * Presets for the 従業員 master as HR and payroll services export it. Each names only headers written in the
 * vendor's public help pages (cited per preset); split names are joined — 氏名 with a full-width space, カナ with a
 * half-width one — and the ビジネスネーム columns are never read: payroll documents need the legal name.
 */
import type { MasterField } from "../../calc/records/master";
import type { VendorPreset } from "../vendorPreset";

/**
 * SmartHR 従業員リスト 「一覧のダウンロード」 (knowledge.smarthr.jp 360026106394; the file format changed on
 * 2020-11-05): 社員番号, 姓, 名, 姓（ヨミガナ）, 名（ヨミガナ）, 生年月日, 入社年月日, 退職年月日, as a PCA↔SmartHR
 * sync table and third-party readers of the file name them. SmartHR has renamed columns over time: the kana is
 * 「姓（ヨミガナ）」 in the list and 「姓 (カタカナ)」 in the item names of SmartHR's API clients, and newer files
 * carry 「ビジネスネーム：姓」 beside 「姓」; both kana names are read, the ビジネスネーム never.
 */
export const SMARTHR_EMPLOYEES: VendorPreset<MasterField> = {
  id: "smarthr-employees",
  name: "SmartHR 従業員リスト",
  description:
    "社員番号・姓・名・姓（ヨミガナ）・名（ヨミガナ）（旧名 姓（カタカナ）・名（カタカナ）も）・生年月日・入社年月日・退職年月日。姓と名を全角空白で、ヨミガナを半角空白でつないで氏名・氏名カナにします。ビジネスネームの列は読みません。",
  recognise: [["社員番号"], ["姓"], ["名"], ["姓（ヨミガナ）", "姓（カタカナ）"]],
  columns: { id: ["社員番号"], birthDate: ["生年月日"], hireDate: ["入社年月日"], leaveDate: ["退職年月日"] },
  combined: {
    name: { how: "join", parts: [["姓"], ["名"]] },
    nameKana: { how: "join", parts: [["姓（ヨミガナ）", "姓（カタカナ）"], ["名（ヨミガナ）", "名（カタカナ）"]] },
  },
};

/**
 * ジョブカン給与 従業員 (jobcan-payroll.zendesk.com 360001982054, the fields of the screen and of the CSV): スタッフコード,
 * 姓, 名, 姓(カナ), 名(カナ), 生年月日, 入社日. Its 年度更新 区分 words (従業員(常用)…) are read as 雇用保険 あり・なし by
 * the ordinary 雇用保険 reading (normalizeKeywords), whatever the column is called.
 */
export const JOBCAN_EMPLOYEES: VendorPreset<MasterField> = {
  id: "jobcan-employees",
  name: "ジョブカン給与 従業員",
  description: "スタッフコード・姓・名・姓(カナ)・名(カナ)・生年月日・入社日。姓と名・カナをつないで氏名・氏名カナにします。雇用保険の区分「従業員(常用)」「役員兼従業員」は加入、「従業員(臨時)」「役員または計算対象外」は対象外として読みます。",
  recognise: [["スタッフコード"], ["姓"], ["名"]],
  columns: { id: ["スタッフコード"], birthDate: ["生年月日"], hireDate: ["入社日"] },
  combined: {
    name: { how: "join", parts: [["姓"], ["名"]] },
    nameKana: { how: "join", parts: [["姓(カナ)"], ["名(カナ)"]] },
  },
};

/**
 * マネーフォワード クラウド給与 / 人事管理: 従業員番号, 姓, 名, 入社年月日 are what MF requires of each employee
 * (biz.moneyforward.com payroll faq co18); a payout account is named by 金融機関・支店・口座名義人(フリガナ)・口座番号
 * (MF news 2026-03-11). The exact headers of MF 給与's 従業員 CSV are not published: the rest is left to the
 * ordinary suggestion.
 */
export const MONEYFORWARD_EMPLOYEES: VendorPreset<MasterField> = {
  id: "moneyforward-employees",
  name: "マネーフォワード クラウド 従業員",
  description: "従業員番号・姓・名・入社年月日・口座名義人(フリガナ)。姓と名を全角空白でつないで氏名にします。ほかの列は見出しから推測します。",
  recognise: [["従業員番号"], ["姓"], ["名"], ["入社年月日"]],
  columns: { id: ["従業員番号"], hireDate: ["入社年月日"], birthDate: ["生年月日"], holderKana: ["口座名義人(フリガナ)"] },
  combined: { name: { how: "join", parts: [["姓"], ["名"]] } },
};

/**
 * 弥生's 従業員データ[CSV] (support.yayoi-kk.co.jp page_id=28908, the KING OF TIME-based 勤怠 service of 弥生): fixed
 * columns 従業員コード, 所属コード, 姓, ミドルネーム, 名, 姓カナ, 名カナ, 男女コード. A blank ミドルネーム is left out
 * of the join.
 */
export const YAYOI_EMPLOYEES: VendorPreset<MasterField> = {
  id: "yayoi-employees",
  name: "弥生 従業員データ",
  description: "従業員コード・姓・ミドルネーム・名・姓カナ・名カナ。姓（ミドルネーム）名を全角空白で、カナを半角空白でつないで氏名・氏名カナにします。",
  recognise: [["従業員コード"], ["姓"], ["ミドルネーム"], ["名"]],
  columns: { id: ["従業員コード"] },
  combined: {
    name: { how: "join", parts: [["姓"], ["ミドルネーム"], ["名"]] },
    nameKana: { how: "join", parts: [["姓カナ"], ["名カナ"]] },
  },
};

export const MASTER_VENDORS: readonly VendorPreset<MasterField>[] = [SMARTHR_EMPLOYEES, JOBCAN_EMPLOYEES, YAYOI_EMPLOYEES, MONEYFORWARD_EMPLOYEES];
