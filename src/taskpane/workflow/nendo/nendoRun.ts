/**
 * 「年度更新（労働保険）」 as the command line runs it (cli/commands/nendo.ts): the master and each results file read
 * by the same import engine, OFFICE.json by the same reader, then the one makeNendo job — so the pane's figures,
 * its .xlsx and its JSON are the command's for the same files.
 */
import { importMasterFile, importPreviousResultsFile, type ImportResult, type PreviousResultsImportResult } from "../../../import";
import { makeNendo, type NendoOutcome, type NendoRequest } from "../../../jobs/nendo/makeNendo";
import type { NendoOffice } from "../../../jobs/nendo/office";
import type { CheckedNendoParams } from "./nendoParams";

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadNendoResults {
  file: string;
  imported: PreviousResultsImportResult;
}

export const readNendoMaster = (f: PickedFile): Promise<ImportResult> => importMasterFile(f.bytes, f.name);

/** A results file read on its own, as `--results` is: the 年度更新 matches its rows to the master itself. */
export async function readNendoResults(f: PickedFile): Promise<ReadNendoResults> {
  return { file: f.name, imported: await importPreviousResultsFile(f.bytes, f.name) };
}

/** The results files as the job takes them, each problem naming its file. */
export function nendoResultsInputs(files: readonly ReadNendoResults[]): NendoRequest["results"] {
  return files.map(({ file, imported }) => ({
    file, results: imported.results, rows: imported.rows, rejected: imported.rejected.length,
    problems: imported.problems.map((p) => ({ ...p, file })),
  }));
}

/** Why the job cannot run yet (the first thing missing), or undefined when it can. */
export function nendoBlockedReason(a: {
  master?: { name: string; result?: ImportResult };
  results: readonly { read?: ReadNendoResults; error?: string }[];
  office?: NendoOffice;
  checked: CheckedNendoParams;
}): string | undefined {
  if (!a.master) return "従業員マスタのファイルを選んでください。";
  if (!a.master.result) return "従業員マスタを読めませんでした。別のファイルを選んでください。";
  if (a.master.result.employees.length === 0) return `従業員マスタ「${a.master.name}」に使える行がありません（下の問題の一覧を見てください）。`;
  if (a.results.length === 0) return "その年度の給与計算の結果のファイルを選んでください（4月〜翌年3月の給与と賞与のすべて）。";
  if (a.results.some((r) => r.error)) return "読めない結果ファイルがあります。一覧から外してください。";
  if (!a.office) return "事業所の設定を入れてください（OFFICE.json を選ぶか、労災保険率と事業の種類を入力）。";
  if (Object.keys(a.checked.errors).length > 0) return "保険年度・締め日・見込額・申告済概算保険料額を直してください。";
  return undefined;
}

/** The job on what the clerk gave (call only when nendoBlockedReason says nothing). */
export function runNendo(a: { masterFile: string; master: ImportResult; results: readonly ReadNendoResults[]; office: NendoOffice; checked: CheckedNendoParams }): NendoOutcome {
  return makeNendo({
    master: a.master, masterFile: a.masterFile, results: nendoResultsInputs(a.results), office: a.office,
    year: a.checked.year!, closingDay: a.checked.closingDay, estimate: a.checked.estimate, declaredEstimate: a.checked.declaredEstimate,
  });
}
