/** The pane inside Excel: everything goes through the Excel glue (excel/excelGlue.ts). */
import { loadSetting, readActiveSheetCells, readSheetValues, saveSettings, writePlanToExcel } from "../excel/excelGlue";
import type { PaneHost } from "./types";

export const excelHost: PaneHost = {
  kind: "excel",
  loadSetting,
  saveSettings,
  deliverWorkbook: (plan, o) => writePlanToExcel(plan, { confirmOverwrite: o.confirmOverwrite, onProgress: o.onProgress, signal: o.signal }),
  readActiveSheetCells,
  readSheetValues,
};
