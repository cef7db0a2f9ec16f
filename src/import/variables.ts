/**
 * Import of the month's variable inputs (勤怠・変動項目) keyed by 社員番号 → MonthlyVariables. A row
 * whose 社員番号 is not in the master is an error (its hours would be paid to nobody); a 氏名 column, if
 * present, is compared with the master to catch rows keyed by the wrong number.
 */
import { MonthlyVariables, PayType } from "../calc/payroll/employee";
import { finish, prepare, RowReader } from "./engine";
import { ColumnMapping } from "./mapping";
import { normalizeEmployeeId, normalizeQuantity, normalizeText, normalizeYen } from "./normalize";
import { FieldSpec, Schema } from "./schema";
import { SourceTable } from "./table";
import { ImportReport } from "./types";
import { checkDuplicateIds } from "./validate";

export type VariablesField = "id" | "name" | keyof Omit<MonthlyVariables, "employeeId">;

/** The longest month: 31 days × 24 hours. */
const MAX_HOURS = 744;
const MAX_DAYS = 31;

type VariableKey = keyof Omit<MonthlyVariables, "employeeId">;

/** The variable items, shared with the previous results' import ("前月同額"). */
export const VARIABLE_FIELDS: readonly (FieldSpec<VariableKey> & { unit: "時間" | "日" | "円" })[] = [
  { key: "workDays", header: "出勤日数", required: false, unit: "日", synonyms: ["出勤日", "労働日数", "勤務日数", "就労日数"], help: "日給の人の出勤日数。" },
  { key: "workHours", header: "労働時間", required: false, unit: "時間", synonyms: ["勤務時間", "総労働時間", "実労働時間", "労働時間数", "就労時間"], help: "時給の人の労働時間（7.5 や 7:30）。" },
  { key: "overtimeHours", header: "残業時間", required: false, unit: "時間", synonyms: ["時間外労働時間", "時間外時間", "普通残業時間", "法定時間外労働時間", "時間外労働", "残業"], help: "法定時間外労働の時間。" },
  { key: "lateNightHours", header: "深夜時間", required: false, unit: "時間", synonyms: ["深夜労働時間", "深夜残業時間", "深夜"], help: "深夜（22時〜5時）労働の時間。" },
  { key: "holidayHours", header: "休日時間", required: false, unit: "時間", synonyms: ["休日労働時間", "休日出勤時間", "法定休日労働時間", "休日"], help: "法定休日労働の時間。" },
  { key: "absenceDays", header: "欠勤日数", required: false, unit: "日", synonyms: ["欠勤", "欠勤日"], help: "欠勤日数（0.5 日単位も可）。" },
  { key: "extraTaxable", header: "臨時の課税手当", required: false, unit: "円", synonyms: ["臨時手当", "臨時課税手当", "課税臨時手当", "その他課税手当", "課税その他手当"], help: "今月だけの課税手当（円）。" },
  { key: "extraNonTaxable", header: "臨時の非課税手当", required: false, unit: "円", synonyms: ["臨時非課税手当", "非課税臨時手当", "その他非課税手当", "非課税その他手当"], help: "今月だけの非課税手当（円）。" },
  { key: "extraDeduction", header: "臨時の控除", required: false, unit: "円", synonyms: ["臨時控除", "その他控除", "控除その他"], help: "今月だけの控除（円）。" },
];

const ID_FIELD: FieldSpec<"id"> = { key: "id", header: "社員番号", required: true, synonyms: ["従業員番号", "社員コード", "従業員コード", "社員NO", "社員No.", "社員CD", "職員番号", "職員コード", "個人コード", "社員ID", "従業員ID"], help: "従業員マスタの社員番号。" };
const NAME_FIELD: FieldSpec<"name"> = { key: "name", header: "氏名", required: false, synonyms: ["従業員氏名", "社員氏名", "名前", "従業員名", "社員名"], help: "確認用（マスタの氏名と違えば注意を出します）。" };

export const VARIABLES_SCHEMA: Schema<VariablesField> = [ID_FIELD, NAME_FIELD, ...VARIABLE_FIELDS];
export { ID_FIELD, NAME_FIELD };

export const VARIABLES_TEMPLATE_HEADERS: readonly string[] = VARIABLES_SCHEMA.map((f) => f.header);

/** The downloadable template of the variable inputs: UTF-8 with BOM, CRLF. */
export function variablesTemplateCsv(): string {
  return `\uFEFF${VARIABLES_TEMPLATE_HEADERS.join(",")}\r\n`;
}

/** What the imports of monthly data need to know of the master. */
export interface MasterRef {
  id: string;
  name?: string;
  payType?: PayType;
}

export interface VariablesImportResult extends ImportReport<VariablesField> {
  variables: MonthlyVariables[];
  /** rows[i] is the row of variables[i] in the file. */
  rows: number[];
}

function sameName(a: string, b: string): boolean {
  const k = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
  return k(a) === k(b);
}

/** Read the variable items of one row into `into`; shared with the previous results. */
export function readVariableItems<K extends string>(r: RowReader<K | VariableKey>, into: Partial<MonthlyVariables>): void {
  for (const f of VARIABLE_FIELDS) {
    const v = r.read(f.key, f.unit === "円" ? normalizeYen : normalizeQuantity(f.unit === "時間" ? MAX_HOURS : MAX_DAYS, f.unit));
    if (v !== undefined) into[f.key] = v;
  }
}

export function importVariablesTable(table: SourceTable, master: readonly MasterRef[] | undefined, mapping?: ColumnMapping<VariablesField>): VariablesImportResult {
  const prepared = prepare(table, VARIABLES_SCHEMA, mapping);
  if (prepared.fatal) return { ...prepared.report, variables: [], rows: [] };
  const byId = master && new Map(master.map((m) => [m.id, m]));
  const readers = prepared.rows.map((row) => new RowReader(prepared, VARIABLES_SCHEMA, row));
  const records = readers.map((r) => {
    const id = r.require("id", normalizeEmployeeId);
    const name = r.read("name", normalizeText);
    const v: MonthlyVariables = { employeeId: id ?? "" };
    readVariableItems(r, v);
    if (id === undefined) return undefined;
    if (!byId) return r.failed ? undefined : v;
    const m = byId.get(id);
    if (!m) {
      r.add("id", "error", "この社員番号は従業員マスタにありません。");
      return undefined;
    }
    if (name && m.name && !sameName(name, m.name)) r.add("name", "warning", `従業員マスタの氏名「${m.name}」と違います。社員番号が正しいか確認してください。`);
    if (m.payType === "daily" && r.raw("workDays") === "") r.add("workDays", "warning", "日給の人の出勤日数が空欄です（0日として計算されます）。");
    if (m.payType === "hourly" && r.raw("workHours") === "") r.add("workHours", "warning", "時給の人の労働時間が空欄です（0時間として計算されます）。");
    return r.failed ? undefined : v;
  });
  checkDuplicateIds(readers, "id");
  const { records: variables, rows, report } = finish(prepared, readers.map((reader, i) => ({ reader, record: records[i] })));
  return { ...report, variables, rows };
}
