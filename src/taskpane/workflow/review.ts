/**
 * The 確認 step as data: how many rows can be imported and how many cannot, every problem as a table row
 * (where: file, row, column; what: the value and what is wrong), and the sentences that tell the clerk
 * which columns were dropped (マイナンバー…) or not used. Nothing is left out: the table holds every
 * problem of the master and of the optional bank-account file.
 */
import type { BankImportResult, ImportProblem, ImportResult, SourceEncoding } from "../../import";
import { SOURCE_ENCODING_LABEL } from "../../import/types";

export interface ProblemRow {
  /** Stable key for the table. */
  key: string;
  /** Which file: 従業員マスタ or 振込口座. */
  file: string;
  row: number;
  column: string;
  value: string;
  message: string;
  severity: ImportProblem["severity"];
  severityLabel: "エラー" | "注意";
}

export interface ReviewSummary {
  /** Rows read (every non-blank row but the header and the title rows above it): valid + rejected. */
  totalRows: number;
  validRows: number;
  rejectedRows: number;
  errors: number;
  warnings: number;
  /** "Shift_JIS（CP932）" */
  encodingLabel: string;
  problems: ProblemRow[];
  /** Sentences for the clerk (dropped and unused columns, what the buttons do). */
  notes: string[];
  /** Whether the clerk must choose between fixing the file and importing the valid rows only. */
  needsDecision: boolean;
}

export function encodingLabel(e: SourceEncoding): string {
  return SOURCE_ENCODING_LABEL[e] ?? e;
}

function rowsOf(file: string, problems: readonly ImportProblem[]): ProblemRow[] {
  return problems.map((p, i) => ({
    key: `${file}#${i}`,
    file,
    row: p.row,
    column: p.column,
    value: p.value,
    message: p.message,
    severity: p.severity,
    severityLabel: p.severity === "error" ? "エラー" : "注意",
  }));
}

const MASTER_FILE_LABEL = "従業員マスタ";
const BANK_FILE_LABEL = "振込口座";

/**
 * @example reviewSummary(r) // { totalRows: 5, validRows: 3, rejectedRows: 2, … }
 */
export function reviewSummary(master: ImportResult, bank?: BankImportResult): ReviewSummary {
  const problems = [...rowsOf(MASTER_FILE_LABEL, master.problems), ...(bank ? rowsOf(BANK_FILE_LABEL, bank.problems) : [])];
  const notes: string[] = [];
  const dropped = [...master.droppedColumns, ...(bank?.droppedColumns ?? [])];
  if (dropped.length > 0) {
    notes.push(
      `列 ${dropped.map((c) => `「${c}」`).join("")} はマイナンバー・基礎年金番号など給与計算に使わない番号のため、取り込みませんでした。値はブックにも、この作業ウィンドウにも残りません。`,
    );
  }
  if (master.ignoredColumns.length > 0) {
    notes.push(`列 ${master.ignoredColumns.map((c) => `「${c}」`).join("")} はどの項目にも対応付けていないため、使いません。必要なら「列の対応付け」で選んでください。`);
  }
  const validRows = master.employees.length;
  const rejectedRows = master.rejected.length;
  return {
    totalRows: master.rowCounts.read,
    validRows,
    rejectedRows,
    errors: problems.filter((p) => p.severity === "error").length,
    warnings: problems.filter((p) => p.severity === "warning").length,
    encodingLabel: encodingLabel(master.encoding),
    problems,
    notes,
    needsDecision: rejectedRows > 0,
  };
}

/** "1,234" for counts in sentences (no locale data needed). */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
