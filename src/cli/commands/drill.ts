/**
 * `sonae drill`: the monthly drill (備えの点検). Computes the month from the exports as `sonae payroll` does and
 * compares it with the payroll system's own results of that month, per employee and item, with the likely
 * reason of each difference. Exit 0 only when everyone matches to the yen; 1 when someone differs, is on one
 * side only, or a row was rejected; 2 wrong usage (also a results file without a 給与 row of the month).
 */
import type { Command } from "../command";
import { EXIT } from "../command";
import { err, out } from "../output";
import { runPayrollFromFiles } from "../payrollRun";
import { UsageError } from "../usageError";
import { readOptions, required } from "../readOptions";
import { IMPORT_OPTIONS_USAGE, takeImportOptions } from "../importOptions";
import { readSettingsOptions, SETTINGS_OPTION_VALUES, SETTINGS_OPTIONS_USAGE, SettingsOptionName } from "../settingsOptions";
import { importInputFile } from "../inputFile";
import { describeRunProblem } from "./payroll";
import { describeProblem, importPreviousResultsFile } from "../../import";
import { describeRowCounts } from "../../import/header";
import { drillMonth, DrillEmployee, DrillReport } from "../../jobs/drill/drillMonth";
import { drillItemLabel } from "../../jobs/drill/drillItems";
import { groupDigits } from "../../zengin/validate";

export const DRILL_USAGE = `使い方: npm run --silent sonae -- drill --master FILE --variables FILE --results LAST.csv --period YYYY-MM [--pay-date YYYY-MM-DD] [--settings settings.json] [--premium-timing 翌月|当月] [--support-rounding 合算|別々] [--json]
  毎月の点検（備えの点検）。書き出したマスタと勤怠から Sonae が計算したその月の給与を、給与システム自身の結果と
  社員ごと・項目ごと（総支給額・健康保険・介護保険・子ども・子育て支援金・厚生年金・雇用保険・所得税・住民税・差引支給額の
  うち結果にある項目）に比べ、1円まで一致した人数と、差ごとに推定理由（月変・年齢・料率の改定・端数処理・徴収時期）を示します。
  --master     従業員マスタ（CSV: Shift_JIS / UTF-8、または .xlsx）
  --variables  その月の勤怠・変動
  --results    給与システムが出力したその月の結果（社員番号・総支給額…差引支給額。対象年月・種別・支給日があれば
               1年分のファイルでも、その月の給与の行だけを使います）
  --period     対象年月（YYYY-MM）
  --pay-date   支給日（既定は対象年月の25日）
  --json       社員ごとに 1 行の JSON: {"employeeId","name","status","differences":[{"item","label","sonae","result","difference","reasons"}]}
${SETTINGS_OPTIONS_USAGE}${IMPORT_OPTIONS_USAGE}  終了コード 0: 全員が1円まで一致／1: 差がある人・片方にしかいない人・読めない行がある／2: 使い方の誤り
`;

interface DrillArgs {
  master: string;
  variables?: string;
  results: string;
  period: string;
  payDate?: string;
  json: boolean;
  /** --settings, --premium-timing, --support-rounding as typed (read by readSettingsOptions). */
  settings: Partial<Record<SettingsOptionName, string>>;
}

export function parseDrillArgs(argv: readonly string[]): DrillArgs {
  const o = readOptions(argv, {
    values: { "--master": "master", "--variables": "variables", "--results": "results", "--period": "period", "--pay-date": "payDate", ...SETTINGS_OPTION_VALUES },
    flags: { "--json": "json" },
  });
  return {
    master: required(o.values.master, "--master（従業員マスタのファイル）"),
    variables: o.values.variables,
    results: required(o.values.results, "--results（給与システムが出力したその月の結果）"),
    period: required(o.values.period, "--period（対象年月 YYYY-MM）"),
    payDate: o.values.payDate,
    json: o.flags.json === true,
    settings: { settings: o.values.settings, premiumTiming: o.values.premiumTiming, supportRounding: o.values.supportRounding },
  };
}

const RESULTS_LABEL = "給与システムの結果（--results）";

function employeeLines(e: DrillEmployee): string[] {
  const who = [e.employeeId, e.name];
  if (e.status === "onlySonae") return [[...who, "（結果にいない）", "", "", "", e.note].join("\t")];
  if (e.status === "onlyResults") return [[...who, "（Sonae にいない）", "", "", "", e.note].join("\t")];
  return e.differences.map((d) => [...who, d.label, groupDigits(d.sonae), groupDigits(d.result), groupDigits(d.difference), d.reasons.join(" ／ ")].join("\t"));
}

/** The report a clerk reads: the count, then one line per difference. */
export function reportLines(r: DrillReport, payDate: string): string[] {
  const lines = [
    `備えの点検 ${r.period}（支給日 ${payDate}）: 比べた項目 ${r.items.map(drillItemLabel).join("・")}`,
    `一致 ${r.matched}人 / 差異 ${r.differing}人`,
  ];
  if (r.differing === 0) return [...lines, "全員が1円まで一致しました。この書き出しと設定で、システムが止まった日も同じ給与を計算できます。"];
  lines.push(["社員番号", "氏名", "項目", "Sonae", "結果", "差（Sonae−結果）", "推定理由"].join("\t"));
  return [...lines, ...r.employees.flatMap(employeeLines)];
}

function jsonLine(e: DrillEmployee): string {
  const { employeeId, name, status, differences, note } = e;
  return JSON.stringify({ employeeId, name, status, differences, ...(note === undefined ? {} : { note }) });
}

export const command: Command = async (argv, law) => {
  const { argv: rest, imports } = takeImportOptions(argv);
  const a = parseDrillArgs(rest);
  const office = await readSettingsOptions(a.settings);
  const run = await runPayrollFromFiles({ masterPath: a.master, period: a.period, payDate: a.payDate, variablesPath: a.variables, law, imports, office });
  const results = await importInputFile(RESULTS_LABEL, a.results, (bytes, name) => importPreviousResultsFile(bytes, name, undefined, run.employees));
  const report = drillMonth({ run, results: results.results, resultRows: results.rows, law });
  if (report.resultRowsOfMonth === 0) {
    const held = report.otherMonths.length > 0 ? `（このファイルにあるのは ${report.otherMonths.join("・")}）` : "";
    throw new UsageError(`${RESULTS_LABEL}「${a.results}」に ${a.period} の給与の行がありません${held}。その月の結果を指定してください。`);
  }
  const resultProblems = [...results.problems.map(describeProblem), ...report.problems.map(describeRunProblem)].map((p) => `${RESULTS_LABEL} ${p}`);
  await err([...run.rowCounts, `給与システムの結果: ${describeRowCounts(results.rowCounts)}`, ...run.problems.map(describeRunProblem), ...resultProblems]);
  await out(a.json ? report.employees.map(jsonLine) : reportLines(report, run.settings.payDate));
  const rejected = run.rejectedCount + results.rejected.length + report.problems.length;
  return report.differing === 0 && rejected === 0 ? EXIT.done : EXIT.rowsRejected;
};
