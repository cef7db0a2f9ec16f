/**
 * What 「年度更新（労働保険）」 shows of the job's outcome: every problem by file, row, column and value; the
 * 算定基礎賃金集計表 one narrow row per month; the figures to copy onto the 申告書, the very lines of the workbook's
 * 「申告書に転記」 sheet (declarationSections: a figure added there shows here too); and the .xlsx and JSON, only
 * when no month or row is missing.
 */
import type { NendoOutcome } from "../../../jobs/nendo/makeNendo";
import type { NendoOffice } from "../../../jobs/nendo/office";
import type { SummaryRow } from "../../../jobs/nendo/summaryTable";
import { nendoJson } from "../../../jobs/nendo/nendoJson";
import { planNendoWorkbook } from "../../../jobs/nendo/workbook/plan";
import { declarationSections } from "../../../jobs/nendo/declarationLines";
import type { WorkbookPlan } from "../../../workbook/types";
import type { DownloadFile } from "../downloads";
import type { ProblemRowView } from "../problemRows";

const yen = (n: number) => `${n.toLocaleString("ja-JP")}円`;

export interface FigureLine {
  label: string;
  /** 「16,229 千円」「3/1000」「48,687 円」, or why there is none. */
  value: string;
}

export interface FigureSection {
  heading: string;
  lines: FigureLine[];
}

/** One cell of the 集計表: the wages and, on a month's row, how many were paid them. */
export interface TableCell {
  wages: string;
  count?: string;
}

export interface TableRowView {
  label: string;
  /** 労災保険・一般拠出金の対象 (all workers) and 雇用保険の被保険者. */
  rosai: TableCell;
  koyo: TableCell;
}

export interface NendoView {
  problems: ProblemRowView[];
  /** Said beside the figures: the 概算 left out (its rates not known), or figures short of a month. */
  notes: string[];
  table: TableRowView[];
  /** 合計 and the 算定基礎額 (1,000円未満切捨て) under the table. */
  totals: TableRowView[];
  sections: FigureSection[];
  workbook?: { plan: WorkbookPlan & { employees: readonly unknown[] }; fileName: string };
  json?: DownloadFile;
  /** Why there is no .xlsx or JSON although the job ran. */
  noFile?: string;
}

const cell = (c: { count: number; wages: number }): TableCell => ({ wages: yen(c.wages), count: `${c.count}人` });

function tableRows(rows: readonly SummaryRow[]): TableRowView[] {
  return rows.map((r) => ({ label: r.label, rosai: cell(r.rosai), koyo: cell(r.koyo) }));
}

function totalRows(rows: readonly SummaryRow[], outcome: NendoOutcome): TableRowView[] {
  const sum = (pick: (r: SummaryRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const total = { label: "合計", rosai: { wages: yen(sum((r) => r.rosai.wages)) }, koyo: { wages: yen(sum((r) => r.koyo.wages)) } };
  const f = outcome.result.figures;
  return f ? [total, { label: "算定基礎額（千円未満切捨て）", rosai: { wages: yen(f.rosai.base) }, koyo: { wages: yen(f.koyo.base) } }] : [total];
}

/** The job tells the command line's user which option to give; here the clerk uses the field or picker of that name. */
const PANE_WORDS: readonly [RegExp, string][] = [
  [/ ?--results に/, "「給与計算の結果のファイル」に"],
  [/ ?--declared-estimate か/, "「申告済概算保険料額」の欄か"],
];
const inPaneWords = (message: string) => PANE_WORDS.reduce((m, [cli, pane]) => m.replace(cli, pane), message);

function sectionsOf(outcome: NendoOutcome, year: number): FigureSection[] {
  if (!outcome.result.figures) return [];
  return declarationSections(outcome.result, year).map((s) => ({
    heading: s.heading,
    lines: s.lines.map((l) => ({ label: l.label, value: typeof l.value === "number" ? `${l.value.toLocaleString("ja-JP")}${l.unit ? ` ${l.unit}` : ""}` : inPaneWords(l.value) })),
  }));
}

function problemRows(outcome: NendoOutcome): ProblemRowView[] {
  return outcome.problems.map((p, i) => {
    const severity = p.severity ?? "error";
    return { key: String(i), file: p.file || undefined, row: p.row || "", column: p.column, value: p.value, message: inPaneWords(p.message), severity, severityLabel: severity === "error" ? "エラー" : "注意" };
  });
}

export function nendoView(a: { outcome: NendoOutcome; office: NendoOffice; year: number; employees: readonly unknown[] }): NendoView {
  const { result, incomplete } = a.outcome;
  const notes = [
    ...(incomplete && result.figures ? ["上の問題のため、この確定保険料は年度の一部の賃金だけの額です。問題を直すまで、ブックと JSON は作りません。"] : []),
    ...(result.gaisanMessage ? [inPaneWords(result.gaisanMessage)] : []),
  ];
  const view: NendoView = { problems: problemRows(a.outcome), notes, table: tableRows(result.table), totals: totalRows(result.table, a.outcome), sections: sectionsOf(a.outcome, a.year) };
  if (incomplete || !result.figures) {
    view.noFile = "結果のない月や読めない行があるため、年度更新のブックと JSON は作れません。上の問題を直してください。";
    return view;
  }
  view.workbook = { plan: { ...planNendoWorkbook(result, a.office, a.year), employees: a.employees }, fileName: `年度更新_${a.year}.xlsx` };
  view.json = { bytes: `${nendoJson(result.figures)}\n`, fileName: `年度更新_${a.year}.json`, mimeType: "application/json;charset=utf-8" };
  return view;
}
