/** The 年度更新 workbook: the 算定基礎賃金集計表 and the figures to copy onto the 申告書, as a plan for the .xlsx writer. */
import type { WorkbookPlan } from "../../../workbook/types";
import type { NendoOffice } from "../office";
import type { NendoResult } from "../nendo";
import { declarationSheet } from "./declarationSheet";
import { summarySheet } from "./summarySheet";

export { DECLARATION_SHEET } from "./declarationSheet";
export { SUMMARY_SHEET } from "./summarySheet";

/** @example planNendoWorkbook(result, office, 2026).sheets.map((s) => s.name) // ["申告書に転記", "算定基礎賃金集計表"] */
export function planNendoWorkbook(result: NendoResult, office: NendoOffice, year: number): WorkbookPlan {
  return { sheets: [declarationSheet(result, office, year), summarySheet(result, office, year)] };
}
