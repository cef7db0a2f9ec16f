/**
 * Import of the payroll system's last results, per employee: the amounts of the payroll line (for 検算,
 * the reconciliation of Sonae's figures against the system's) and the variable inputs (for 前月同額,
 * prefilling this month's 勤怠・変動 sheet). An unknown 社員番号 is a warning here: someone who has left
 * since is normal in last month's results.
 */
import { isProvisionalNote, ITEM_AMOUNTS, PREVIOUS_RESULTS_SCHEMA, PreviousResult, PreviousResultsField, RESULT_AMOUNTS, ResultKind } from "../calc/records/previousResults";
import { RESULTS_VENDORS } from "./vendors/monthlyPresets";
import { finish, prepare, RowReader } from "./engine";
import { ColumnMapping } from "./mapping";
import { fold, Normalizer, normalizeCount, normalizeDate, normalizeEmployeeId, normalizeSignedYen, normalizeText, normalizeYen } from "./normalize";
import { SourceTable } from "./table";
import { ImportReport } from "./types";
import { checkDuplicateIds } from "./validate";
import { MasterRef, readVariableItems } from "./variables";
import { readWagePeriod } from "./wagePeriodCells";

export type { PreviousResult, PreviousResultsField, ResultKind } from "../calc/records/previousResults";
export { PREVIOUS_RESULTS_SCHEMA, RESULTS_HEADERS } from "../calc/records/previousResults";

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

const normalizeKind: Normalizer<ResultKind> = (text) => {
  const t = fold(text).replace(/\s+/g, "");
  if (["給与", "給料", "月給", "給与支給"].includes(t)) return { value: "給与" };
  if (["賞与", "ボーナス", "賞与支給"].includes(t)) return { value: "賞与" };
  return { error: "種別は「給与」か「賞与」です。" };
};

/** 給与計算の基礎日数: a whole number of days, 0–31 (the 届書 field is two digits). */
const normalizeBasisDays: Normalizer<number> = (text, context) => {
  const r = normalizeCount(0, 31)(text.replace(/\s*日$/, ""), context);
  return "error" in r ? { error: "基礎日数は 0〜31 の整数（日）で書いてください。" } : r;
};

/** The payment fields (種別, 支給日, 基礎日数, 現物給与, 固定的賃金) of one row into the result. */
function readPayment(r: RowReader<PreviousResultsField>, result: PreviousResult): void {
  const kind = r.read("kind", normalizeKind);
  if (kind !== undefined || r.hasColumn("kind")) result.kind = kind ?? "給与";
  const payDate = r.read("payDate", normalizeDate);
  if (payDate !== undefined) result.payDate = payDate;
  const basisDays = r.read("basisDays", normalizeBasisDays);
  if (basisDays !== undefined) result.basisDays = basisDays;
  const inKind = r.read("inKind", normalizeYen);
  if (inKind !== undefined || r.hasColumn("inKind")) result.inKind = inKind ?? 0;
  const fixedWage = r.read("fixedWage", normalizeYen);
  if (fixedWage !== undefined) result.fixedWage = fixedWage;
}

/** The amount of each kind of wage and the 扶養親族等の数, for the 賃金台帳 and the 源泉徴収簿 (a blank cell is 0 there). */
function readLedgerItems(r: RowReader<PreviousResultsField>, result: PreviousResult): void {
  const dependents = r.read("dependents", normalizeCount(0, 99));
  if (dependents !== undefined) result.dependents = dependents;
  for (const f of ITEM_AMOUNTS) {
    if (!r.hasColumn(f.key)) continue;
    result.items ??= {};
    result.items[f.key] = r.read(f.key, normalizeYen) ?? 0;
  }
}

/**
 * One row per person and payment: with 種別 or 支給日 columns the file may hold a year (a 給与 and a 賞与 of
 * the same person, or several months), and a repeat is the same 社員番号, 種別 and 支給日 twice; without
 * them it is one month and the 社員番号 alone must not repeat.
 */
function checkDuplicatePayments(readers: RowReader<PreviousResultsField>[], records: (PreviousResult | undefined)[]): void {
  if (!readers.some((r) => r.hasColumn("kind") || r.hasColumn("payDate"))) {
    checkDuplicateIds(readers, "id");
    return;
  }
  const seen = new Map<string, RowReader<PreviousResultsField>[]>();
  records.forEach((rec, i) => {
    if (!rec) return;
    const key = [rec.employeeId, rec.kind ?? "給与", rec.payDate ?? rec.period ?? ""].join("\u0000");
    seen.set(key, [...(seen.get(key) ?? []), readers[i]]);
  });
  for (const list of seen.values()) {
    if (list.length < 2) continue;
    const rows = list.map((r) => `${r.row}行目`).join("・");
    for (const r of list) r.add("id", "error", `同じ社員番号・種別・支給日の行が複数（${rows}）あります。どれが正しいか決めて、1行にしてください。`);
  }
}

export function importPreviousResultsTable(table: SourceTable, master: readonly MasterRef[] | undefined, mapping?: ColumnMapping<PreviousResultsField>): PreviousResultsImportResult {
  const prepared = prepare(table, PREVIOUS_RESULTS_SCHEMA, mapping, { vendors: RESULTS_VENDORS });
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
    readPayment(r, result);
    readLedgerItems(r, result);
    readWagePeriod(r, result);
    readVariableItems(r, result.variables);
    if (isProvisionalNote(r.read("note", normalizeText) ?? "")) result.provisional = true;
    if (id !== undefined && known && !known.has(id)) r.add("id", "warning", "この社員番号は従業員マスタにありません（退職者など）。検算・前月同額には使われません。");
    return r.failed ? undefined : result;
  });
  checkDuplicatePayments(readers, records);
  const { records: results, rows, report } = finish(prepared, readers.map((reader, i) => ({ reader, record: records[i] })));
  return { ...report, results, rows };
}
