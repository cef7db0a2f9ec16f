/** The files the pane offers for download besides the workbook: the templates and a list of problems. */
import { masterTemplateCsv } from "../../import/template";
import { variablesTemplateCsv } from "../../import/variables";
import { officeSettingsJson } from "../../calc/payroll/officeSettings";
import type { PayrollSettings } from "../../calc/payroll/types";
import { CsvProblem, problemsCsv } from "./problemsCsv";

export interface DownloadFile {
  bytes: Uint8Array | string;
  fileName: string;
  mimeType: string;
}

const CSV = "text/csv;charset=utf-8";

export const masterTemplateFile = (): DownloadFile => ({ bytes: masterTemplateCsv(), fileName: "sonae-従業員マスタ-テンプレート.csv", mimeType: CSV });

export const variablesTemplateFile = (): DownloadFile => ({ bytes: variablesTemplateCsv(), fileName: "sonae-勤怠変動-テンプレート.csv", mimeType: CSV });

export const problemsFile = (problems: readonly CsvProblem[], source: string): DownloadFile => ({ bytes: problemsCsv(problems), fileName: `問題一覧_${source}.csv`, mimeType: CSV });

/** The office's 設定 as the command line's --settings reads it (docs/settings.md): the same file, so the CLI computes as the pane does. */
export const settingsFile = (settings: PayrollSettings): DownloadFile => ({ bytes: officeSettingsJson(settings), fileName: "settings.json", mimeType: "application/json;charset=utf-8" });
