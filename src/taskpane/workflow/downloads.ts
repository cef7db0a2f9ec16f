/** The files the pane offers for download besides the workbook: the templates and a list of problems. */
import { masterTemplateCsv } from "../../import/template";
import { variablesTemplateCsv } from "../../import/variables";
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
