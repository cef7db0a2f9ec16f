/**
 * The worksheet of a 届書 as a workbook the clerk checks before filing: the 算定基礎届 (①–⑱) or the 月額変更届
 * candidates, who was left out and why, and — when there are any — the problems, each naming its file, row,
 * column and value. Values only (no formulas): it opens the same in Excel and LibreOffice without the add-in.
 */
import type { TodokeProblem } from "../../todoke";
import type { WorkbookPlan } from "../../workbook/types";
import type { YearProblem } from "../results/yearOfResults";
import { GEPPEN_WORKSHEET_COLUMNS, LEFT_OUT_COLUMNS } from "./geppenWorksheet";
import type { TodokeOutcome } from "./makeTodoke";
import { SANTEI_WORKSHEET_COLUMNS } from "./santeiWorksheet";
import { TEXT, WorksheetColumn, worksheetSheet } from "./worksheetColumns";

interface ProblemLine {
  severity: "error" | "warning";
  file: string;
  row: number;
  employeeId: string;
  field: string;
  value: string;
  message: string;
}

const PROBLEM_COLUMNS: readonly WorksheetColumn<ProblemLine>[] = [
  { header: "区分", width: 6, value: (p) => (p.severity === "error" ? "エラー" : "注意") },
  { header: "ファイル", width: 24, value: (p) => p.file },
  { header: "行", width: 6, value: (p) => (p.row > 0 ? p.row : "") },
  { header: "社員番号", width: 10, format: TEXT, value: (p) => p.employeeId },
  { header: "項目", width: 20, value: (p) => p.field },
  { header: "値", width: 16, format: TEXT, value: (p) => p.value },
  { header: "内容", width: 80, value: (p) => p.message },
];

function problemLines(problems: readonly YearProblem[], todoke: readonly TodokeProblem[], masterFile: string): ProblemLine[] {
  return [
    ...problems.map((p) => ({ severity: p.severity ?? "error", file: p.file, row: p.row, employeeId: "", field: p.column, value: p.value, message: p.message })),
    ...todoke.map((p) => ({
      severity: p.severity, file: p.row === 0 ? "OFFICE.json" : masterFile, row: p.row, employeeId: p.employeeId ?? "",
      field: p.column ? `${p.field}（${p.column}項目目）` : p.field, value: p.value, message: p.message,
    })),
  ];
}

/**
 * @example planTodokeWorkbook({ procedure: "santei", outcome, masterFile: "master.csv" }).sheets.map((s) => s.name) // ["算定基礎届", "対象外"]
 */
export function planTodokeWorkbook(a: { procedure: "santei" | "geppen"; outcome: TodokeOutcome; masterFile: string }): WorkbookPlan {
  const o = a.outcome;
  const main = a.procedure === "santei"
    ? worksheetSheet("算定基礎届", SANTEI_WORKSHEET_COLUMNS, o.santei, 3)
    : worksheetSheet("月額変更届の対象者", GEPPEN_WORKSHEET_COLUMNS, o.geppen, 3);
  const sheets = [main, worksheetSheet("対象外", LEFT_OUT_COLUMNS, o.leftOut)];
  const problems = problemLines(o.problems, o.build.problems, a.masterFile);
  if (problems.length > 0) sheets.push({ ...worksheetSheet("問題", PROBLEM_COLUMNS, problems), tabColor: "#C00000" });
  return { sheets };
}
