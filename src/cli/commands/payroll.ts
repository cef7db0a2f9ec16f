import type { Command } from "../command";
import { EXIT } from "../command";
import { PayrollLine } from "../../calc/payroll/types";
import type { PayrollDetail } from "../../calc/payroll/payrollResult";
import { err, out } from "../output";
import { createProgress } from "../progress";
import { RunProblem, runPayrollFromFiles } from "../payrollRun";
import { OptionTable, readOptions, required } from "../readOptions";
import { IMPORT_OPTIONS_USAGE, takeImportOptions } from "../importOptions";
import { readSettingsOptions, SETTINGS_OPTION_VALUES, SETTINGS_OPTIONS_USAGE } from "../settingsOptions";
import { checkResultsOut, writeResultsOut } from "../resultsOut";

export const PAYROLL_USAGE = `使い方: npm run --silent sonae -- payroll --master FILE --period YYYY-MM [--variables FILE] [--pay-date YYYY-MM-DD] [--settings settings.json] [--results-out FILE [--force]]
  従業員ごとの給与計算結果を JSON 行で標準出力に、取り込めなかった行・対象外の従業員を標準エラーに出力します。
  キー（円）: employeeId, gross（総支給額）, health, care, childSupport, pension, employment, socialInsurance,
  taxable, incomeTax, residentTax, extraDeduction（臨時控除）, settlementPay（前月精算（支給））,
  settlementDeduction（前月精算（控除））, net（差引支給額。臨時控除と前月精算を含みます）
  --master       従業員マスタ（CSV: Shift_JIS / UTF-8、または .xlsx）
  --period       対象年月（YYYY-MM）
  --variables    勤怠・変動（残業時間など）
  --pay-date     支給日（既定は対象年月の25日）
  --results-out  この月の結果を「給与計算の結果」の CSV（種別・支給日・基礎日数つき）で保存します。届書（sonae todoke）の
                 --results に使えます。同じ名前のファイルがあれば上書きしません（--force で上書き）
${SETTINGS_OPTIONS_USAGE}${IMPORT_OPTIONS_USAGE}`;

/** The fields of PayrollLine, in the order of the JSON line: what a results file (`settle --actual`) can hold. */
export const LINE_KEYS: readonly (keyof PayrollLine)[] = [
  "employeeId", "gross", "health", "care", "childSupport", "pension", "employment", "socialInsurance", "taxable", "incomeTax", "residentTax", "net",
];

/**
 * The keys of a JSON line, in this order: PayrollLine's, with the 臨時控除 and the 前月精算 before the net they are
 * already in, so that each line adds up on its own: net = gross − socialInsurance − incomeTax − residentTax −
 * extraDeduction + settlementPay − settlementDeduction (the 前月精算 moves the net alone: settledNetPay).
 */
export const JSON_LINE_KEYS: readonly (keyof PayrollLine | keyof PayrollDetail)[] = [
  ...LINE_KEYS.filter((k) => k !== "net"), "extraDeduction", "settlementPay", "settlementDeduction", "net",
];

/** One JSON line: the detail's figures under JSON_LINE_KEYS. */
export function jsonLine(detail: PayrollDetail): string {
  const figures: Record<string, unknown> = { ...detail, ...detail.line };
  return JSON.stringify(Object.fromEntries(JSON_LINE_KEYS.map((k) => [k, figures[k]])));
}

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
 * `sonae payroll`: one JSON line per employee (JSON_LINE_KEYS, yen) on stdout; every import problem,
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
  await out(run.details.map(jsonLine));
  return run.rejectedCount > 0 ? EXIT.rowsRejected : EXIT.done;
};
