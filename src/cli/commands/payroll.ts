import type { Command } from "../command";
import { EXIT } from "../command";
import { PayrollLine } from "../../calc/payroll/types";
import { err, out } from "../output";
import { createProgress } from "../progress";
import { RunProblem, runPayrollFromFiles } from "../payrollRun";
import { OptionTable, readOptions, required } from "../readOptions";
import { IMPORT_OPTIONS_USAGE, takeImportOptions } from "../importOptions";
import { readSettingsOptions, SETTINGS_OPTION_VALUES, SETTINGS_OPTIONS_USAGE } from "../settingsOptions";
import { checkResultsOut, writeResultsOut } from "../resultsOut";

export const PAYROLL_USAGE = `使い方: npm run --silent sonae -- payroll --master FILE --period YYYY-MM [--variables FILE] [--pay-date YYYY-MM-DD] [--settings settings.json] [--results-out FILE [--force]]
  従業員ごとの給与計算結果を JSON 行で標準出力に、取り込めなかった行・対象外の従業員を標準エラーに出力します。
  --master       従業員マスタ（CSV: Shift_JIS / UTF-8、または .xlsx）
  --period       対象年月（YYYY-MM）
  --variables    勤怠・変動（残業時間など）
  --pay-date     支給日（既定は対象年月の25日）
  --results-out  この月の結果を「給与計算の結果」の CSV（種別・支給日・基礎日数つき）で保存します。届書（sonae todoke）の
                 --results に使えます。同じ名前のファイルがあれば上書きしません（--force で上書き）
${SETTINGS_OPTIONS_USAGE}${IMPORT_OPTIONS_USAGE}`;

/** The keys of a JSON line, in this order: exactly the fields of PayrollLine. */
export const LINE_KEYS: readonly (keyof PayrollLine)[] = [
  "employeeId", "gross", "health", "care", "childSupport", "pension", "employment", "socialInsurance", "taxable", "incomeTax", "residentTax", "net",
];

const PAYROLL_OPTIONS = {
  values: { "--master": "master", "--period": "period", "--variables": "variables", "--pay-date": "payDate", "--results-out": "resultsOut", ...SETTINGS_OPTION_VALUES },
  flags: { "--force": "force" },
} as const satisfies OptionTable<string, string>;

/** "12行目「生年月日」の「S60.13.1」: …" */
export function describeRunProblem(p: RunProblem): string {
  const tag = p.severity === "warning" ? "注意" : "エラー";
  const where = p.row > 0 ? (p.column ? `${p.row}行目「${p.column}」` : `${p.row}行目`) : p.column ? `「${p.column}」` : "";
  const value = p.value === "" ? "" : `の「${p.value}」`;
  return `[${tag}] ${where}${value}${where || value ? ": " : ""}${p.message}`;
}

/**
 * `sonae payroll`: one JSON line per employee (the PayrollLine keys, yen) on stdout; every import problem,
 * employee outside the period and calculation failure on stderr. Exit 1 if any row was rejected (the valid
 * rows are still printed), 2 for a usage error.
 */
export const command: Command = async (argv, law) => {
  const { argv: rest, imports } = takeImportOptions(argv);
  const { values: args, flags } = readOptions(rest, PAYROLL_OPTIONS);
  const masterPath = required(args.master, "--master（従業員マスタのファイル）");
  const period = required(args.period, "--period（対象年月 YYYY-MM）");
  const force = flags.force ?? false;
  checkResultsOut(args.resultsOut, force);
  const office = await readSettingsOptions(args);
  const progress = createProgress("給与計算");
  const run = await runPayrollFromFiles({ masterPath, period, payDate: args.payDate, variablesPath: args.variables, law, imports, office, onProgress: progress.update });
  progress.end();
  const written = args.resultsOut === undefined ? [] : await writeResultsOut(args.resultsOut, run, force, describeRunProblem);
  await err([...run.rowCounts, ...run.problems.map(describeRunProblem), ...written]);
  await out(run.lines.map((line) => JSON.stringify(Object.fromEntries(LINE_KEYS.map((k) => [k, line[k]])))));
  return run.rejectedCount > 0 ? EXIT.rowsRejected : EXIT.done;
};
