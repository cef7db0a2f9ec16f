/**
 * 備えの点検 in the pane: the three files (master, 勤怠・変動, the system's results of the month) read with the import
 * library, the month computed by the payroll job with the clerk's 徴収時期 and 支援金の端数処理, and compared by the
 * drill job — the same report as `sonae drill`, shaped for a 350 px pane (one card per difference).
 */
import { defaultPayrollSettings, parsePeriod } from "../../calc/payroll/settings";
import type { ChildSupportRounding, PremiumTiming } from "../../calc/payroll/types";
import type { LawContext } from "../../calc/law/lawContext";
import { describeProblem, importMasterFile, importPreviousResultsFile, importVariablesFile } from "../../import";
import { runPayroll } from "../../jobs/payroll/runPayroll";
import { drillMonth, type DrillEmployee, type DrillReport } from "../../jobs/drill/drillMonth";
import { groupDigits } from "../../zengin/validate";
import { normalizePeriodText } from "./settingsForm";
import { messageOf } from "./messages";
import type { LoadedMaster } from "../sideFlows";

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export type DrillFileKind = "master" | "variables" | "results";

export interface DrillForm {
  files: Partial<Record<DrillFileKind, NamedBytes>>;
  /** The master of the payroll steps (read with the clerk's mapping), used instead of a master file. */
  loadedMaster?: LoadedMaster;
  periodText: string;
  premiumTiming: PremiumTiming;
  childSupportRounding: ChildSupportRounding;
}

export interface DrillOutcome {
  report?: DrillReport;
  /** The files could not be compared (no usable master row, no 給与 row of the month). */
  error?: string;
  /** Row problems of the three files, named with the file. */
  problems: string[];
}

export const DRILL_FILE_LABELS: Readonly<Record<DrillFileKind, string>> = { master: "従業員マスタ", variables: "勤怠・変動", results: "給与システムの結果" };

/** The 対象年月 as YYYY-MM, or what is wrong with it. */
export function drillPeriod(text: string): { period: string } | { error: string } {
  const period = normalizePeriodText(text);
  try {
    parsePeriod(period);
    return { period };
  } catch (e) {
    return { error: messageOf(e) };
  }
}

/** Why the drill cannot run yet; undefined when it can. */
export function drillBlocked(form: DrillForm): string | undefined {
  if (!form.files.master && !form.loadedMaster) return "従業員マスタを選んでください。";
  if (!form.files.results) return "給与システムが出力したその月の結果を選んでください。";
  const p = drillPeriod(form.periodText);
  return "error" in p ? p.error : undefined;
}

export async function runDrillCheck(form: DrillForm, law?: LawContext): Promise<DrillOutcome> {
  const { master: m, variables: v, results: r } = form.files;
  const loaded = form.loadedMaster;
  const p = drillPeriod(form.periodText);
  if ((!m && !loaded) || !r || "error" in p) return { error: drillBlocked(form), problems: [] };
  const settings = defaultPayrollSettings(p.period, { premiumTiming: form.premiumTiming, childSupportRounding: form.childSupportRounding });
  const named = (kind: DrillFileKind) => (x: Parameters<typeof describeProblem>[0]) => `${DRILL_FILE_LABELS[kind]} ${describeProblem(x)}`;
  try {
    const master = loaded ? loaded.result : await importMasterFile(m!.bytes, m!.name);
    const variables = v && (await importVariablesFile(v.bytes, v.name, undefined, master.employees));
    const results = await importPreviousResultsFile(r.bytes, r.name, undefined, master.employees);
    const problems = [...master.problems.map(named("master")), ...(variables?.problems ?? []).map(named("variables")), ...results.problems.map(named("results"))];
    if (master.employees.length === 0) return { error: `従業員マスタ「${loaded?.name ?? m!.name}」に給与を計算できる行がありません。`, problems };
    const run = runPayroll({ master, variables, settings, law });
    const report = drillMonth({ run, results: results.results, resultRows: results.rows, law });
    problems.push(...report.problems.map((x) => `${DRILL_FILE_LABELS.results} ${x.row}行目: ${x.message}`));
    if (report.resultRowsOfMonth === 0) {
      const held = report.otherMonths.length > 0 ? `（このファイルにあるのは ${report.otherMonths.join("・")}）` : "";
      return { error: `給与システムの結果「${r.name}」に ${p.period} の給与の行がありません${held}。`, problems };
    }
    return { report, problems };
  } catch (e) {
    return { error: messageOf(e), problems: [] };
  }
}

/** One card of the report: who, which item, both amounts and the difference, the reasons. */
export interface DrillCard {
  key: string;
  who: string;
  item: string;
  amounts?: string;
  reasons: string[];
}

function cardsOf(e: DrillEmployee): DrillCard[] {
  const who = `${e.employeeId} ${e.name}`.trim();
  if (e.status === "onlySonae") return [{ key: `${e.employeeId}-only`, who, item: "結果にいない", reasons: [e.note ?? ""] }];
  if (e.status === "onlyResults") return [{ key: `${e.employeeId}-only`, who, item: "Sonae にいない", reasons: [e.note ?? ""] }];
  return e.differences.map((d) => ({
    key: `${e.employeeId}-${d.item}`,
    who,
    item: d.label,
    amounts: `Sonae ${groupDigits(d.sonae)}円 ／ 結果 ${groupDigits(d.result)}円（差 ${groupDigits(d.difference)}円）`,
    reasons: d.reasons,
  }));
}

export function drillCards(report: DrillReport): DrillCard[] {
  return report.employees.flatMap(cardsOf);
}
