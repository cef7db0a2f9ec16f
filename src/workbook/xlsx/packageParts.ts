/**
 * The package parts around the worksheets: content types, relationships, the workbook part (sheets,
 * print areas, calculation properties) and the dynamic-array metadata part.
 */
import { area, quoteSheet } from "../address";
import { SheetPlan } from "../types";
import { esc, NS_MAIN, NS_REL, XML_HEAD } from "./xml";

const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function contentTypesXml(sheets: number, metadata: boolean): string {
  const over = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    over("/xl/workbook.xml", `${CT}.sheet.main+xml`) +
    Array.from({ length: sheets }, (_, i) => over(`/xl/worksheets/sheet${i + 1}.xml`, `${CT}.worksheet+xml`)).join("") +
    over("/xl/styles.xml", `${CT}.styles+xml`) +
    over("/xl/sharedStrings.xml", `${CT}.sharedStrings+xml`) +
    (metadata ? over("/xl/metadata.xml", `${CT}.sheetMetadata+xml`) : "") +
    "</Types>"
  );
}

export function rootRelsXml(): string {
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
}

export function workbookRelsXml(sheets: number, metadata: boolean): string {
  const rel = (id: number, type: string, target: string) => `<Relationship Id="rId${id}" Type="${REL}/${type}" Target="${target}"/>`;
  const items = Array.from({ length: sheets }, (_, i) => rel(i + 1, "worksheet", `worksheets/sheet${i + 1}.xml`));
  items.push(rel(sheets + 1, "styles", "styles.xml"), rel(sheets + 2, "sharedStrings", "sharedStrings.xml"));
  if (metadata) items.push(rel(sheets + 3, "sheetMetadata", "metadata.xml"));
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}

/**
 * The calculation engine id of Excel 2019 and Microsoft 365. Excel recalculates every formula of a file
 * whose calcId is lower than its own engine's on open ("If the value is less than the recalculation
 * engine identifier associated with the application, the application will recalculate the results of
 * all formulas on this workbook immediately after loading the file", [MS-XLS] 2.4.219 RecalcId, the
 * binary form of calcPr/@calcId) — which, on a PC without the add-in, would turn every SONAE cell and
 * its dependents into #NAME?. With it, and without fullCalcOnLoad (ECMA-376 Part 1 §18.2.2), Excel shows
 * the saved values and recalculates only what the user changes. A later engine would recalculate anyway.
 */
export const EXCEL_CALC_ID = 191029;

/** The absolute print area as Excel writes it: '給与明細'!$A$1:$H$132 (LibreOffice drops mixed references). */
export function printAreaRef(sheet: SheetPlan): string | undefined {
  const p = sheet.print?.printArea;
  if (!p) return undefined;
  const abs = (a: string) => a.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `${quoteSheet(sheet.name)}!${abs(area(p.row, p.col, p.rows, p.cols))}`;
}

export function workbookXml(sheets: SheetPlan[]): string {
  const list = sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const names = sheets
    .map((s, i) => [printAreaRef(s), i] as const)
    .filter(([ref]) => ref !== undefined)
    .map(([ref, i]) => `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${esc(ref!)}</definedName>`)
    .join("");
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>` +
    `<sheets>${list}</sheets>${names ? `<definedNames>${names}</definedNames>` : ""}<calcPr calcId="${EXCEL_CALC_ID}"/></workbook>`
  );
}

/**
 * xl/metadata.xml with the one cell-metadata record every dynamic array points at (`cm="1"`): metadata
 * type XLDAPR whose future-metadata extension {bdbb8cdc-fa1e-496e-a857-3c3f30c029c3} holds
 * `xda:dynamicArrayProperties fDynamic="1"` ([MS-XLSX] 2.3.x dynamicarray schema,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/878c8ac4-8548-4bfb-9ad4-b1378e0efed1).
 */
export function metadataXml(): string {
  return (
    `${XML_HEAD}<metadata xmlns="${NS_MAIN}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">` +
    '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
    '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
    '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>'
  );
}
