/**
 * The June procedures as one use case: the imported master and results files → the 届書 entries, the
 * worksheet the clerk checks, who was left out and why, and the 届書作成プログラム CSV. No file is made while
 * any problem is an error — a month missing from a 算定 would change the average without a word.
 */
import { Day } from "../../calc/dates/calendar";
import type { ImportResult } from "../../import/master";
import { buildGeppenCsv, buildSanteiCsv, buildShoyoCsv, describeProblem, GeppenEntry, Office, TodokeBuildResult } from "../../todoke";
import { rowsOfIds } from "../payroll/rowsOfIds";
import { ResultsFileInput, yearOfResults, YearProblem } from "../results/yearOfResults";
import { geppenEntries } from "./geppenEntries";
import { LeftOut, SanteiWorksheetLine, santeiEntries } from "./santeiEntries";
import { shoyoEntries } from "./shoyoEntries";

export type Procedure = "santei" | "geppen" | "shoyo";

export interface TodokeRequest {
  procedure: Procedure;
  master: ImportResult;
  masterFile: string;
  results: readonly (ResultsFileInput & { problems: readonly YearProblem[]; rejected: number })[];
  office: Office;
  created: Day;
  /** santei: the year of the 定時決定. */
  year?: number;
  /** geppen: only these 社員番号 (the candidates the clerk confirmed); all when absent. */
  employees?: readonly string[];
  /** shoyo: only the bonuses paid on this day. */
  payDay?: Day;
}

export interface TodokeOutcome {
  build: TodokeBuildResult;
  /** santei only: one line per person, for the worksheet. */
  santei: SanteiWorksheetLine[];
  /** geppen only: the candidates (those the clerk confirmed, with --employees). */
  geppen: GeppenEntry[];
  leftOut: LeftOut[];
  /** Import and history problems, each naming its file. */
  problems: YearProblem[];
  /** The 届書 problems as lines (each naming the master row, the column and the value). */
  todokeProblems: string[];
  /** Any error anywhere: no file was made. */
  failed: boolean;
}

/** @example makeTodoke({ procedure: "santei", master, masterFile: "master.csv", results, office, created, year: 2026 }).build.files[0].name // "SHFD0006.CSV" */
export function makeTodoke(r: TodokeRequest): TodokeOutcome {
  const masterRows = rowsOfIds({ ids: r.master.employees.map((e) => e.id), ...r.master });
  const rowOf = (e: { id: string }) => masterRows.get(e.id) ?? 0;
  const problems: YearProblem[] = [
    // The 振込先 columns are payroll's business, not the 届書's.
    ...r.master.problems.filter((p) => !(p.row <= 1 && p.column === "銀行コード" && p.severity === "warning")).map((p) => ({ ...p, file: r.masterFile })),
    ...r.results.flatMap((f) => f.problems),
  ];
  const year = yearOfResults(r.results);
  problems.push(...year.problems);
  let employees = r.master.employees;
  let santei: SanteiWorksheetLine[] = [];
  let geppen: GeppenEntry[] = [];
  let leftOut: LeftOut[] = [];
  let build: TodokeBuildResult;
  if (r.procedure === "santei") {
    ({ lines: santei, leftOut } = santeiEntries({ employees, rowOf, byEmployee: year.byEmployee, year: r.year! }));
    build = buildSanteiCsv({ office: r.office, created: r.created, entries: santei.map((l) => l.entry) });
  } else if (r.procedure === "geppen") {
    if (r.employees) employees = employees.filter((e) => r.employees!.includes(e.id));
    const g = geppenEntries({ employees, rowOf, byEmployee: year.byEmployee });
    ({ entries: geppen, leftOut } = g);
    build = buildGeppenCsv({ office: r.office, created: r.created, entries: geppen });
  } else {
    build = buildShoyoCsv({ office: r.office, created: r.created, entries: shoyoEntries({ employees, rowOf, byEmployee: year.byEmployee, payDay: r.payDay }) });
  }
  const imported = r.master.rejected.length + r.results.reduce((n, f) => n + f.rejected, 0) + year.rejectedCount;
  const failed = imported > 0 || build.files.length === 0;
  if (failed && build.files.length > 0) build = { ...build, files: [] };
  return { build, santei, geppen, leftOut, problems, todokeProblems: build.problems.map(describeProblem), failed };
}

