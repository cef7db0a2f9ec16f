/**
 * Import of the payroll system's last results, per employee: the amounts of the payroll line (for 検算,
 * the reconciliation of Sonae's figures against the system's) and the variable inputs (for 前月同額,
 * prefilling this month's 勤怠・変動 sheet). An unknown 社員番号 is a warning here: someone who has left
 * since is normal in last month's results.
 */
import { PREVIOUS_RESULTS_SCHEMA, PreviousResult, PreviousResultsField, RESULT_AMOUNTS } from "../calc/records/previousResults";
import { FREEE_WAGE_LEDGER } from "./vendorPresets";
import { finish, prepare, RowReader } from "./engine";
import { ColumnMapping } from "./mapping";
import { Normalizer, normalizeEmployeeId, normalizeSignedYen, normalizeText, normalizeYen } from "./normalize";
import { SourceTable } from "./table";
import { ImportReport } from "./types";
import { checkDuplicateIds } from "./validate";
import { MasterRef, readVariableItems } from "./variables";

export type { PreviousResult, PreviousResultsField } from "../calc/records/previousResults";
export { PREVIOUS_RESULTS_SCHEMA } from "../calc/records/previousResults";

export interface PreviousResultsImportResult extends ImportReport<PreviousResultsField> {
  results: PreviousResult[];
  /** rows[i] is the row of results[i] in the file. */
  rows: number[];
}

const normalizePeriod: Normalizer<string> = (text) => {
  const m = /^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:月分?)?$/.exec(text.normalize("NFKC").trim());
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) return { error: "対象年月は「2026-10」「2026/10」「2026年10月」の形で指定してください。" };
  return { value: `${m[1]}-${String(month).padStart(2, "0")}` };
};

export function importPreviousResultsTable(table: SourceTable, master: readonly MasterRef[] | undefined, mapping?: ColumnMapping<PreviousResultsField>): PreviousResultsImportResult {
  const prepared = prepare(table, PREVIOUS_RESULTS_SCHEMA, mapping, { vendors: [FREEE_WAGE_LEDGER] });
  if (prepared.fatal) return { ...prepared.report, results: [], rows: [] };
  const known = master && new Set(master.map((m) => m.id));
  const readers = prepared.rows.map((row) => new RowReader(prepared, PREVIOUS_RESULTS_SCHEMA, row));
  const records = readers.map((r) => {
    const id = r.require("id", normalizeEmployeeId);
    r.read("name", normalizeText);
    const result: PreviousResult = { employeeId: id ?? "", variables: { employeeId: id ?? "" } };
    const period = r.read("period", normalizePeriod);
    if (period) result.period = period;
    for (const f of RESULT_AMOUNTS) {
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
