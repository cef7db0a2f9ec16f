/**
 * 「届書を作る」 as the command line does it (cli/commands/todoke.ts): the master read first, each results
 * file read against its 社員番号, OFFICE.json by the same reader, then the makeTodoke job — so the pane's
 * SHFD0006.CSV is the command's, byte for byte, for the same files and 作成年月日.
 */
import * as A from "../../../calc/vocabulary";
import { CalcError } from "../../../calc/law/errors";
import type { Day } from "../../../calc/dates/calendar";
import { importMasterFile, importPreviousResultsFile, type ImportResult, type PreviousResultsImportResult } from "../../../import";
import type { Office } from "../../../todoke";
import { makeTodoke, Procedure, TodokeOutcome, TodokeRequest } from "../../../jobs/todoke/makeTodoke";

export const PROCEDURES: readonly { id: Procedure; label: string }[] = [
  { id: "santei", label: "算定基礎届" },
  { id: "geppen", label: "月額変更届" },
  { id: "shoyo", label: "賞与支払届" },
];

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadResultsFile {
  file: string;
  imported: PreviousResultsImportResult;
}

/** A results file read against the master's 社員番号 (as the command reads --results after --master). */
export async function readResultsFile(f: PickedFile, master?: ImportResult): Promise<ReadResultsFile> {
  return { file: f.name, imported: await importPreviousResultsFile(f.bytes, f.name, undefined, master?.employees) };
}

export async function readMasterFile(f: PickedFile): Promise<ImportResult> {
  return importMasterFile(f.bytes, f.name);
}

/** The results files as the job takes them: each problem naming its file. */
export function resultsInputs(files: readonly ReadResultsFile[]): TodokeRequest["results"] {
  return files.map(({ file, imported }) => ({
    file, results: imported.results, rows: imported.rows, rejected: imported.rejected.length,
    problems: imported.problems.map((p) => ({ ...p, severity: p.severity ?? "error", file })),
  }));
}

export interface TodokeParams {
  procedure: Procedure;
  /** santei: 2026, 令和8年. */
  yearText: string;
  /** shoyo: one 支給日, or blank for every bonus. */
  payDateText: string;
  /** 作成年月日 (the FD管理 record). */
  createdText: string;
}

export interface CheckedParams {
  year?: number;
  payDay?: Day;
  created?: Day;
  /** Per input, why it cannot be read (Japanese). */
  errors: Partial<Record<"year" | "payDate" | "created", string>>;
}

function read<T>(parse: () => T): T | string {
  try {
    return parse();
  } catch (e) {
    if (e instanceof CalcError) return e.message;
    throw e;
  }
}

export function checkParams(p: TodokeParams): CheckedParams {
  const out: CheckedParams = { errors: {} };
  const created = read(() => A.date(p.createdText, "作成年月日"));
  if (typeof created === "string") out.errors.created = created;
  else out.created = created;
  if (p.procedure === "santei") {
    const year = read(() => A.year(p.yearText, "算定の年"));
    if (typeof year === "string") out.errors.year = year;
    else out.year = year;
  }
  if (p.procedure === "shoyo" && p.payDateText.trim() !== "") {
    const payDay = read(() => A.date(p.payDateText, "賞与の支給日"));
    if (typeof payDay === "string") out.errors.payDate = payDay;
    else out.payDay = payDay;
  }
  return out;
}

/** The job on what the clerk gave; `employees` are the 月額変更届 candidates confirmed. */
export function runTodoke(a: { masterFile: string; master: ImportResult; results: readonly ReadResultsFile[]; office: Office; params: TodokeParams; checked: CheckedParams; employees?: readonly string[] }): TodokeOutcome {
  return makeTodoke({
    procedure: a.params.procedure, master: a.master, masterFile: a.masterFile, results: resultsInputs(a.results), office: a.office,
    created: a.checked.created!, year: a.checked.year, payDay: a.checked.payDay, employees: a.employees,
  });
}
