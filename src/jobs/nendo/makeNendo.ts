/**
 * The 年度更新 as one use case over already-read files: the imported master and results files → the figures,
 * the 集計表, and every problem naming its file, row and column. A month missing from the results and a row
 * that could not be read make the outcome `incomplete`: the figures are then those of the rows there, and no
 * 集計表 is written from them.
 */
import type { ImportResult } from "../../import/master";
import type { LawContext } from "../../calc/law/lawContext";
import { rowsOfIds } from "../payroll/rowsOfIds";
import { MissingMonth, nendoKoshin, NendoOffice, NendoResult, NendoWageRow } from "./nendo";
import { FileProblem, ResultsFile, wagesOfResults } from "./resultsWages";

export interface NendoRequest {
  master: ImportResult;
  masterFile: string;
  results: readonly (ResultsFile & { problems: readonly FileProblem[]; rejected: number })[];
  office: NendoOffice;
  year: number;
  closingDay?: number;
  /** 翌年度の賃金総額の見込額 (円). */
  estimate?: { rosai?: number; koyo?: number };
  /** ⑱申告済概算保険料額 (円); OFFICE.json's `declaredEstimate` when not given here. */
  declaredEstimate?: number;
  law?: LawContext;
}

export interface NendoOutcome {
  result: NendoResult;
  /** Every problem, naming its file (the master's for master rows and missing months). */
  problems: FileProblem[];
  /** Rows rejected, months missing, or the 確定 not computable: exit 1, no 集計表. */
  incomplete: boolean;
}

/** The master's columns the 年度更新 reads besides 社員番号: a warning about one of them is kept. */
const NENDO_COLUMNS = ["役員", "雇用保険", "入社日", "退職日"];

const japaneseMonth = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

/** Consecutive months as runs: 4月, 5月, 6月, 9月 → [[4月, 6月], [9月, 9月]]. */
function runsOf(months: readonly MissingMonth[]): [MissingMonth, MissingMonth][] {
  const runs: [MissingMonth, MissingMonth][] = [];
  const index = (m: MissingMonth) => Number(m.month.slice(0, 4)) * 12 + Number(m.month.slice(5, 7));
  for (const m of months) {
    const last = runs[runs.length - 1];
    if (last && index(m) === index(last[1]) + 1) last[1] = m;
    else runs.push([m, m]);
  }
  return runs;
}

/** One problem per employee, the missing months as runs with their 賃金締切日. */
function missingProblems(missing: readonly MissingMonth[], file: string, rowOf: (id: string) => number): FileProblem[] {
  const byEmployee = new Map<string, MissingMonth[]>();
  for (const m of missing) byEmployee.set(m.employeeId, [...(byEmployee.get(m.employeeId) ?? []), m]);
  return [...byEmployee].map(([id, months]) => {
    const runs = runsOf(months);
    const value = runs.map(([a, b]) => (a === b ? a.month : `${a.month}〜${b.month}`)).join("、");
    const said = runs.map(([a, b]) => (a === b ? `${japaneseMonth(a.month)}分（賃金締切日 ${a.closingDate}）` : `${japaneseMonth(a.month)}〜${japaneseMonth(b.month)}分（賃金締切日 ${a.closingDate}〜${b.closingDate}）`)).join("、");
    return {
      file, row: rowOf(id), column: "対象年月", value, severity: "error" as const,
      message: `社員番号 ${id}: ${said}の給与の結果がありません（${months.length}か月）。その月の結果のファイルを --results に加えてください（支払いがなかった月は総支給額 0 の行に）。`,
    };
  });
}

/**
 * The results carry one 総支給額, so a 兼務役員's is counted whole; only what they are paid as a worker is 賃金
 * (徴収法第2条第2項: 労働の対償として事業主が労働者に支払うもの), not the 役員報酬. Told once, naming them.
 */
function workingOfficerNote(r: NendoRequest, wages: readonly NendoWageRow[]): FileProblem[] {
  const paid = new Set(wages.map((w) => w.employeeId));
  const ids = r.master.employees.filter((e) => e.officer === "workingOfficer" && paid.has(e.id)).map((e) => e.id);
  if (ids.length === 0) return [];
  const message = `役員で労働者扱いの人（社員番号 ${ids.join("・")}）の総支給額は、すべて労働者としての賃金として数えました。役員報酬の部分は賃金総額に入りません。含まれているなら、その分を除いた結果で計算してください。`;
  return [{ file: r.masterFile, row: 0, column: "役員", value: "兼務", message, severity: "warning" }];
}

/** @example makeNendo({ master, masterFile: "master.csv", results, office, year: 2026 }).result.figures?.kakutei // 195,581 */
export function makeNendo(r: NendoRequest): NendoOutcome {
  const masterRows = rowsOfIds({ ids: r.master.employees.map((e) => e.id), ...r.master });
  // Warnings about the whole file concern payroll's columns (振込先, 標準報酬月額), not the 年度更新's.
  const masterProblems = r.master.problems.filter((p) => !(p.row <= 1 && p.severity === "warning" && !NENDO_COLUMNS.includes(p.column)));
  const { wages, problems: wageProblems } = wagesOfResults(r.results);
  const result = nendoKoshin({ employees: r.master.employees, wages, office: r.office, year: r.year, closingDay: r.closingDay, estimate: r.estimate, declaredEstimate: r.declaredEstimate ?? r.office.declaredEstimate, law: r.law });
  const problems: FileProblem[] = [
    ...masterProblems.map((p) => ({ ...p, file: r.masterFile })),
    ...r.results.flatMap((f) => f.problems),
    ...wageProblems,
    ...result.problems.map((p) => ({ ...p, file: p.file ?? "" })),
    ...missingProblems(result.missingMonths, r.masterFile, (id) => masterRows.get(id) ?? 0),
    ...workingOfficerNote(r, wages),
  ];
  const rejected = r.master.rejected.length + r.results.reduce((n, f) => n + f.rejected, 0);
  const incomplete = rejected > 0 || problems.some((p) => p.severity === "error") || result.figures === undefined;
  return { result, problems, incomplete };
}
