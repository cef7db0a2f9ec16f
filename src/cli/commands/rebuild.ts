import { basename } from "node:path";
import { latestSalaryResults } from "../../jobs/results/latestSalaryResults";
import type { Command } from "../command";
import { EXIT } from "../command";
import { importPreviousResultsFile } from "../../import";
import type { PreviousResult } from "../../calc/records/previousResults";
import { PayrollRun, previousGrossProblems, runPayrollFromFiles } from "../payrollRun";
import { checkResultsOut, writeResultsOut } from "../resultsOut";
import { describeRowCounts } from "../../import/header";
import { plausibilityOfDetails } from "../../calc/payroll/plausibilityOfMonth";
import { parsePeriod } from "../../calc/payroll/settings";
import { previousGrossOf } from "../../workbook/sheets/check";
import { describeRunProblem } from "./payroll";
import type { LawContext } from "../../calc/law/lawContext";
import { planPayrollWorkbook } from "../../jobs/workbook/planPayrollWorkbook";
import { compareWorkbookFigures } from "../../jobs/workbook/workbookFigures";
import { computePlanValues } from "../../workbook/xlsx/cachedValues/planValues";
import { isCellError } from "../../workbook/xlsx/cachedValues/values";
import { planToXlsxPieces } from "../../workbook/xlsx/writer";
import { FORMULA_CATALOGUE } from "../../functions/registry";
import { SHEET } from "../../workbook/layout";
import { readInputFile } from "../inputFile";
import { err, out } from "../output";
import { createProgress } from "../progress";
import { OptionTable, readOptions, required } from "../readOptions";
import { ImportOptions, IMPORT_OPTIONS_USAGE, takeImportOptions } from "../importOptions";
import { readSettingsOptions, SETTINGS_OPTION_VALUES, SETTINGS_OPTIONS_USAGE, SettingsOptionName } from "../settingsOptions";
import type { OfficeSettings } from "../../calc/payroll/officeSettings";
import { checkOutputPath, writeFileAtomic } from "../writeFileAtomic";

export const REBUILD_USAGE = `使い方: npm run --silent sonae -- rebuild --master FILE --period YYYY-MM --out payroll.xlsx [--values-only] [--variables FILE] [--previous FILE] [--pay-date YYYY-MM-DD] [--settings settings.json] [--company 会社名] [--results-out FILE] [--force]
  給与計算ブックを .xlsx で作成します。
  --out          作成するブック。同じ名前のファイルがあれば上書きしません（--force で上書き）。フォルダがなければ作ります
  --values-only  数式ではなく値だけ（アドインなしの Excel で開けるブック）
  --variables    勤怠・変動　　--previous  システムの前回の結果（検算用）　　--pay-date  支給日（既定は25日）
  --company      給与明細に印字する会社名（--settings の companyName より優先）
  --results-out  この月の結果を「給与計算の結果」の CSV でも保存します（届書の --results に使えます。--force で上書き）
${SETTINGS_OPTIONS_USAGE}${IMPORT_OPTIONS_USAGE}`;

const OUT_LABEL = "給与計算ブック（--out）";

const REBUILD_OPTIONS = {
  values: {
    "--master": "master", "--period": "period", "--out": "out", "--variables": "variables", "--previous": "previous",
    "--pay-date": "payDate", "--company": "company", "--results-out": "resultsOut", ...SETTINGS_OPTION_VALUES,
  },
  flags: { "--values-only": "valuesOnly", "--force": "force" },
} as const satisfies OptionTable<string, string>;

export interface RebuildArgs {
  master: string;
  period: string;
  out: string;
  valuesOnly: boolean;
  /** Replace an existing --out file. */
  force?: boolean;
  variables?: string;
  previous?: string;
  payDate?: string;
  /** The law with the rows the user added (--law). */
  law?: LawContext;
  /** 会社名, printed on the payslips. */
  company?: string;
  /** --hours, --mapping, --variables-mapping. */
  imports?: ImportOptions;
  /** Where to write the month's results (the results format), if anywhere. */
  resultsOut?: string;
  /** --settings, --premium-timing, --support-rounding as typed. */
  settingsOptions?: Partial<Record<SettingsOptionName, string>>;
  /** The office settings they give (read by the command). */
  office?: OfficeSettings;
}

/** The words after `rebuild` (without the import options) → its arguments; a mistake is a UsageError. */
export function parseRebuildArgs(argv: readonly string[]): RebuildArgs {
  const { values: o, flags } = readOptions(argv, REBUILD_OPTIONS);
  return {
    master: required(o.master, "--master（従業員マスタのファイル）"),
    period: required(o.period, "--period（対象年月 YYYY-MM）"),
    out: required(o.out, "--out（作成する .xlsx ファイル）"),
    valuesOnly: flags.valuesOnly ?? false,
    ...(flags.force ? { force: true } : {}),
    variables: o.variables, previous: o.previous, payDate: o.payDate, company: o.company,
    ...(o.resultsOut === undefined ? {} : { resultsOut: o.resultsOut }),
    ...(o.settings ?? o.premiumTiming ?? o.supportRounding) === undefined ? {} : { settingsOptions: { settings: o.settings, premiumTiming: o.premiumTiming, supportRounding: o.supportRounding } },
  };
}

const yen = (n: number) => `${n.toLocaleString("ja-JP")}円`;

export interface RebuildResult {
  /** The .xlsx file, in the pieces it was written in (laid end to end, they are the file). */
  xlsx: readonly Uint8Array[];
  /** The summary for people (stdout) and the problems (stderr), each a line. */
  summary: string[];
  problems: string[];
  exitCode: 0 | 1;
  /** The month's payroll the workbook was built from (for --results-out). */
  run: PayrollRun;
}

/**
 * Read the files, plan the workbook, evaluate it (the cached values, and a check that every employee's
 * figures equal the payroll command's) and write the .xlsx bytes.
 */
export async function rebuild(a: RebuildArgs, progress = createProgress("給与計算ブック")): Promise<RebuildResult> {
  const run = await runPayrollFromFiles({ masterPath: a.master, period: a.period, payDate: a.payDate, variablesPath: a.variables, law: a.law, imports: a.imports, office: a.office, onProgress: progress.update });
  const problems = run.problems.map(describeRunProblem);
  let rejected = run.rejectedCount;

  const variables = run.variables;
  const paid = new Set(run.lines.map((l) => l.employeeId));
  const needsInput = a.variables === undefined ? [] : run.employees.filter((e) => !paid.has(e.id) && !run.skipped.some((s) => s.employeeId === e.id)).map((e) => e.id);
  let previousResults: PreviousResult[] | undefined;
  if (a.previous !== undefined) {
    const prev = await importPreviousResultsFile(await readInputFile(a.previous, "前回の結果（--previous）"), basename(a.previous), undefined, run.employees);
    previousResults = latestSalaryResults(prev.results);
    rejected += prev.rejected.length;
    problems.push(...prev.problems.map((p) => describeRunProblem({ ...p, message: `前回の結果: ${p.message}` })));
    run.rowCounts.push(`前回の結果: ${describeRowCounts(prev.rowCounts)}`);
    problems.push(...previousGrossProblems(run, prev.results).map(describeRunProblem));
  }

  const settings = a.company === undefined ? run.settings : { ...run.settings, companyName: a.company.trim() };
  const month = parsePeriod(run.settings.period, "対象年月");
  const plausibility = plausibilityOfDetails({ details: run.details, employees: run.employees, previousGross: previousGrossOf(previousResults), month });
  progress.step("シートを組み立て中");
  const plan = planPayrollWorkbook({ employees: run.employees, variables, settings, previousResults, law: a.law, needsInput, plausibility });
  problems.push(...plan.notes.map((n) => `[注意] ${n}`));
  const ev = computePlanValues(plan, { formulas: FORMULA_CATALOGUE, law: a.law });

  const payrollSheet = plan.sheets.find((s) => s.name === SHEET.payroll)!;
  const { mismatches, totals } = compareWorkbookFigures({
    employeeIds: run.employees.map((e) => e.id),
    lines: run.lines,
    headers: Array.from({ length: payrollSheet.cols }, (_, c) => ev.value(SHEET.payroll, 0, c)),
    valueAt: (row, col) => ev.value(SHEET.payroll, row, col),
  });
  for (const m of mismatches) {
    const shown = isCellError(m.inWorkbook) ? m.inWorkbook.error : String(m.inWorkbook);
    problems.push(`[エラー] 社員番号 ${m.employeeId}: ブックの${m.header} ${shown} が計算結果 ${m.computed} と一致しません。`);
  }
  progress.step(".xlsx を作成中");
  const xlsx = await planToXlsxPieces(plan, { valuesOnly: a.valuesOnly, evaluation: ev });
  const skipped = run.skipped.length;
  const summary = [
    `給与計算ブックを作成しました: ${a.out}（${a.valuesOnly ? "値のみ。アドインなしで開けます" : "数式と計算結果つき。SONAE 関数にはアドインが必要です"}）`,
    `対象年月 ${run.settings.period}／支給日 ${run.settings.payDate}`,
    `従業員 ${run.employees.length}人（給与を計算 ${run.lines.length}人、対象外 ${skipped}人${needsInput.length ? `、勤怠の入力待ち ${needsInput.length}人` : ""}）`,
    ...run.rowCounts,
    `シート ${plan.sheets.length}枚: ${plan.sheets.map((s) => s.name).join("、")}`,
    `総支給額 ${yen(totals.get("総支給額") ?? 0)}／社会保険料 ${yen(totals.get("社会保険料計") ?? 0)}／所得税 ${yen(totals.get("所得税") ?? 0)}／差引支給額 ${yen(totals.get("差引支給額") ?? 0)}`,
    problems.length ? `問題 ${problems.length}件（下に表示）` : "問題はありません。",
  ];
  const mismatch = problems.some((p) => p.includes("一致しません"));
  return { xlsx, summary, problems, exitCode: rejected > 0 || mismatch ? 1 : 0, run };
}

/**
 * `sonae rebuild`: the payroll workbook as a real .xlsx file. Prints a short Japanese summary (employees,
 * sheets, totals, problems) and writes the file; exit 1 when rows were rejected (the workbook has the
 * valid ones), 2 for a usage error.
 */
export const command: Command = async (argv, law) => {
  const { argv: rest, imports } = takeImportOptions(argv);
  const args = parseRebuildArgs(rest);
  const options = { force: args.force ?? false, label: OUT_LABEL };
  checkOutputPath(args.out, options); // before minutes of work, not after
  checkResultsOut(args.resultsOut, options.force);
  const office = await readSettingsOptions(args.settingsOptions ?? {});
  const progress = createProgress("給与計算ブック");
  const result = await rebuild({ ...args, law, imports, office }, progress);
  progress.step("書き込み中");
  await writeFileAtomic(args.out, result.xlsx, options);
  const written = args.resultsOut === undefined ? [] : await writeResultsOut(args.resultsOut, result.run, options.force, describeRunProblem);
  progress.end();
  await out(result.summary);
  await err([...result.problems, ...written]);
  return result.exitCode === 0 ? EXIT.done : EXIT.rowsRejected;
};
