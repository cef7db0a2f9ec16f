/**
 * The ledgers as a workbook plan (values only: a ledger is a record, not a calculation): a sheet 「賃金台帳」 and
 * a sheet 「源泉徴収簿」, one block per employee, each block starting a new printed page (A4 landscape for the
 * 賃金台帳's thirteen and more columns, portrait for the 源泉徴収簿).
 */
import type { Block, FormatArea, PlanValue, SheetPlan, WorkbookPlan } from "../../workbook/types";
import type { EmployeeLedger, Ledgers } from "./ledger";
import { BONUS_BOOK_HEADERS, BookRow, BookTotals, SALARY_BOOK_HEADERS } from "./withholdingBook";
import { YEAR_END_FIELDS } from "./yearEndBlock";

export const WAGE_LEDGER_SHEET = "賃金台帳";
export const WITHHOLDING_BOOK_SHEET = "源泉徴収簿";

const YEN = "#,##0";
const HEADER_FILL = "#DDEBF7";
const MARGINS = { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 };
/** Rows of the 賃金台帳 holding days or hours (General: 7.5 stays 7.5); the others are yen. */
const COUNT_ROWS = new Set(["労働日数", "労働時間数", "時間外労働時間数", "休日労働時間数", "深夜労働時間数"]);
const TEXT_ROWS = new Set(["賃金計算期間", "支給日"]);

/** Rows written top to bottom, with the formats of each, and where each block starts. */
class SheetWriter {
  rows: PlanValue[][] = [];
  formats: FormatArea[] = [];
  breaks: number[] = [];
  heights: { row: number; rows: number; height: number }[] = [];
  add(values: PlanValue[], format?: Omit<FormatArea, "row" | "col" | "rows" | "cols">, cols = values.length): number {
    const row = this.rows.length;
    this.rows.push(values);
    if (format) this.formats.push({ row, col: 0, rows: 1, cols: Math.max(1, cols), ...format });
    return row;
  }
  format(row: number, col: number, cols: number, format: Omit<FormatArea, "row" | "col" | "rows" | "cols">): void {
    this.formats.push({ row, col, rows: 1, cols, ...format });
  }
  sheet(name: string, widths: number[], orientation: "Portrait" | "Landscape", scale: number): SheetPlan {
    const cols = Math.max(widths.length, ...this.rows.map((r) => r.length));
    const values = this.rows.map((r) => [...r, ...Array<PlanValue>(cols - r.length).fill(null)]);
    const blocks: Block[] = values.length === 0 ? [] : [{ kind: "values", row: 0, col: 0, values }];
    return {
      name, rows: Math.max(1, values.length), cols, blocks, formats: this.formats, columnWidths: widths, rowHeights: this.heights,
      print: { paper: "A4", orientation, pageBreaks: this.breaks.slice(1), margins: MARGINS, centerHorizontally: true, scale },
    };
  }
}

const who = (l: EmployeeLedger): PlanValue[] => ["氏名", l.employee.name, "性別", l.employee.gender ?? null, "社員番号", l.employee.id, "所属", l.employee.department ?? null];

/** A note in lines of at most 70 characters: a cell's text running on past the table would print pages of its own. */
function notesOf(w: SheetWriter, notes: readonly string[]): void {
  for (const n of notes) {
    const text = `注記: ${n}`;
    for (let i = 0; i < text.length; i += 70) w.add([text.slice(i, i + 70)]);
  }
}

function wageLedgerBlock(w: SheetWriter, l: EmployeeLedger, year: number): void {
  w.breaks.push(w.add([`賃金台帳（${year}年）`], { bold: true, fontSize: 12 }));
  w.add(who(l));
  const width = l.headings.length + 2;
  w.add(["項目", ...l.headings, "合計"], { bold: true, fill: HEADER_FILL, border: true, align: "Center" }, width);
  for (const r of l.wageLedger) {
    const row = w.add([r.label, ...r.cells, r.total], { border: true, numberFormat: COUNT_ROWS.has(r.label) ? "General" : TEXT_ROWS.has(r.label) ? "@" : YEN }, width);
    w.format(row, 0, 1, { bold: true });
  }
  notesOf(w, l.notes);
  w.add([]);
}

function bookTable(w: SheetWriter, title: string, headers: readonly string[], rows: readonly BookRow[], totals: BookTotals): void {
  w.add([title], { bold: true });
  const header = w.add([...headers], { bold: true, fill: HEADER_FILL, border: true, wrap: true, align: "Center" });
  w.heights.push({ row: header, rows: 1, height: 30 });
  const rate = headers.indexOf("税率（%）");
  for (const r of rows) {
    const row = w.add(r.cells, { border: true, numberFormat: YEN }, headers.length);
    if (rate >= 0) w.format(row, rate, 1, { numberFormat: "0.000" });
  }
  const last = headers.length - 1;
  const total: PlanValue[] = ["計", null, totals.gross, totals.socialInsurance, ...Array<PlanValue>(last - 4).fill(null), totals.tax];
  w.add(total, { bold: true, border: true, numberFormat: YEN }, headers.length);
}

function withholdingBookBlock(w: SheetWriter, l: EmployeeLedger, year: number): void {
  const e = l.employee;
  w.breaks.push(w.add([`給与所得・退職所得に対する源泉徴収簿（${year}年分）`], { bold: true, fontSize: 12 }));
  w.add(["税額表", `${e.taxColumn}欄`, "氏名", e.name, "フリガナ", e.nameKana ?? null, "生年月日", e.birthDate, "整理番号", e.id]);
  w.add(["所属", e.department ?? null]);
  bookTable(w, "給料・手当等", SALARY_BOOK_HEADERS, l.book.salaries, l.book.salaryTotals);
  bookTable(w, "賞与等", BONUS_BOOK_HEADERS, l.book.bonuses, l.book.bonusTotals);
  w.add(["年末調整"], { bold: true });
  // The 前職分 rows only for a 中途就職者 who has them: the others' page keeps the form's rows without three blank ones.
  for (const field of YEAR_END_FIELDS.filter((f) => !f.startsWith("前職分") || f in l.yearEnd.values)) {
    const row = w.add([field, null, null, null, l.yearEnd.values[field] ?? null], { border: true, numberFormat: YEN }, 5);
    w.format(row, 0, 4, { align: "Left" });
  }
  notesOf(w, [...l.yearEnd.notes, ...l.book.notes]);
  w.add([]);
}

/** A scale that puts a year's columns (and a few bonuses) across one landscape A4 page. */
function wageLedgerScale(columns: number): number {
  const width = 20 + 10 * (columns - 1);
  return Math.max(40, Math.min(100, Math.floor((100 / width) * 100)));
}

/**
 * @example planLedgerWorkbook(makeLedgers(…)).sheets.map((s) => s.name) // ["賃金台帳", "源泉徴収簿"]
 */
export function planLedgerWorkbook(ledgers: Ledgers): WorkbookPlan {
  const wage = new SheetWriter();
  const book = new SheetWriter();
  notesOf(wage, ledgers.notes);
  for (const l of ledgers.ledgers) {
    wageLedgerBlock(wage, l, ledgers.year);
    withholdingBookBlock(book, l, ledgers.year);
  }
  const columns = Math.max(14, ...ledgers.ledgers.map((l) => l.headings.length + 2));
  return {
    sheets: [
      wage.sheet(WAGE_LEDGER_SHEET, [20, ...Array<number>(columns - 1).fill(10)], "Landscape", wageLedgerScale(columns)),
      book.sheet(WITHHOLDING_BOOK_SHEET, [8, 10, 13, 13, 15, 15, 11, 12, 11, 10], "Landscape", 64),
    ],
  };
}
