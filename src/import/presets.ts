/**
 * Mapping presets for layouts we know. The template needs none (it maps itself); a preset adds what
 * header names cannot say, such as a value translation.
 */
import type { BankField } from "../calc/records/bankAccounts";
import { MASTER_SCHEMA, MasterField } from "../calc/records/master";
import { MappingPreset } from "./mapping";

/**
 * 社労夢 (Shalom) の 預金種目 codes: 0 普通預金, 1 当座預金 (エムケイシステム FAQ 3327 「汎用マスタ入出力で
 * 振込設定を取り込む」, 振込口座情報の項目仕様, https://faq.mks.jp/faq/show/3327). 全銀 uses 1 普通, 2 当座
 * (全銀協規定形式 データ・レコード 預金種目).
 */
const SHAROUMU_ACCOUNT_TYPE: Readonly<Record<string, string>> = { "0": "1", "1": "2" };

export const SONAE_TEMPLATE_PRESET: MappingPreset<MasterField> = {
  id: "sonae-template",
  name: "Sonae 従業員マスタ テンプレート",
  description: "Sonae のテンプレート（templates/master-template.csv）の列。見出しだけで対応します。",
  mapping: { version: 1, preset: "sonae-template", columns: Object.fromEntries(MASTER_SCHEMA.map((f) => [f.key, f.header])) },
};

export const SHAROUMU_BANK_PRESET: MappingPreset<BankField> = {
  id: "sharoum-bank",
  name: "社労夢 汎用マスタ（従業員設定 振込口座情報）",
  description: "従業員コード・振込口座コード（01, 02）・振込区分・銀行コード・支店コード・預金種目（0=普通, 1=当座）・口座番号・預金者名カナ。預金種目を全銀のコード（1=普通, 2=当座）に変換します。",
  mapping: {
    version: 1,
    preset: "sharoum-bank",
    columns: {
      id: "従業員コード",
      slot: "振込口座コード",
      transferKind: "振込区分",
      bankCode: "銀行コード",
      branchCode: "支店コード",
      accountType: "預金種目",
      accountNumber: "口座番号",
      holderKana: "預金者名カナ",
    },
    values: { accountType: { ...SHAROUMU_ACCOUNT_TYPE }, transferKind: { "0": "銀行", "1": "郵便局" } },
  },
};

/** The presets a bank-account file is recognised by. */
export const BANK_PRESETS: readonly MappingPreset<BankField>[] = [SHAROUMU_BANK_PRESET];
