/**
 * The 年末調整 staff list (templates/nencho-template.csv, documented in docs/nencho.md): its columns, the
 * reading of a CSV into parsed rows with every problem named by row, column and reason, and the
 * YearEndInput of a row. Shared by `sonae nencho` (src/cli/commands/nencho.ts), the 年末調整検算 workbook
 * (src/workbook/yearEndPlan.ts) and the task pane — one reader, so the three never disagree on a cell.
 * No file access here: the caller gives the bytes.
 */
import * as A from "../functions/args";
import { CalcError } from "../calc/law/errors";
import { YearEndInput } from "../calc/yearEnd/types";
import { decodeText } from "./decode";
import { guessDelimiter, parseCsv } from "./csv";
import { aboveHeaderProblem, DataColumns, findHeaderRow, holdsData, isBlankRow } from "./header";

// ---- columns of the template -----------------------------------------------------------------

export type Row = Partial<Record<Key, unknown>>;
export type Key =
  | "id" | "name" | "salary" | "socialInsurance" | "declaredSocialInsurance" | "smallEnterprise" | "withheld" | "otherIncome"
  | "spouseIncome" | "spouseElderly" | "general" | "specific" | "elderly" | "elderlyParents" | "specificRelatives"
  | "disabled" | "speciallyDisabled" | "speciallyDisabledCohabiting" | "widow" | "singleParent" | "workingStudent"
  | "youngDependent" | "incomeAdjustment" | "newGeneral" | "oldGeneral" | "careMedical" | "newPension" | "oldPension"
  | "earthquake" | "oldLongTerm" | "housingLoanCredit" | "systemAnnualTax" | "systemBalance";

export interface Column {
  key: Key;
  header: string;
  parse: A.Parser<unknown>;
  required?: boolean;
}

const text: A.Parser<string> = (raw) => String(raw).trim();

/** A signed amount: 過不足額 from a payroll system, negative = 不足 (徴収). "▲1,000" and "△1,000" are negative. */
const signedYen: A.Parser<number> = (raw, label) => {
  const t = String(raw).normalize("NFKC").trim();
  const negative = /^[-▲△]/.test(t);
  const magnitude = A.yen(t.replace(/^[-+▲△]\s*/, ""), label);
  return negative ? -magnitude : magnitude;
};

/** Several amounts in one cell, separated by "/" "／" ";" or "、" (one 特定親族 each). */
const yenList: A.Parser<number[]> = (raw, label) =>
  String(raw).split(/[/／;；、]/).map((s) => s.trim()).filter((s) => s !== "").map((s) => A.yen(s, label));

const people = A.wholeNumber(0, 99);

export const COLUMNS: readonly Column[] = [
  { key: "id", header: "社員番号", parse: text, required: true },
  { key: "name", header: "氏名", parse: text },
  { key: "salary", header: "支給総額", parse: A.yen, required: true },
  { key: "socialInsurance", header: "社会保険料", parse: A.yen, required: true },
  { key: "declaredSocialInsurance", header: "申告による社会保険料", parse: A.yen },
  { key: "smallEnterprise", header: "小規模企業共済等掛金", parse: A.yen },
  { key: "withheld", header: "源泉徴収済額", parse: A.yen, required: true },
  { key: "otherIncome", header: "給与以外の所得", parse: A.yen },
  { key: "spouseIncome", header: "配偶者の合計所得金額", parse: A.yen },
  { key: "spouseElderly", header: "老人控除対象配偶者", parse: A.bool },
  { key: "general", header: "一般の扶養親族", parse: people },
  { key: "specific", header: "特定扶養親族", parse: people },
  { key: "elderly", header: "老人扶養親族", parse: people },
  { key: "elderlyParents", header: "同居老親等", parse: people },
  { key: "specificRelatives", header: "特定親族の合計所得金額", parse: yenList },
  { key: "disabled", header: "障害者", parse: people },
  { key: "speciallyDisabled", header: "特別障害者", parse: people },
  { key: "speciallyDisabledCohabiting", header: "同居特別障害者", parse: people },
  { key: "widow", header: "寡婦", parse: A.bool },
  { key: "singleParent", header: "ひとり親", parse: A.bool },
  { key: "workingStudent", header: "勤労学生", parse: A.bool },
  { key: "youngDependent", header: "23歳未満の扶養親族", parse: A.bool },
  { key: "incomeAdjustment", header: "所得金額調整控除", parse: A.bool },
  { key: "newGeneral", header: "一般の生命保険料（新）", parse: A.yen },
  { key: "oldGeneral", header: "一般の生命保険料（旧）", parse: A.yen },
  { key: "careMedical", header: "介護医療保険料", parse: A.yen },
  { key: "newPension", header: "個人年金保険料（新）", parse: A.yen },
  { key: "oldPension", header: "個人年金保険料（旧）", parse: A.yen },
  { key: "earthquake", header: "地震保険料", parse: A.yen },
  { key: "oldLongTerm", header: "旧長期損害保険料", parse: A.yen },
  { key: "housingLoanCredit", header: "住宅借入金等特別控除額", parse: A.yen },
  { key: "systemAnnualTax", header: "システム年調年税額", parse: A.yen },
  { key: "systemBalance", header: "システム過不足額", parse: signedYen },
];

/** Headers compare after NFKC (full-width parentheses and digits), without spaces. */
export const fold = (h: string) => h.normalize("NFKC").replace(/\s+/g, "").replace(/^\uFEFF/, "");

export interface RowError {
  row: number;
  column: string;
  message: string;
}

export function toInput(row: Row, year: number): YearEndInput {
  const n = (k: Key) => (row[k] as number | undefined) ?? 0;
  const b = (k: Key) => (row[k] as boolean | undefined) ?? false;
  const young = b("youngDependent");
  return {
    year,
    salary: n("salary"),
    socialInsurance: n("socialInsurance"),
    declaredSocialInsurance: n("declaredSocialInsurance"),
    smallEnterpriseMutualAid: n("smallEnterprise"),
    otherIncome: n("otherIncome"),
    withheld: n("withheld"),
    spouse: row.spouseIncome === undefined ? undefined : { totalIncome: n("spouseIncome"), elderly: b("spouseElderly") },
    dependents: { general: n("general"), specific: n("specific"), elderly: n("elderly"), elderlyParents: n("elderlyParents") },
    specificRelatives: (row.specificRelatives as number[] | undefined) ?? [],
    personal: {
      disabled: n("disabled"), speciallyDisabled: n("speciallyDisabled"), speciallyDisabledCohabiting: n("speciallyDisabledCohabiting"),
      widow: b("widow"), singleParent: b("singleParent"), workingStudent: b("workingStudent"),
    },
    youngDependent: young,
    // Blank: a 23歳未満の扶養親族 makes the employee eligible (租税特別措置法第41条の3の3第1項第2号).
    incomeAdjustmentEligible: row.incomeAdjustment === undefined ? young : b("incomeAdjustment"),
    lifePremiums: { newGeneral: n("newGeneral"), oldGeneral: n("oldGeneral"), careMedical: n("careMedical"), newPension: n("newPension"), oldPension: n("oldPension") },
    earthquakePremiums: { earthquake: n("earthquake"), oldLongTerm: n("oldLongTerm") },
    housingLoanCredit: n("housingLoanCredit"),
  };
}

// ---- rows ----------------------------------------------------------------------------------

/** One employee's row as read: the parsed cells, and the problems of the row (empty when it is usable). */
export interface StaffRow {
  /** The line of the file the row starts on (the header is 1). */
  row: number;
  id: string;
  name: string;
  fields: Row;
  errors: RowError[];
  /** The raw cells, for a reader who wants to see what was there. */
  cells: string[];
}

/** Parse one body row against the header's columns (index: position → column; width: the header's length). */
export function parseStaffRow(rowNo: number, cells: string[], index: Map<number, Column>, width: number): StaffRow {
  const errors: RowError[] = [];
  const row: Row = {};
  index.forEach((col, i) => {
    const raw = cells[i] ?? "";
    if (A.isBlank(raw.trim())) {
      if (col.required) errors.push({ row: rowNo, column: col.header, message: `${col.header} が空欄です。` });
      return;
    }
    try {
      row[col.key] = col.parse(raw, col.header);
    } catch (e) {
      if (!(e instanceof CalcError)) throw e;
      errors.push({ row: rowNo, column: col.header, message: e.message });
    }
  });
  if (cells.slice(width).some((c) => c.trim() !== "")) {
    errors.push({ row: rowNo, column: `${width + 1}列目以降`, message: `見出しのない列に値があります（見出しは ${width} 列）。` });
  }
  return { row: rowNo, id: String(row.id ?? cells[0] ?? ""), name: String(row.name ?? ""), fields: row, errors, cells };
}

export interface StaffList {
  encoding: string;
  rows: StaffRow[];
  /** Header columns that are not the template's (ignored), in Japanese, without a prefix. */
  warnings: string[];
  /** The header line as read (to show a problem's raw value by its column). */
  header?: string[];
  /** Why the file cannot be read at all (empty, duplicate or missing required column); rows is then empty. */
  fatal?: string;
}

/**
 * Read a staff list: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Shift_JIS (Excel's
 * 「CSV」); comma or tab separated. Empty lines are not employees; every other line is a row, bad or not.
 * @example readStaffList(fs.readFileSync("examples/nencho-staff.csv")).rows.length // 6
 */
export function readStaffList(bytes: Uint8Array): StaffList {
  let records: string[][];
  let lines: number[];
  let encoding = "";
  try {
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    const table = parseCsv(decoded.text, guessDelimiter(decoded.text));
    records = table.rows;
    lines = table.rowNumbers;
  } catch (e) {
    return { encoding, rows: [], warnings: [], fatal: e instanceof Error ? e.message : String(e) };
  }
  const byHeader = new Map(COLUMNS.map((c) => [fold(c.header), c]));
  const h = findHeaderRow(records, (cells) => cells.filter((c) => byHeader.has(fold(c))).length);
  if (h < 0) return { encoding, rows: [], warnings: [], fatal: "CSV が空です。1行目に見出し（templates/nencho-template.csv）が必要です。" };
  const header = records[h];
  const at = `${lines[h]}行目`;
  const index = new Map<number, Column>();
  const seen = new Set<Key>();
  const warnings: string[] = [];
  for (const [i, hd] of header.entries()) {
    const col = byHeader.get(fold(hd));
    if (!col) {
      if (hd.trim() !== "") warnings.push(`${at} 列「${hd}」は使いません（docs/nencho.md の見出しと一致しません）。`);
      continue;
    }
    if (seen.has(col.key)) return { encoding, rows: [], warnings, fatal: `${at} 列「${col.header}」が重複しています。` };
    seen.add(col.key);
    index.set(i, col);
  }
  const missing = COLUMNS.filter((c) => c.required && !seen.has(c.key)).map((c) => `「${c.header}」`);
  if (missing.length > 0) {
    return { encoding, rows: [], warnings, fatal: `必須の列 ${missing.join("")} がありません（templates/nencho-template.csv を使ってください）。` };
  }
  const rows: StaffRow[] = [];
  records.forEach((cells, i) => {
    if (i > h && !isBlankRow(cells)) rows.push(parseStaffRow(lines[i], cells, index, header.length)); // an empty line is not an employee
  });
  const columns = { read: [...index.keys()], required: [...index].filter(([, c]) => c.required).map(([i]) => i), id: [...index].find(([, c]) => c.key === "id")![0] };
  const above = rowsAbove(records.slice(0, h), lines, lines[h], columns);
  return { encoding, rows: [...above, ...rows], warnings, header };
}

/** Rows above the header that hold data (title rows are left out): each a row with one error naming its line. */
function rowsAbove(records: string[][], lines: number[], headerLine: number, columns: DataColumns): StaffRow[] {
  return records.flatMap((cells, i) => {
    if (!holdsData(cells, columns)) return [];
    const p = aboveHeaderProblem(lines[i], headerLine);
    return [{ row: lines[i], id: (cells[columns.id!] ?? "").trim(), name: "", fields: {}, errors: [{ row: p.row, column: "（行全体）", message: p.message }], cells }]; // the staff list's reporters always name a column
  });
}
