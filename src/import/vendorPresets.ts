/**
 * Presets for exports whose layout the office designs (KING OF TIME, freee and SmartHR let the office build
 * it): not a fixed column order but the vendor's header names, with alternatives where the vendor renamed columns, the columns
 * to join or add up, and the rows to keep. A preset is chosen from the headers and shown; what it does not
 * name is left to the ordinary suggestion, and the clerk confirms the whole as always.
 *
 * Only header names written in public sources are used (cited per preset).
 */
import type { MasterField } from "../calc/records/master";
import type { PreviousResultsField } from "../calc/records/previousResults";
import type { VariablesField } from "../calc/records/variables";
import type { ColumnMapping, CombinedColumns, RowFilter } from "./columnMapping";
import { normalizeHeader } from "./schema";

export interface VendorPreset<K extends string = string> {
  id: string;
  /** Japanese name shown to the clerk. */
  name: string;
  description: string;
  /** The export is recognised when, for every group, one of its headers is in the file. */
  recognise: string[][];
  /** Field → its header, by the first of the alternatives present. */
  columns: Partial<Record<K, string[]>>;
  /** Field → parts (each part: alternative headers). join needs every part; sum adds the parts present. */
  combined?: Partial<Record<K, { how: CombinedColumns["how"]; parts: string[][] }>>;
  filters?: RowFilter[];
}

/**
 * SmartHR 従業員リスト: 社員番号, 姓, 名, 姓（ヨミガナ）, 名（ヨミガナ）, 生年月日, 入社年月日, 退職年月日 (SmartHR
 * 「一覧のダウンロード」, knowledge.smarthr.jp 360026106394; the names as a PCA↔SmartHR sync table and third-party
 * code read them). The ビジネスネーム：姓／名 columns are not read: payroll documents need the legal name.
 */
export const SMARTHR_EMPLOYEES: VendorPreset<MasterField> = {
  id: "smarthr-employees",
  name: "SmartHR 従業員リスト",
  description: "社員番号・姓・名・姓（ヨミガナ）・名（ヨミガナ）・生年月日・入社年月日・退職年月日。姓と名を全角空白で、ヨミガナを半角空白でつないで氏名・氏名カナにします。",
  recognise: [["社員番号"], ["姓"], ["名"], ["姓（ヨミガナ）"]],
  columns: { id: ["社員番号"], birthDate: ["生年月日"], hireDate: ["入社年月日"], leaveDate: ["退職年月日"] },
  combined: {
    name: { how: "join", parts: [["姓"], ["名"]] },
    nameKana: { how: "join", parts: [["姓（ヨミガナ）"], ["名（ヨミガナ）"]] },
  },
};

/**
 * KING OF TIME 月別データ: 従業員コード, 残業時間, 深夜残業時間, 法定休日所定時間, 法定休日残業時間, 法定休日深夜所定時間
 * (KING OF TIME support, support.ta.kingoftime.jp 360038855973 and 20168762476185). KOT writes 深夜 and 法定休日 over several
 * columns; reading one of them alone undercounts, so the ones present are added up.
 */
export const KOT_MONTHLY: VendorPreset<VariablesField> = {
  id: "kot-monthly",
  name: "KING OF TIME 月別データ",
  description: "従業員コード・残業時間。深夜時間は 深夜残業時間＋法定休日深夜所定時間、休日時間は 法定休日所定時間＋法定休日残業時間 を合計します（ある列だけ）。時間の表記（10進・60進・分）は KING OF TIME の「時間表示形式」に合わせてください。",
  recognise: [["従業員コード"], ["深夜残業時間", "法定休日所定時間", "法定休日残業時間", "法定休日深夜所定時間", "平日出勤日数"]],
  columns: { id: ["従業員コード"], overtimeHours: ["残業時間"] },
  combined: {
    lateNightHours: { how: "sum", parts: [["深夜残業時間"], ["法定休日深夜所定時間"]] },
    holidayHours: { how: "sum", parts: [["法定休日所定時間"], ["法定休日残業時間"]] },
  },
};

/**
 * freee 賃金台帳 CSV: 従業員番号, 種別 (給与 or 賞与 in one file), 総支給額, 健康保険料, 介護保険料, 厚生年金保険料,
 * 雇用保険料, 社会保険料等控除合計, 所得税, 住民税 (as the public dokikudai/freee_tool reads the UTF-8 賃金台帳 CSV). Only the 給与 rows are
 * last month's pay; the 賞与 rows are counted and listed, not read.
 */
export const FREEE_WAGE_LEDGER: VendorPreset<PreviousResultsField> = {
  id: "freee-wage-ledger",
  name: "freee 賃金台帳",
  description: "従業員番号・総支給額・健康保険料・介護保険料・厚生年金保険料・雇用保険料・社会保険料等控除合計・所得税・住民税。種別が「給与」の行だけを読みます（賞与の行は数えて示します）。",
  recognise: [["従業員番号"], ["種別"], ["社会保険料等控除合計", "総支給額"]],
  columns: {
    id: ["従業員番号"], gross: ["総支給額"], health: ["健康保険料"], care: ["介護保険料"], pension: ["厚生年金保険料"],
    employment: ["雇用保険料"], socialInsurance: ["社会保険料等控除合計"], incomeTax: ["所得税"], residentTax: ["住民税"],
  },
  filters: [{ column: "種別", equals: ["給与"] }],
};

/**
 * The mapping a preset makes of these headers, over the suggestion (which keeps the fields the preset does not
 * name); undefined when no preset recognises them.
 */
export function vendorMapping<K extends string>(presets: readonly VendorPreset<K>[], headers: readonly string[], suggestion: ColumnMapping<K>): ColumnMapping<K> | undefined {
  const have = new Map(headers.map((h) => [normalizeHeader(h), h]));
  const present = (alternatives: readonly string[]) => alternatives.map((a) => have.get(normalizeHeader(a))).find((h) => h !== undefined);
  const preset = presets.find((p) => p.recognise.every((group) => present(group) !== undefined));
  if (!preset) return undefined;
  const out: ColumnMapping<K> = { ...suggestion, version: 1, preset: preset.id, columns: { ...suggestion.columns } };
  for (const [key, alternatives] of Object.entries(preset.columns) as [K, string[]][]) {
    const h = present(alternatives);
    if (h !== undefined) out.columns[key] = h;
  }
  const combined: Partial<Record<K, CombinedColumns>> = {};
  for (const [key, c] of Object.entries(preset.combined ?? {}) as [K, { how: CombinedColumns["how"]; parts: string[][] }][]) {
    const found = c.parts.map(present);
    const columns = found.filter((h): h is string => h !== undefined);
    if (columns.length === 0 || (c.how === "join" && columns.length < found.length)) continue;
    combined[key] = { how: c.how, columns };
    delete out.columns[key];
  }
  if (Object.keys(combined).length > 0) out.combined = combined;
  const filters = (preset.filters ?? []).filter((f) => present([f.column]) !== undefined);
  if (filters.length > 0) out.filters = filters;
  return out;
}

export const VENDOR_PRESETS = [SMARTHR_EMPLOYEES, KOT_MONTHLY, FREEE_WAGE_LEDGER] as const;

/** The name shown for a preset id ("KING OF TIME 月別データ"), or undefined. */
export function vendorPresetName(id: string | undefined): string | undefined {
  return VENDOR_PRESETS.find((p) => p.id === id)?.name;
}
