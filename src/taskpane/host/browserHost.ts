/**
 * The pane without Excel (dist/app.html, or taskpane.html opened in a browser): the workbook is the same
 * plan written by the same .xlsx writer as `sonae rebuild`, offered as a download. Nothing is remembered
 * between visits: the clerk's data stays in the tab until the clerk downloads it.
 */
import type { WriteReport } from "../../workbook/excel/writer";
import type { FormulaCatalogue } from "../../workbook/xlsx/cachedValues/sonaeFormulas";
import { downloadBytes } from "../browser/download";
import type { PaneHost } from "./types";

export const NOT_IN_EXCEL = "Excel の中で開いたときだけ使えます（今はブラウザで開いています）。";
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function report(status: WriteReport["status"], written: string[], message: string): WriteReport {
  return { status, written, backups: [], removed: [], restored: [], requests: 0, largestRequestBytes: 0, message };
}

const CANCELLED = "作成を中止しました。ファイルはダウンロードしていません。";

/**
 * The host of a plain browser. `loadFormulas` brings the add-in's SONAE.* formulas (the page's entry loads
 * src/functions' registry), with which the .xlsx stores the figures Excel's add-in computes.
 */
export function createBrowserHost(loadFormulas: () => Promise<FormulaCatalogue>): PaneHost {
  return {
    kind: "browser",
    loadSetting: () => undefined,
    saveSettings: () => Promise.resolve(),
    async deliverWorkbook(plan, o) {
      o.onProgress?.({ done: 0, total: 2, sheet: "" });
      // The writer, its evaluator and the formulas are a chunk of their own, loaded on the first build.
      const [{ planToXlsx }, formulas] = await Promise.all([import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsx/writer"), loadFormulas()]);
      if (o.signal?.aborted) return report("cancelled", [], CANCELLED);
      o.onProgress?.({ done: 1, total: 2, sheet: "" });
      const bytes = await planToXlsx(plan, { valuesOnly: o.valuesOnly, formulas });
      if (o.signal?.aborted) return report("cancelled", [], CANCELLED);
      downloadBytes(bytes, o.fileName, XLSX_MIME);
      o.onProgress?.({ done: 2, total: 2, sheet: "" });
      return report("written", plan.sheets.map((s) => s.name), `「${o.fileName}」をダウンロードしました。`);
    },
    readActiveSheetCells: () => Promise.reject(new Error(`シートからの読み込みは${NOT_IN_EXCEL}`)),
    readSheetValues: () => Promise.reject(new Error(`シートの読み取りは${NOT_IN_EXCEL}`)),
  };
}
