/**
 * The 届書 flow's screen as pure data: why nothing can be made yet, or what the job made of the files —
 * the problems, the 算定基礎届 worksheet, the 月額変更届 candidates, who is left out, the files to download.
 */
import type { TodokeOutcome } from "../../../jobs/todoke/makeTodoke";
import type { GeppenCandidate } from "../../../jobs/todoke/geppenCandidates";
import type { LeftOut } from "../../../jobs/todoke/santeiEntries";
import type { Office, TodokeProblem } from "../../../todoke";
import { isoOf } from "../../../calc/dates/calendar";
import type { WorkbookPlan } from "../../../workbook/types";
import type { ProblemRowView } from "../problemRows";
import type { CheckedParams, PickedFile, ReadResultsFile, TodokeParams } from "./todokeRun";
import {
  GeppenCandidateView, geppenCandidateViews, santeiPeople, SanteiPersonView, TodokeDownload, todokeDownloads, todokeProblemRows, todokeWorkbook,
} from "./todokeView";

/** Why the job cannot run yet (the first thing missing), or undefined when it can. */
export function blockedReason(a: {
  master?: { file: PickedFile; result?: { employees: readonly unknown[] }; error?: string };
  results: readonly { read?: ReadResultsFile; error?: string }[];
  office: { office?: Office; problems: readonly TodokeProblem[] };
  checked: CheckedParams;
}): string | undefined {
  if (!a.master) return "従業員マスタのファイルを選んでください。";
  if (!a.master.result) return "従業員マスタを読めませんでした。別のファイルを選んでください。";
  if (a.master.result.employees.length === 0) return `従業員マスタ「${a.master.file.name}」に使える行がありません（下の問題の一覧を見てください）。`;
  if (a.results.length === 0) return "給与計算の結果のファイルを1つ以上選んでください（4〜6月など、必要な月のすべて）。";
  if (a.results.some((r) => r.error)) return "読めない結果ファイルがあります。一覧から外してください。";
  if (!a.office.office) return "事業所の設定を入れてください（OFFICE.json を選ぶか、各項目を入力）。";
  if (Object.keys(a.checked.errors).length > 0) return "年・日付を直してください。";
  return undefined;
}

export interface TodokeView {
  problems: ProblemRowView[];
  santei: SanteiPersonView[];
  candidates: GeppenCandidateView[];
  leftOut: LeftOut[];
  downloads: TodokeDownload[];
  /** The worksheet to write (Excel) or download (.xlsx): 算定基礎届 or the 月額変更届 candidates chosen. */
  worksheet?: { plan: WorkbookPlan & { employees: readonly unknown[] }; fileName: string };
  /** How many people the file holds (all parts). */
  people: number;
  /** Why there is no file although the job ran (errors, nobody chosen). */
  noFile?: string;
}

/** 「届書に書く人がいません」 while the clerk has not confirmed anyone yet is a step to take, not a problem. */
const isNobody = (p: ProblemRowView) => p.row === "" && p.column === "対象者";

function nobodyReason(candidates: number): string {
  return candidates === 0 ? "月額変更届に書く人はいません。" : "月額変更届に書く人を、上の対象者から選んでください。";
}

export function todokeView(a: { params: TodokeParams; year?: number; created?: number; outcome?: TodokeOutcome; candidates?: { candidates: GeppenCandidate[]; leftOut: LeftOut[] }; confirmed: readonly string[]; masterFile: string }): TodokeView {
  const o = a.outcome;
  const geppen = a.params.procedure === "geppen";
  const nobodyChosen = geppen && a.confirmed.length === 0;
  const problems = o ? todokeProblemRows(o, a.masterFile).filter((p) => !(nobodyChosen && isNobody(p))) : [];
  const view: TodokeView = {
    problems,
    santei: a.params.procedure === "santei" && o ? santeiPeople(o.santei) : [],
    candidates: geppen && a.candidates ? geppenCandidateViews(a.candidates.candidates) : [],
    leftOut: geppen ? (a.candidates?.leftOut ?? []) : (o?.leftOut ?? []),
    downloads: o && !o.failed ? todokeDownloads(o) : [],
    people: o && !o.failed ? o.build.records.length : 0,
  };
  if (a.params.procedure === "santei" && o && o.santei.length > 0) view.worksheet = todokeWorkbook({ procedure: "santei", outcome: o, masterFile: a.masterFile, fileName: `算定基礎届_${a.year}.xlsx` });
  if (geppen && o && o.geppen.length > 0) view.worksheet = todokeWorkbook({ procedure: "geppen", outcome: o, masterFile: a.masterFile, fileName: `月額変更届_${a.created === undefined ? "" : isoOf(a.created)}.xlsx` });
  if (o && o.failed) view.noFile = nobodyChosen ? nobodyReason(view.candidates.length) : "エラーがあるため、届書ファイルは作れません。上の問題を直して、ファイルを選び直してください。";
  return view;
}
