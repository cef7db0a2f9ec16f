/**
 * The optional files (振込口座・勤怠・前回の結果・法令データ) as the pane shows them: reading, read (what was
 * found, in words, with the counts of problems), or why they could not be read.
 */
import type { BankImportResult, ImportReport, PreviousResultsImportResult, VariablesImportResult } from "../../import";
import { describeRowCounts } from "../../import/header";
import { SHAROUMU_BANK_PRESET } from "../../import/presets";
import type { ColumnMapping } from "../../import/columnMapping";
import { encodingLabel } from "./review";
import { presetNotice } from "./fileLayout";
import { LawFileState, lawFileSummary } from "./lawFile";
import type { SideFile } from "./wizard";

export type SideFileView =
  | { status: "none" }
  | { status: "loading"; fileName: string }
  | { status: "loaded"; fileName: string; summary: string; errors: number; warnings: number }
  | { status: "failed"; fileName: string; message: string };

function sideView<R extends ImportReport>(file: SideFile<R>, describe: (result: R) => string): SideFileView {
  if (file.status !== "loaded") return file;
  return {
    status: "loaded",
    fileName: file.fileName,
    summary: `${describe(file.result)}（文字コード: ${encodingLabel(file.result.encoding)}）`,
    errors: file.result.problems.filter((p) => p.severity === "error").length,
    warnings: file.result.problems.filter((p) => p.severity === "warning").length,
  };
}

export function bankFileView(file: SideFile<BankImportResult>): SideFileView {
  return sideView(file, (result) => {
    const preset = result.mapping.preset === SHAROUMU_BANK_PRESET.id ? `「${SHAROUMU_BANK_PRESET.name}」の形式として読み、預金種目を全銀のコードに直しました。` : "";
    return `${preset}${presetText(result.mapping)}口座のある従業員 ${result.employees.filter((e) => e.bank).length}人`;
  });
}

/** 「「KING OF TIME 月別データ」として読みました。」 before the counts, when a vendor preset mapped the file. */
const presetText = (mapping: ColumnMapping) => presetNotice(mapping)?.text ?? "";

export function variablesFileView(file: SideFile<VariablesImportResult>): SideFileView {
  // The preset of the 勤怠 file is said in its layout section, with the means to turn it off.
  return sideView(file, (result) => `${result.variables.length}人分の勤怠・変動項目・${describeRowCounts(result.rowCounts).replace(/。$/, "")}`);
}

export function previousFileView(file: SideFile<PreviousResultsImportResult>): SideFileView {
  return sideView(file, (result) => `${presetText(result.mapping)}${result.results.length}人分の前回の結果・${describeRowCounts(result.rowCounts).replace(/。$/, "")}`);
}

export function lawFileView(file: LawFileState): SideFileView {
  if (file.status === "loaded") return { status: "loaded", fileName: file.fileName, summary: lawFileSummary(file.law), errors: 0, warnings: file.law.notices.length };
  if (file.status === "failed") return { status: "failed", fileName: file.fileName, message: file.problems.join("\n") };
  return file;
}
