/**
 * Import of the payroll system's last results, per employee: the amounts of the payroll line (for 検算,
 * the reconciliation of Sonae's figures against the system's) and the variable inputs (for 前月同額,
 * prefilling this month's 勤怠・変動 sheet). An unknown 社員番号 is a warning here: someone who has left
 * since is normal in last month's results.
 */
import { MonthlyVariables } from "../calc/payroll/employee";
import { PayrollLine } from "../calc/payroll/types";
import { finish, prepare, RowReader } from "./engine";
import { ColumnMapping } from "./mapping";
import { Normalizer, normalizeEmployeeId, normalizeSignedYen, normalizeText, normalizeYen } from "./normalize";
import { FieldSpec, Schema } from "./schema";
import { SourceTable } from "./table";
import { ImportReport } from "./types";
import { checkDuplicateIds } from "./validate";
import { ID_FIELD, MasterRef, NAME_FIELD, readVariableItems, VARIABLE_FIELDS } from "./variables";

export type ResultAmount = keyof Omit<PayrollLine, "employeeId">;
export type PreviousResultsField = "id" | "name" | "period" | ResultAmount | keyof Omit<MonthlyVariables, "employeeId">;

export interface PreviousResult extends Partial<Omit<PayrollLine, "employeeId">> {
  employeeId: string;
  /** 対象年月 of these results ("YYYY-MM"), when the file has the column. */
  period?: string;
  /** The variable inputs of that month (前月同額). */
  variables: MonthlyVariables;
}

export interface PreviousResultsImportResult extends ImportReport<PreviousResultsField> {
  results: PreviousResult[];
  /** rows[i] is the row of results[i] in the file. */
  rows: number[];
}

const AMOUNTS: readonly (FieldSpec<ResultAmount> & { signed?: boolean })[] = [
  { key: "gross", header: "総支給額", required: false, synonyms: ["支給合計", "総支給", "支給額合計", "総支給金額"], help: "" },
  { key: "health", header: "健康保険", required: false, synonyms: ["健康保険料", "健保", "健康保険料(本人)"], help: "" },
  { key: "care", header: "介護保険", required: false, synonyms: ["介護保険料", "介護"], help: "" },
  { key: "childSupport", header: "子ども・子育て支援金", required: false, synonyms: ["子ども子育て支援金", "子育て支援金", "支援金"], help: "" },
  { key: "pension", header: "厚生年金", required: false, synonyms: ["厚生年金保険料", "厚生年金保険", "厚年"], help: "" },
  { key: "employment", header: "雇用保険", required: false, synonyms: ["雇用保険料"], help: "" },
  { key: "socialInsurance", header: "社会保険料計", required: false, synonyms: ["社会保険料合計", "社会保険料", "社保計"], help: "" },
  { key: "taxable", header: "課税対象額", required: false, synonyms: ["課税対象", "課税支給額", "課税対象額計"], help: "" },
  { key: "incomeTax", header: "所得税", required: false, synonyms: ["源泉所得税", "源泉税"], help: "" },
  { key: "residentTax", header: "住民税", required: false, synonyms: ["住民税額", "市町村民税"], help: "" },
  { key: "net", header: "差引支給額", required: false, synonyms: ["差引支給", "振込額", "手取り", "差引支給合計"], help: "", signed: true },
];

const PERIOD_FIELD: FieldSpec<"period"> = { key: "period", header: "対象年月", required: false, synonyms: ["支給年月", "給与年月", "処理年月", "年月"], help: "" };

export const PREVIOUS_RESULTS_SCHEMA: Schema<PreviousResultsField> = [ID_FIELD, NAME_FIELD, PERIOD_FIELD, ...AMOUNTS, ...VARIABLE_FIELDS];

const normalizePeriod: Normalizer<string> = (text) => {
  const m = /^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:月分?)?$/.exec(text.normalize("NFKC").trim());
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) return { error: "対象年月は「2026-10」「2026/10」「2026年10月」の形で指定してください。" };
  return { value: `${m[1]}-${String(month).padStart(2, "0")}` };
};

export function importPreviousResultsTable(table: SourceTable, master: readonly MasterRef[] | undefined, mapping?: ColumnMapping<PreviousResultsField>): PreviousResultsImportResult {
  const prepared = prepare(table, PREVIOUS_RESULTS_SCHEMA, mapping);
  if (prepared.fatal) return { ...prepared.report, results: [], rows: [] };
  const known = master && new Set(master.map((m) => m.id));
  const readers = prepared.rows.map((row) => new RowReader(prepared, PREVIOUS_RESULTS_SCHEMA, row));
  const records = readers.map((r) => {
    const id = r.require("id", normalizeEmployeeId);
    r.read("name", normalizeText);
    const result: PreviousResult = { employeeId: id ?? "", variables: { employeeId: id ?? "" } };
    const period = r.read("period", normalizePeriod);
    if (period) result.period = period;
    for (const f of AMOUNTS) {
      const v = r.read(f.key, f.signed ? normalizeSignedYen : normalizeYen);
      if (v !== undefined) result[f.key] = v;
    }
    readVariableItems(r, result.variables);
    if (id !== undefined && known && !known.has(id)) r.add("id", "warning", "この社員番号は従業員マスタにありません（退職者など）。検算・前月同額には使われません。");
    return r.failed ? undefined : result;
  });
  checkDuplicateIds(readers, "id");
  const { records: results, rows, report } = finish(prepared, readers.map((reader, i) => ({ reader, record: records[i] })));
  return { ...report, results, rows };
}
