/**
 * The first worksheet of an .xlsx workbook → rows of text (ECMA-376 SpreadsheetML). Cells are given as
 * the user sees their value, not their formatting: shared and inline strings as text, numbers in their
 * shortest form ("300000", "0.095"), booleans as TRUE/FALSE, formula cells by their cached value, error
 * cells by their code ("#N/A"). Dates are numbers in Excel and stay serials here ("31138"); the date
 * normaliser reads serials, and `date1904` says whether they count from 1904 (Mac workbooks).
 */
import { Table } from "./csv";
import { listZip, readZipEntry, ZipEntry } from "./zip";
import { attributes, decodeEntities, decodeXstring, elements, stringItemText } from "./xml";
import { ImportError } from "./types";

export interface Worksheet extends Table {
  sheetName: string;
  /** The workbook uses the 1904 date system: serial 0 is 1904-01-01. */
  date1904: boolean;
}

async function part(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string): Promise<string | undefined> {
  const entry = entries.get(name) ?? [...entries.values()].find((e) => e.name.toLowerCase() === name.toLowerCase());
  if (!entry) return undefined;
  return new TextDecoder("utf-8").decode(await readZipEntry(bytes, entry));
}

/** Resolve a relationship target against the folder of the part that declares it (OPC, ECMA-376 Part 2). */
function resolveTarget(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ["xl"];
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** "AB12" → column index 27 (0-based); undefined when the reference has no letters. */
function columnIndex(ref: string): number | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return i === 0 ? undefined : col - 1;
}

const VALUE = /<(?:[\w.-]+:)?v>([\s\S]*?)<\/(?:[\w.-]+:)?v\s*>/;
const INLINE = /<(?:[\w.-]+:)?is>([\s\S]*?)<\/(?:[\w.-]+:)?is\s*>/;

function cellText(type: string | undefined, body: string, shared: string[]): string {
  if (type === "inlineStr") {
    const is = INLINE.exec(body);
    return is ? stringItemText(is[1]) : "";
  }
  const v = VALUE.exec(body);
  const raw = v ? decodeEntities(v[1]) : "";
  switch (type) {
    case "s": {
      const s = shared[Number(raw)];
      if (s === undefined) throw new ImportError(`Excel ブックの共有文字列 ${raw} 番が見つかりません。Excel で保存し直してください。`);
      return s;
    }
    case "b":
      return raw === "1" ? "TRUE" : raw === "0" ? "FALSE" : raw;
    case "str":
    case "e":
    case "d":
      return decodeXstring(raw);
    default: {
      // Numbers: Excel may store 0.095 as 9.5000000000000001E-2; show the shortest form that round-trips.
      if (raw === "") return "";
      const n = Number(raw);
      return Number.isFinite(n) ? String(n) : raw;
    }
  }
}

/** Start tags of rows and cells, in document order (any namespace prefix). */
const ROW_OR_CELL = /<([\w.-]+:)?(row|c)(?=[\s/>])([^>]*?)(\/?)>/g;
const R_ATTR = /(?:^|\s)r\s*=\s*["']([^"']*)["']/;
const T_ATTR = /(?:^|\s)t\s*=\s*["']([^"']*)["']/;

/** The sheet's rows of text: one pass over <row> and <c> start tags; a cell's body ends at its </c>. */
function readSheetData(xml: string, shared: string[]): Table {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let cells: string[] | undefined;
  let rowNumber = 0;
  let col = -1;
  ROW_OR_CELL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROW_OR_CELL.exec(xml))) {
    const [, prefix = "", name, attrs, selfClosing] = m;
    const r = R_ATTR.exec(attrs)?.[1];
    if (name === "row") {
      rowNumber = r ? Number(r) : rowNumber + 1;
      cells = [];
      col = -1;
      rows.push(cells);
      rowNumbers.push(rowNumber);
      continue;
    }
    if (!cells) continue;
    col = (r ? columnIndex(r) : undefined) ?? col + 1;
    let body = "";
    if (!selfClosing) {
      const close = xml.indexOf(`</${prefix}c>`, ROW_OR_CELL.lastIndex);
      const end = close < 0 ? xml.length : close;
      body = xml.slice(ROW_OR_CELL.lastIndex, end);
      ROW_OR_CELL.lastIndex = end;
    }
    const text = cellText(T_ATTR.exec(attrs)?.[1], body, shared);
    while (cells.length < col) cells.push("");
    cells[col] = text;
  }
  return { rows, rowNumbers };
}

export async function readXlsx(bytes: Uint8Array): Promise<Worksheet> {
  const entries = listZip(bytes);
  const workbook = await part(bytes, entries, "xl/workbook.xml");
  if (workbook === undefined) throw new ImportError("Excel ブック（.xlsx）の中にブック本体（xl/workbook.xml）がありません。.xlsx 形式で保存し直してください。");
  const first = elements(workbook, "sheet").next();
  if (first.done) throw new ImportError("Excel ブックにワークシートがありません。");
  const sheet = attributes(first.value.attrs);
  const date1904 = [...elements(workbook, "workbookPr")].some((e) => /^(1|true)$/.test(attributes(e.attrs).date1904 ?? ""));

  const rels = (await part(bytes, entries, "xl/_rels/workbook.xml.rels")) ?? "";
  let sheetPath = "xl/worksheets/sheet1.xml";
  let sharedPath = "xl/sharedStrings.xml";
  for (const r of elements(rels, "Relationship")) {
    const a = attributes(r.attrs);
    if (a.Id === sheet["r:id"] || (sheet["r:id"] === undefined && a.Id === sheet.id)) sheetPath = resolveTarget(a.Target);
    if ((a.Type ?? "").endsWith("/sharedStrings")) sharedPath = resolveTarget(a.Target);
  }

  const sharedXml = (await part(bytes, entries, sharedPath)) ?? "";
  const shared: string[] = [];
  for (const si of elements(sharedXml, "si")) shared.push(stringItemText(si.body));

  const sheetXml = await part(bytes, entries, sheetPath);
  if (sheetXml === undefined) throw new ImportError(`Excel ブックの最初のシート「${sheet.name ?? ""}」の中身（${sheetPath}）がありません。Excel で保存し直してください。`);

  const { rows, rowNumbers } = readSheetData(sheetXml, shared);
  return { rows, rowNumbers, sheetName: sheet.name ?? "", date1904 };
}

/** ZIP local file header: an .xlsx (or any OOXML package). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The old binary .xls (OLE2 compound file). */
export function looksLikeXls(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}
