/**
 * Import of the month's variable inputs (勤怠・変動項目) keyed by 社員番号 → MonthlyVariables. A row
 * whose 社員番号 is not in the master is an error (its hours would be paid to nobody); a 氏名 column, if
 * present, is compared with the master to catch rows keyed by the wrong number.
 */
import { MonthlyVariables, PayType } from "../calc/payroll/employee";
import { VARIABLE_FIELDS, VariableItem, VARIABLES_SCHEMA, VARIABLES_TEMPLATE_HEADERS, VariablesField } from "../calc/records/variables";
import { finish, prepare, RowReader } from "./engine";
import { ColumnMapping, suggestMapping } from "./mapping";
import { normalizeEmployeeId, normalizeQuantity, normalizeText, normalizeYen } from "./normalize";
import { HourNotation, normalizeHours } from "./hourNotation";
import { notationWarnings } from "./hoursColumns";
import { VARIABLES_VENDORS } from "./vendors/monthlyPresets";
import { SourceTable } from "./table";
import { ImportReport } from "./types";
import { checkDuplicateIds } from "./validate";

const HOUR_FIELDS = VARIABLE_FIELDS.filter((f) => f.unit === "時間").map((f) => f.key);

/** The longest month: 31 days × 24 hours. */
const MAX_HOURS = 744;
const MAX_DAYS = 31;

export type { VariablesField } from "../calc/records/variables";
export { VARIABLES_SCHEMA, VARIABLES_TEMPLATE_HEADERS } from "../calc/records/variables";

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
  /** rejectedIds[i] is the 社員番号 written on rejected[i] (undefined when unreadable or above the header). */
  rejectedIds: (string | undefined)[];
  /**
   * The first values of each hour field as written ("1.30", "1.30+0.45" for summed columns) and as read, in hours:
   * the pane shows `7.30 → 7時間30分` so that the clerk sees the notation at work before anything is computed.
   */
  hourSamples: Partial<Record<VariablesField, HourSample[]>>;
}

export interface HourSample {
  row: number;
  text: string;
  /** undefined when the value could not be read (its problem says why). */
  hours?: number;
}

const SAMPLES = 3;

/** The first SAMPLES non-blank values of each hour field, with what was read from them. */
function hourSamplesOf(readers: readonly RowReader<VariablesField>[], values: readonly Partial<MonthlyVariables>[]): VariablesImportResult["hourSamples"] {
  const out: VariablesImportResult["hourSamples"] = {};
  for (const key of HOUR_FIELDS) {
    const samples: HourSample[] = [];
    for (let i = 0; i < readers.length && samples.length < SAMPLES; i++) {
      const text = readers[i].raw(key);
      if (text === "") continue;
      const hours = values[i][key as keyof MonthlyVariables] as number | undefined;
      samples.push(hours === undefined ? { row: readers[i].row, text } : { row: readers[i].row, text, hours });
    }
    if (samples.length > 0) out[key] = samples;
  }
  return out;
}

/** The mapping of these headers by their names alone, no vendor preset (the clerk turned the preset off). */
export function variablesSuggestion(headers: readonly string[]): ColumnMapping<VariablesField> {
  return suggestMapping(VARIABLES_SCHEMA, headers);
}

function sameName(a: string, b: string): boolean {
  const k = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
  return k(a) === k(b);
}

/** Read the variable items of one row into `into`; shared with the previous results. */
export function readVariableItems<K extends string>(r: RowReader<K | VariableItem>, into: Partial<MonthlyVariables>): void {
  for (const f of VARIABLE_FIELDS) {
    const v = r.read(f.key, f.unit === "円" ? normalizeYen : f.unit === "時間" ? normalizeHours(MAX_HOURS, r.hours) : normalizeQuantity(MAX_DAYS, f.unit));
    if (v !== undefined) into[f.key] = v;
  }
}

export function importVariablesTable(table: SourceTable, master: readonly MasterRef[] | undefined, mapping?: ColumnMapping<VariablesField>, hours?: HourNotation): VariablesImportResult {
  const prepared = prepare(table, VARIABLES_SCHEMA, mapping, { hours, vendors: VARIABLES_VENDORS });
  if (prepared.fatal) return { ...prepared.report, variables: [], rows: [], rejectedIds: [], hourSamples: {} };
  const byId = master && new Map(master.map((m) => [m.id, m]));
  const readers = prepared.rows.map((row) => new RowReader(prepared, VARIABLES_SCHEMA, row));
  const read: MonthlyVariables[] = [];
  const records = readers.map((r) => {
    const id = r.require("id", normalizeEmployeeId);
    const name = r.read("name", normalizeText);
    const v: MonthlyVariables = { employeeId: id ?? "" };
    readVariableItems(r, v);
    const reason = r.read("settlementReason", normalizeText);
    if (reason) v.settlementReason = reason;
    read.push(v);
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
  prepared.report.problems.push(...notationWarnings(prepared, HOUR_FIELDS));
  const { records: variables, rows, rejectedIds, report } = finish(prepared, readers.map((reader, i) => ({ reader, record: records[i] })));
  return { ...report, variables, rows, rejectedIds, hourSamples: hourSamplesOf(readers, read) };
}
