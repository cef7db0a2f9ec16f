/**
 * Writes a workbook plan as an .xlsx file, for people who open it in Excel or LibreOffice: the same sheets,
 * formats and print setup as the Excel writer, every formula stored with the value Excel computes from it
 * as its cached result (cachedValues/, computed from the formulas themselves) — or, with `valuesOnly`,
 * the values alone and no formula at all, for a workbook that works without the add-in.
 *
 * What a PC without the add-in sees. The workbook asks for no recalculation on open (no fullCalcOnLoad,
 * and the calcId of current Excel: xlsx/packageParts.ts), so Excel shows the saved figures; a cell the
 * user changes is recalculated with its dependents, and those that depend on a SONAE.* function then show
 * #NAME? without the add-in. With the add-in loaded, Excel maps the stored `_xldudf_SONAE_…` names back to
 * its functions and everything recalculates live.
 *
 * The OOXML is written directly (sheet XML as UTF-8 bytes, one styles part, a streaming zip), a sheet at a
 * time, so that 100,000 employees fit in memory, deflated off the JavaScript thread; nothing here needs
 * Node (it uses Node's zlib when it is there): the plain web page calls it too.
 */
import { assertValuesStayValues } from "../safety";
import { WorkbookPlan } from "../types";
import { computePlanValues } from "./cachedValues/planValues";
import { FormulaCatalogue } from "./cachedValues/sonaeFormulas";
import { PlanValues } from "./cachedValues/values";
import { SharedStrings } from "./cellXml";
import { appXml, contentTypesXml, metadataXml, rootRelsXml, workbookRelsXml, workbookXml } from "./packageParts";
import { sheetXml } from "./sheetXml";
import { StyleBook } from "./styles";
import { joinPieces, ZipStream } from "./zipStream";

export { toStoredFormula } from "./formulaText";

export interface XlsxOptions {
  /** Values only: no formulas, for Excel without the add-in. */
  valuesOnly?: boolean;
  /** The plan's values, when the caller has computed them already (else computed here). */
  evaluation?: PlanValues;
  /** The add-in's SONAE.* formulas, to compute the values of the cells that call them (src/functions' registry). */
  formulas?: FormulaCatalogue;
}

/** Excel's worksheet size ("Excel specifications and limits", Microsoft Support). */
const EXCEL_MAX_ROWS = 1_048_576;
const EXCEL_MAX_COLS = 16_384;

/** A sheet larger than Excel's grid is refused before anything is computed, naming the sheet and the limit. */
function assertFitsExcel(plan: WorkbookPlan): void {
  for (const s of plan.sheets) {
    if (s.rows > EXCEL_MAX_ROWS || s.cols > EXCEL_MAX_COLS) {
      throw new Error(
        `シート「${s.name}」は ${s.rows.toLocaleString("ja-JP")} 行 × ${s.cols.toLocaleString("ja-JP")} 列で、Excel の1シートの上限（${EXCEL_MAX_ROWS.toLocaleString("ja-JP")} 行 × ${EXCEL_MAX_COLS.toLocaleString("ja-JP")} 列）を超えるため、.xlsx を作れません。従業員マスタを事業所や部署ごとに分けて作成してください。`,
      );
    }
  }
}

/**
 * The plan as .xlsx bytes.
 * @example await planToXlsx(plan, { valuesOnly: true }) // Uint8Array of a zip (PK…)
 */
export async function planToXlsx(plan: WorkbookPlan, o: XlsxOptions = {}): Promise<Uint8Array> {
  return joinPieces(await planToXlsxPieces(plan, o));
}

/** The plan as .xlsx, in the pieces the zip was written in (for writing to a file without one more copy). */
export async function planToXlsxPieces(plan: WorkbookPlan, o: XlsxOptions = {}): Promise<readonly Uint8Array[]> {
  assertFitsExcel(plan);
  plan.sheets.forEach(assertValuesStayValues);
  const values = o.evaluation ?? computePlanValues(plan, { formulas: o.formulas });
  const valuesOnly = o.valuesOnly ?? false;
  const styles = new StyleBook();
  const strings = new SharedStrings();
  const zip = new ZipStream();
  const dynamicArrays = !valuesOnly && plan.sheets.some((s) => s.blocks.some((b) => b.kind === "spill"));
  await zip.add("[Content_Types].xml", [contentTypesXml(plan.sheets.length, dynamicArrays)]);
  await zip.add("_rels/.rels", [rootRelsXml()]);
  await zip.add("docProps/app.xml", [appXml()]);
  await zip.add("xl/workbook.xml", [workbookXml(plan.sheets)]);
  await zip.add("xl/_rels/workbook.xml.rels", [workbookRelsXml(plan.sheets.length, dynamicArrays)]);
  for (const [i, sheet] of plan.sheets.entries()) {
    const ctx = { values: (r: number, c: number) => values.value(sheet.name, r, c), styles, strings, valuesOnly, selected: i === 0 };
    await zip.add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet, ctx));
    values.release?.(sheet.name);
  }
  await zip.add("xl/styles.xml", [styles.xml()]);
  await zip.add("xl/sharedStrings.xml", [strings.xml()]);
  if (dynamicArrays) await zip.add("xl/metadata.xml", [metadataXml()]);
  return await zip.pieces();
}
