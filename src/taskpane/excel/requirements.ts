/// <reference types="office-js" />
/**
 * The Excel JavaScript API requirement set the pane needs, and a check of the user's Excel before writing.
 * The manifest declares the same set in <Requirements> (Office then does not offer the add-in to an Excel
 * without it); the runtime check is the documented complement ("Check for API availability at runtime",
 * https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime) and says in
 * Japanese what is missing, should the add-in be loaded anyway.
 */

/**
 * Every Excel JS member the writer and the glue call that needs more than ExcelApi 1.1, with its set (the
 * `[Api set: …]` tag of each member in @types/office-js; test/build/manifest.test.ts reads them back).
 */
export const EXCEL_API_MEMBERS: Record<string, string> = {
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.rowHeight": "1.2",
  "Range.columnHidden": "1.2",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "ConditionalFormatCollection.add": "1.6",
  "Worksheet.copy": "1.7",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.tabColor": "1.7",
  "Worksheet.freezePanes": "1.7",
  "Range.autoFill": "1.9",
  "Worksheet.pageLayout": "1.9",
  "PageLayout.setPrintArea": "1.9",
  "PageLayout.zoom": "1.9",
  "Worksheet.horizontalPageBreaks": "1.9",
};

/** The highest set of EXCEL_API_MEMBERS: what the manifest declares. */
export const EXCEL_API_VERSION = Object.values(EXCEL_API_MEMBERS).reduce((a, b) => (Number(b) > Number(a) ? b : a));

/** What the features of the highest set are, for the user. */
const WHAT_NEEDS_IT = "印刷の設定・改ページ・給与明細の複写";

/**
 * A Japanese message when this Excel lacks the requirement set, else undefined. Where Office cannot tell
 * (no requirements API, e.g. outside a host), nothing is claimed missing.
 */
export function missingExcelFeatures(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  let supported: boolean | undefined;
  try {
    supported = Office.context?.requirements?.isSetSupported?.("ExcelApi", EXCEL_API_VERSION);
  } catch {
    supported = undefined;
  }
  if (supported !== false) return undefined;
  return (
    `この Excel ではブックを作成できません。ブックの作成に必要な機能（${WHAT_NEEDS_IT}。Excel JavaScript API ${EXCEL_API_VERSION}）がありません。` +
    "Microsoft 365 版の Excel、Excel 2021 以降、または Excel on the web で開いてください。"
  );
}
