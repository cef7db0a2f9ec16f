/**
 * `sonae zengin`: the 全銀協規定形式 transfer file of a month's pay, from the master and the payroll.
 *
 *   npm run --silent sonae -- zengin --master FILE --period YYYY-MM --pay-date YYYY-MM-DD \
 *     --sender SENDER.json --out FILE [--type 11|12|21] [--crlf|--no-crlf] [--eof] [--variables FILE] [--lines FILE]
 *
 * The file reading is kept thin (`command`); what the command decides and prints lives in `runZengin`,
 * which takes the employees and payroll lines directly so that it is tested without files.
 * Exit codes: 0 file written (warnings printed), 1 not written because of errors, 2 wrong usage.
 */
import type { Command } from "../command";
import { EXIT } from "../command";
import { readInputText, readJsonFile } from "../inputFile";
import { err as writeErr, out as writeOut } from "../output";
import { UsageError } from "../usageError";
import type { JobProblem } from "../../jobs/problem";
import { OptionTable, readOptions } from "../readOptions";
import { checkOutputPath, writeFileAtomic } from "../writeFileAtomic";
import type { Employee } from "../../calc/payroll/employee";
import type { PayrollLine } from "../../calc/payroll/types";
import { ZENGIN_TYPES, ZenginType } from "../../zengin/layout";
import type { ZenginBuildResult, ZenginOptions } from "../../zengin/build";
import { describeProblem, hasErrors } from "../../zengin/problems";
import { parseZenginSender } from "../../zengin/sender";
import { payrollItems, TransferRow } from "../../zengin/transfers";
import { BankDirectory, describeDirectory } from "../../zengin/bankNames";
import { fillBankNames, makeTransferFile } from "../../jobs/transfer/makeTransferFile";
import { groupDigits } from "../../zengin/validate";
import { IMPORT_OPTIONS_USAGE, takeImportOptions } from "../importOptions";
import { readSettingsOptions, SETTINGS_OPTION_VALUES, SETTINGS_OPTIONS_USAGE } from "../settingsOptions";

export const ZENGIN_USAGE = `使い方: npm run --silent sonae -- zengin --master FILE --period YYYY-MM --pay-date YYYY-MM-DD --sender SENDER.json --out FILE （仮払い: --from-previous LAST.txt）
         [--type 11|12|21] [--crlf|--no-crlf] [--eof] [--variables FILE] [--settings settings.json] [--lines FILE] [--force]

  --out    作成するファイル。同じ名前のファイルがあれば上書きしません（--force で上書き）。フォルダがなければ作ります。
           エラーがあるときは作成しません。作成中に止めても書きかけのファイルは残りません
           振込先のない人（従業員マスタの口座が空欄か不備）はファイルに入れず、名前と金額を表示します
  --type 11 給与振込（既定）、12 賞与振込、21 総合振込
  --crlf   レコードの間に改行 CRLF を入れる（既定）。--no-crlf は改行なし（120バイト連続）
  --eof    最後に EOF (0x1A) を付ける
  --lines  差引支給額を給与計算の代わりにこの JSON 行ファイル（{"employeeId": "…", "net": 123456}）から読む。
           賞与振込（--type 12）では必須（賞与の計算結果を指定してください）
${SETTINGS_OPTIONS_USAGE}${IMPORT_OPTIONS_USAGE}

仮払い（前月同額）: 給与計算システムが止まって何も出力できない月は、前月の振込ファイルから作ります
         zengin --from-previous LAST.txt --pay-date YYYY-MM-DD --out NEW.txt [--changes CHANGES.csv] [--ledger PROVISIONAL.csv] [--payslips SLIPS.xlsx [--company 会社名]] [--master FILE]
         （--changes は今月だけの金額・除外、--ledger は精算用の仮払い台帳、--payslips は仮払いの給与明細書。README「When nothing can be exported」）
         振込ファイルがなく、前月の給与結果（CSV: 社員番号・差引支給額）と従業員マスタがあるときは
         zengin --from-results LAST_RESULTS.csv --master FILE --pay-date YYYY-MM-DD --sender SENDER.json --out NEW.txt [--changes CHANGES.csv] [--ledger PROVISIONAL.csv] [--payslips SLIPS.xlsx [--company 会社名]]
         （--period は省略すると支給日の月。明細書には前月の内訳を参考として載せます）
`;

export interface ZenginArgs {
  master: string;
  period: string;
  payDate: string;
  sender: string;
  out: string;
  type: ZenginType;
  lineBreak: "crlf" | "none";
  eof: boolean;
  /** Replace an existing --out file. */
  force?: boolean;
  variables?: string;
  lines?: string;
  /** 仮払い（前月同額）: the net pay of the system's last results instead of this month's payroll. */
  fromResults?: string;
  /** With --from-results: the 仮払い ledger for `sonae settle`. */
  ledger?: string;
  /** With --from-results: this month's amount or 除外 per 社員番号. */
  changes?: string;
  /** --settings, --premium-timing, --support-rounding: the office's 設定 the month is computed with. */
  settings?: string;
  premiumTiming?: string;
  supportRounding?: string;
  /** With --from-results: the provisional payslips (.xlsx) and the company name on them. */
  payslips?: string;
  company?: string;
}

const ZENGIN_OPTIONS = {
  values: {
    "--master": "master", "--period": "period", "--pay-date": "payDate", "--sender": "sender", "--out": "out", "--type": "type",
    "--variables": "variables", "--lines": "lines", "--from-results": "fromResults", "--ledger": "ledger", "--changes": "changes", ...SETTINGS_OPTION_VALUES,
    "--payslips": "payslips", "--company": "company",
  },
  flags: { "--crlf": "crlf", "--no-crlf": "noCrlf", "--eof": "eof", "--force": "force" },
} as const satisfies OptionTable<keyof ZenginArgs, string>;

/** The words after `zengin` → arguments, or a Japanese message saying what is wrong. */
export function parseZenginArgs(argv: readonly string[]): { args: ZenginArgs } | { error: string } {
  let read;
  try {
    read = readOptions(argv, ZENGIN_OPTIONS);
  } catch (e) {
    if (e instanceof UsageError) return { error: e.message };
    throw e;
  }
  const { values, flags } = read;
  // --no-crlf wins over --crlf, as the last word used to; CRLF is what internet banking expects by default.
  const a: Partial<Record<keyof ZenginArgs, string | boolean>> = { type: "11", ...values, lineBreak: flags.noCrlf ? "none" : "crlf", eof: flags.eof ?? false, ...(flags.force ? { force: true } : {}) };
  if (a.fromResults !== undefined && a.period === undefined && /^\d{4}-\d{2}-\d{2}$/.test(String(a.payDate))) a.period = String(a.payDate).slice(0, 7);
  if (a.fromResults !== undefined && a.lines !== undefined) return { error: "--from-results と --lines は一緒に使えません（どちらも差引支給額の読み込み元です）。" };
  if (a.changes !== undefined && a.fromResults === undefined) return { error: "--changes（今月の変更）は --from-results か --from-previous と一緒に指定してください。" };
  if (a.ledger !== undefined && a.fromResults === undefined) return { error: "--ledger（仮払い台帳）は --from-results か --from-previous と一緒に指定してください。" };
  if (a.payslips !== undefined && a.fromResults === undefined) return { error: "--payslips（仮払いの給与明細書）は --from-results か --from-previous と一緒に指定してください。" };
  if (a.company !== undefined && a.payslips === undefined) return { error: "--company（明細書の会社名）は --payslips と一緒に指定してください。" };
  for (const flag of ["--master", "--period", "--pay-date", "--sender", "--out"] as const) {
    if (a[ZENGIN_OPTIONS.values[flag]] === undefined) return { error: `${flag} を指定してください。` };
  }
  if (!/^\d{4}-\d{2}$/.test(String(a.period))) return { error: `--period「${a.period}」は YYYY-MM で指定してください。` };
  if (!Object.prototype.hasOwnProperty.call(ZENGIN_TYPES, String(a.type))) return { error: `--type「${a.type}」は 11・12・21 のいずれかで指定してください。` };
  if (a.type === "12" && a.lines === undefined) {
    return { error: "--type 12（賞与振込）では --lines で賞与の差引支給額（JSON 行: employeeId, net）を指定してください。給与計算の結果は使えません。" };
  }
  return { args: a as unknown as ZenginArgs };
}

/** A problem of the payroll run (import or calculation); without a severity it counts as an error. */
export type PayrollRunProblem = JobProblem;

export interface ZenginRunInput {
  employees: readonly Employee[];
  lines: readonly PayrollLine[] | readonly { employeeId: string; net: number }[];
  payrollProblems?: readonly PayrollRunProblem[];
  /** The sender settings as parsed from SENDER.json (checked here). */
  sender: unknown;
  type: ZenginType;
  payDate: string;
  options?: ZenginOptions;
  /** The bank code table, for names and typo hints; without it no names are filled. */
  directory?: BankDirectory;
  /** The master file's row of each 社員番号: every message then names that row (one numbering with the payroll's). */
  masterRows?: ReadonlyMap<string, number>;
  /** Master rows the import rejected: their employees are missing for that reason, not as unknown ids. */
  rejectedMasterRows?: ReadonlySet<number>;
}

export interface ZenginRunOutput {
  exitCode: 0 | 1;
  /** The file to write (only when exitCode is 0). */
  bytes?: Uint8Array;
  result?: ZenginBuildResult;
  /** Lines for the terminal: a summary and the name changes on stdout, problems on stderr. */
  stdout: string[];
  stderr: string[];
}

function payrollProblemText(p: PayrollRunProblem): string {
  const tag = p.severity === "warning" ? "注意" : "エラー";
  const where = [p.row > 0 ? `${p.row}行目` : "", p.column, p.value ? `「${p.value}」` : ""].filter(Boolean).join(" ");
  return `[${tag}] 給与計算${where ? ` ${where}` : ""}: ${p.message}`;
}

/**
 * A transfer row numbered by the master file's row. A 社員番号 on a rejected master row is not "unknown": it
 * is missing because of that row's error, and the message sends the clerk there.
 */
function inMasterRows(r: TransferRow, input: ZenginRunInput): TransferRow {
  const sourceRow = r.employeeId === undefined ? undefined : input.masterRows?.get(r.employeeId);
  if (sourceRow === undefined) return r;
  const excluded = input.rejectedMasterRows?.has(sourceRow) ?? false;
  const notes = excluded
    ? r.notes?.map((n) => (n.field === "社員番号" ? { ...n, message: `従業員マスタでエラーのため除外（従業員マスタ ${sourceRow}行目のエラーを直してください）。` } : n))
    : r.notes;
  return { ...r, sourceRow, notes };
}

/**
 * The people paid without a transfer, so that the file's total plus theirs adds up to the payroll's and
 * nobody is forgotten at the bank counter.
 */
function withoutAccountSummary(rows: readonly TransferRow[]): string[] {
  const unpaid = rows.filter((r) => r.skip && !r.account && r.amount > 0);
  if (unpaid.length === 0) return [];
  const total = unpaid.reduce((t, r) => t + r.amount, 0);
  return [
    `振込先なし（このファイルに入れていません。現金支給か別の振込で支払ってください）: ${unpaid.length}人 合計 ${groupDigits(total)}円`,
    ...unpaid.map((r) => `  ${r.sourceRow !== undefined ? `${r.sourceRow}行目 ` : ""}社員番号 ${r.employeeId ?? ""} ${r.name ?? ""} ${groupDigits(r.amount)}円`),
  ];
}

/** Everything `sonae zengin` decides, from employees and payroll lines already read. */
export function runZengin(input: ZenginRunInput): ZenginRunOutput {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const payrollProblems = input.payrollProblems ?? [];
  stderr.push(...payrollProblems.map(payrollProblemText));
  const payrollBlocked = payrollProblems.some((p) => p.severity !== "warning");

  const parsed = parseZenginSender(input.sender);
  if (!parsed.sender) {
    stderr.push(...parsed.problems.map(describeProblem), "依頼人設定（--sender）を直してください。振込データは作成していません。");
    return { exitCode: 1, stdout, stderr };
  }
  const sender = parsed.sender;

  const { items, orphans } = payrollItems(input.employees, input.lines as readonly PayrollLine[]);
  if (input.directory) stdout.push(`銀行名・支店名: ${describeDirectory(input.directory)}`);
  const { rows, result, hints } = makeTransferFile({
    sender,
    type: input.type,
    payDate: input.payDate,
    options: input.options,
    items,
    orphans,
    arrange: (paired) => paired.map((r) => inMasterRows(r, input)),
    decorate: input.directory && fillBankNames(input.directory, sender),
  });
  const problems = [...result.problems, ...hints].sort((a, b) => a.row - b.row);
  stderr.push(...problems.map(describeProblem));
  if (result.nameChanges.length > 0) {
    stdout.push(`名前を銀行の文字に変換しました（${result.nameChanges.length}件、確認してください）:`);
    for (const c of result.nameChanges) {
      const who = c.row === 0 ? c.field : `${c.row}行目 社員番号 ${c.employeeId} ${c.field}`;
      stdout.push(`  ${who}: ${c.before} → ${c.after}`);
    }
  }
  const payrollTotal = items.reduce((t, i) => t + i.net, 0);
  if (hasErrors(result.problems) || payrollBlocked) {
    stderr.push(payrollBlocked ? "給与計算に問題があるため振込データは作成していません。" : "エラーがあるため振込データは作成していません。");
    return { exitCode: 1, result, stdout, stderr };
  }
  stdout.push(
    `${ZENGIN_TYPES[input.type]}（種別 ${input.type}） 振込指定日 ${input.payDate}: ${result.count}件 合計 ${groupDigits(result.total)}円` +
      `（差引支給額の合計 ${groupDigits(payrollTotal)}円）`,
  );
  stdout.push(...withoutAccountSummary(rows));
  return { exitCode: 0, bytes: result.bytes, result, stdout, stderr };
}

/** JSON lines {"employeeId": "…", "net": 123} (the shape `sonae payroll` prints). */
export function parseNetLines(text: string): { lines: { employeeId: string; net: number }[]; errors: string[] } {
  const lines: { employeeId: string; net: number }[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (l.trim() === "") return;
    try {
      const o = JSON.parse(l) as { employeeId?: unknown; net?: unknown };
      if (typeof o.employeeId !== "string" || typeof o.net !== "number") throw new Error();
      lines.push({ employeeId: o.employeeId, net: o.net });
    } catch {
      errors.push(`--lines ${i + 1}行目: {"employeeId": "…", "net": 数値} の JSON ではありません。`);
    }
  });
  return { lines, errors };
}

export const command: Command = async (argv, law) => {
  if (argv.includes("--from-previous")) return (await import("./zenginProvisional")).fromPreviousCommand(argv);
  const { argv: rest, imports } = takeImportOptions(argv);
  const parsed = parseZenginArgs(rest);
  if ("error" in parsed) throw new UsageError(parsed.error);
  const a = parsed.args;
  const outOptions = { force: a.force ?? false, label: "振込データ（--out）" };
  checkOutputPath(a.out, outOptions);
  const senderJson = await readJsonFile(a.sender, "依頼人設定（--sender）");
  if (a.ledger !== undefined) checkOutputPath(a.ledger, { force: a.force ?? false, label: "仮払い台帳（--ledger）" });
  if (a.payslips !== undefined) checkOutputPath(a.payslips, { force: a.force ?? false, label: "仮払いの給与明細書（--payslips）" });
  const provisional = a.fromResults === undefined ? undefined : await import("./zenginProvisional");
  let fromResults = a.fromResults === undefined ? undefined : await provisional!.readFromResults(a.fromResults);
  if (fromResults && a.changes !== undefined) {
    const changed = await provisional!.applyResultChanges(fromResults, a.changes);
    if (changed.failed) return writeErr(changed.problems).then(() => EXIT.rowsRejected);
    fromResults = changed;
  }
  const netLines = fromResults ? { lines: fromResults.lines, errors: [] } : a.lines === undefined ? undefined : parseNetLines(await readInputText(a.lines, "差引支給額（--lines）"));
  if (netLines && netLines.errors.length > 0) throw new UsageError(netLines.errors.join("\n"));
  const { runPayrollFromFiles } = await import("../payrollRun");
  const office = await readSettingsOptions(a);
  const run = await runPayrollFromFiles({ masterPath: a.master, period: a.period, payDate: a.payDate, variablesPath: a.variables, law, imports, office });
  const { loadBankDirectory } = await import("../../zengin/bankNames");
  const out = runZengin({
    employees: run.employees,
    lines: netLines?.lines ?? run.lines,
    // With --lines the payroll's own results are not used: its problems are shown for context only (an
    // employee the master rejected still fails, as a line without an account).
    payrollProblems: netLines === undefined ? run.problems : run.problems.map((p) => ({ ...p, severity: "warning" as const })),
    sender: senderJson,
    type: a.type,
    payDate: a.payDate,
    options: { lineBreak: a.lineBreak, eof: a.eof },
    directory: await loadBankDirectory(),
    masterRows: run.masterRows,
    rejectedMasterRows: run.rejectedMasterRows,
  });
  await writeErr([...(fromResults?.problems ?? []), ...out.stderr]);
  if (out.exitCode === 0 && out.bytes) {
    await writeFileAtomic(a.out, out.bytes, outOptions);
    out.stdout.push(`→ ${a.out}（${groupDigits(out.bytes.length)}バイト）`);
    if (fromResults && a.ledger !== undefined) out.stdout.push(await provisional!.writeResultsLedger(a.ledger, fromResults, a.payDate, run.employees, a.force ?? false));
    if (fromResults && a.payslips !== undefined) out.stdout.push(await provisional!.writeResultsPayslips(a.payslips, fromResults, a.payDate, run.employees, a.company, a.force ?? false));
  }
  await writeOut(out.stdout);
  return out.exitCode === 0 ? EXIT.done : EXIT.rowsRejected;
};

