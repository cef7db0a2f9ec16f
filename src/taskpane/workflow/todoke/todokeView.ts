/**
 * What the 届書 flow shows of the job's outcome: every problem by file, row, column and value; the
 * 算定基礎届 worksheet as one short entry per person (氏名, 決定 and the grade change) with the whole row of
 * the paper form on demand; who is left out and why; and the files to download.
 */
import { ymdOf } from "../../../calc/dates/calendar";
import type { TodokeProblem } from "../../../todoke";
import type { TodokeOutcome } from "../../../jobs/todoke/makeTodoke";
import type { SanteiWorksheetLine } from "../../../jobs/todoke/santeiEntries";
import { SANTEI_WORKSHEET_HEADERS, santeiWorksheetRows } from "../../../jobs/todoke/santeiWorksheet";
import { planTodokeWorkbook } from "../../../jobs/todoke/todokeWorkbook";
import type { WorkbookPlan } from "../../../workbook/types";
import type { GeppenCandidate } from "../../../jobs/todoke/geppenCandidates";
import type { DownloadFile } from "../downloads";
import type { ProblemRowView } from "../problemRows";

const yen = (n: number) => `${n.toLocaleString("ja-JP")}円`;
const label = (severity: "error" | "warning") => (severity === "error" ? "エラー" : "注意");

/** A 届書 problem: the row of `file` (the master's, or none for the office settings), the record's column and field. */
export function todokeProblemRow(p: TodokeProblem, key: string, file?: string): ProblemRowView {
  return {
    key, file: p.row === 0 ? undefined : file, row: p.row === 0 ? "" : p.row,
    column: `${p.column ? `${p.column}列目 ` : ""}${p.field}${p.employeeId ? `（社員番号 ${p.employeeId}）` : ""}`,
    value: p.value, message: p.message, severity: p.severity, severityLabel: label(p.severity),
  };
}

/** Every problem of the outcome: the files' first (they name their file), then the 届書's. */
export function todokeProblemRows(outcome: TodokeOutcome, masterFile: string): ProblemRowView[] {
  const files = outcome.problems.map((p, i): ProblemRowView => {
    const severity = p.severity ?? "error";
    return { key: `f${i}`, file: p.file, row: p.row || "", column: p.column, value: p.value, message: p.message, severity, severityLabel: label(severity) };
  });
  return [...files, ...outcome.build.problems.map((p, i) => todokeProblemRow(p, `t${i}`, masterFile))];
}

export interface SanteiPersonView {
  id: string;
  name: string;
  /** 「620,000円・27級→34級（7等級上がる）」, or why there is none. */
  health: string;
  pension: string;
  /** Every item of the worksheet row, as [header, value]. */
  details: [string, string][];
}

function decided(amount: string | number, change: string | number): string {
  if (amount === "") return "算定に入る月がありません（保険者決定）";
  return `${yen(Number(amount))}${change ? `・${change}` : ""}`;
}

export function santeiPeople(lines: readonly SanteiWorksheetLine[]): SanteiPersonView[] {
  const at = (h: string) => SANTEI_WORKSHEET_HEADERS.indexOf(h);
  return santeiWorksheetRows(lines).map((row, i) => ({
    id: lines[i].employeeId,
    name: lines[i].name,
    health: decided(row[at("決定（健保）")], row[at("健保の等級")]),
    pension: decided(row[at("決定（厚年）")], row[at("厚年の等級")]),
    details: SANTEI_WORKSHEET_HEADERS.map((h, k) => [h, typeof row[k] === "number" ? row[k].toLocaleString("ja-JP") : String(row[k])]),
  }));
}

export interface GeppenCandidateView {
  id: string;
  name: string;
  /** 「2026年9月の昇給 → 12月から 健保 300,000円（20級→22級）」 */
  text: string;
}

const monthText = (day: number) => `${ymdOf(day).year}年${ymdOf(day).month}月`;

export function geppenCandidateViews(candidates: readonly GeppenCandidate[]): GeppenCandidateView[] {
  return candidates.map((c) => ({
    id: c.employeeId,
    name: c.name,
    text: `${monthText(c.changeMonth)}の${c.direction} → ${monthText(c.revisionMonth)}から 健保 ${yen(c.revised.health.amount)}（${c.previous.health.grade}級→${c.revised.health.grade}級）・厚年 ${yen(c.revised.pension.amount)}（${c.previous.pension.grade}級→${c.revised.pension.grade}級）、3か月の平均 ${yen(c.average)}`,
  }));
}

export interface TodokeDownload extends DownloadFile {
  bytes: Uint8Array;
  part: number;
  records: number;
  serial: string;
}

/**
 * The CSV files as the command writes them: SHFD0006.CSV, and — only past 4,500,000 bytes — further parts,
 * which the command puts in numbered folders; a download cannot make folders, so the part is in the name.
 */
export function todokeDownloads(outcome: TodokeOutcome): TodokeDownload[] {
  return outcome.build.files.map((f) => ({
    bytes: f.bytes, fileName: f.part === 1 ? f.name : f.name.replace(/\.CSV$/i, `_${f.part}.CSV`), mimeType: "text/csv;charset=shift_jis",
    part: f.part, records: f.records, serial: f.serial,
  }));
}

/**
 * The worksheet as the command's --xlsx writes it (算定基礎届 ①–⑱ or the 月額変更届 candidates, 対象外, 問題):
 * written into the open workbook in Excel, downloaded as .xlsx in the plain page.
 */
export function todokeWorkbook(a: { procedure: "santei" | "geppen"; outcome: TodokeOutcome; masterFile: string; fileName: string }): { plan: WorkbookPlan & { employees: readonly unknown[] }; fileName: string } {
  const plan = planTodokeWorkbook(a);
  return { plan: { ...plan, employees: a.procedure === "santei" ? a.outcome.santei : a.outcome.geppen }, fileName: a.fileName };
}
