/**
 * `sonae zengin --from-previous LAST.txt`: 仮払い（前月同額）when the payroll system is down and nothing can be
 * exported — last month's 給与振込 file from internet banking, paid again on a new 振込指定日 (the use case is
 * jobs/provisional/provisionalFromPrevious). Reading files and printing live here.
 * Exit codes: 0 file written (warnings printed), 1 not written because of errors, 2 wrong usage.
 */
import { basename } from "node:path";
import { EXIT } from "../command";
import { importInputFile, readInputFile } from "../inputFile";
import { err, out } from "../output";
import { UsageError } from "../usageError";
import { OptionTable, readOptions, required } from "../readOptions";
import { checkOutputPath, writeFileAtomic } from "../writeFileAtomic";
import { readIsoDay } from "../../calc/dates/calendar";
import type { Employee } from "../../calc/payroll/employee";
import { describeProblem as describeImportProblem, importMasterFile, importPreviousResultsFile, PreviousResult } from "../../import";
import { readChangesFile } from "../../jobs/provisional/changesFile";
import { provisionalFromPrevious } from "../../jobs/provisional/provisionalFromPrevious";
import { applyResultChanges as applyChangesToResults, paidFromResults } from "../../jobs/provisional/provisionalFromResults";
import { ledgerCsv, resultsLedgerCsv } from "../../jobs/provisional/provisionalLedger";
import { ProvisionalSlip, provisionalPayslipsPlan, slipsOfLedger, slipsOfResults } from "../../jobs/provisional/provisionalPayslips";
import { planToXlsx } from "../../workbook/xlsx/writer";
import { ZENGIN_TYPES } from "../../zengin/layout";
import { describeProblem, hasErrors } from "../../zengin/problems";
import type { ProvisionalPayee } from "../../zengin/provisional";
import { groupDigits } from "../../zengin/validate";

export const FROM_PREVIOUS_USAGE = `使い方: npm run --silent sonae -- zengin --from-previous LAST.txt --pay-date YYYY-MM-DD --out NEW.txt
         [--changes CHANGES.csv] [--ledger PROVISIONAL.csv] [--payslips SLIPS.xlsx [--company 会社名]] [--master FILE] [--force]
  給与計算システムが使えず何も出力できない月の仮払い（前月同額）。インターネットバンキングからダウンロードした
  前月の給与振込データ（全銀形式）と同じ振込先・同じ金額で、振込指定日だけを変えたファイルを作ります。
  --changes  今月だけの変更（CSV: 社員番号 または 銀行コード・支店コード・預金種目・口座番号 で人を指定し、
             振込金額 か 除外（○）を書く）
  --ledger   仮払い台帳（CSV: 社員番号・氏名・種別・支給日・差引支給額・備考「仮払い（前月同額）」）。
             後で sonae settle --provisional に渡して精算します
  --payslips 仮払いの給与明細書（.xlsx、表題「給与明細書　仮払い（前月同額）」）。振込額だけを載せます
  --company  明細書に載せる会社名
  --master   従業員マスタ。台帳の社員番号・氏名を、振込ファイルの顧客コード1または口座から補います
`;

interface FromPreviousArgs {
  previous: string;
  payDate: string;
  out: string;
  changes?: string;
  ledger?: string;
  payslips?: string;
  company?: string;
  master?: string;
  force: boolean;
}

const FROM_PREVIOUS_OPTIONS = {
  values: {
    "--from-previous": "previous", "--pay-date": "payDate", "--out": "out", "--changes": "changes", "--ledger": "ledger", "--master": "master",
    "--payslips": "payslips", "--company": "company",
  },
  flags: { "--force": "force" },
  unknownHint: "（--from-previous と一緒に使えるのは --pay-date --out --changes --ledger --payslips --company --master --force です）",
} as const satisfies OptionTable<keyof FromPreviousArgs, "force">;

export function parseFromPreviousArgs(argv: readonly string[]): FromPreviousArgs {
  const { values, flags } = readOptions(argv, FROM_PREVIOUS_OPTIONS);
  const needed = (option: "--from-previous" | "--pay-date" | "--out") => required(values[FROM_PREVIOUS_OPTIONS.values[option]], `${option} `);
  const a: FromPreviousArgs = { ...values, previous: needed("--from-previous"), payDate: needed("--pay-date"), out: needed("--out"), force: flags.force ?? false };
  if (a.company !== undefined && a.payslips === undefined) throw new UsageError("--company（明細書の会社名）は --payslips と一緒に指定してください。");
  if (readIsoDay(a.payDate) === undefined) throw new UsageError(`--pay-date「${a.payDate}」は YYYY-MM-DD の日付で指定してください。`);
  return a;
}

async function readMaster(path: string): Promise<{ employees: Employee[]; messages: string[] }> {
  const m = await importInputFile("従業員マスタ（--master）", path, (bytes, name) => importMasterFile(bytes, name));
  return { employees: m.employees, messages: m.problems.filter((p) => p.severity === "error").map((p) => `従業員マスタ ${describeImportProblem(p)}`) };
}

function payeeLine(p: ProvisionalPayee): string {
  const who = `${p.record}件目 ${p.employeeNumber !== undefined ? `社員番号 ${p.employeeNumber} ` : ""}${p.payeeName}`;
  if (p.change === "leftOut") return `  ${who}: 除外（前月 ${groupDigits(p.previousAmount)}円）`;
  if (p.change === "amount") return `  ${who}: ${groupDigits(p.previousAmount)}円 → ${groupDigits(p.amount)}円`;
  return `  ${who}: ${groupDigits(p.amount)}円`;
}

export async function fromPreviousCommand(argv: readonly string[]): Promise<number> {
  const a = parseFromPreviousArgs(argv);
  const outOptions = { force: a.force, label: "振込データ（--out）" };
  const ledgerOptions = { force: a.force, label: "仮払い台帳（--ledger）" };
  checkOutputPath(a.out, outOptions);
  if (a.ledger !== undefined) checkOutputPath(a.ledger, ledgerOptions);
  if (a.payslips !== undefined) checkOutputPath(a.payslips, { force: a.force, label: PAYSLIPS_LABEL });
  const previous = await readInputFile(a.previous, "前回の振込ファイル（--from-previous）");
  const stderr: string[] = [];
  let changes;
  if (a.changes !== undefined) {
    const read = await importInputFile("今月の変更（--changes）", a.changes, (bytes, name) => readChangesFile(bytes, name));
    stderr.push(...read.problems.map((p) => `今月の変更 ${describeImportProblem(p)}`));
    if (read.problems.some((p) => p.severity === "error")) {
      await err([...stderr, "今月の変更（--changes）にエラーがあるため振込データは作成していません（変更が反映されないまま振り込まないように）。"]);
      return EXIT.rowsRejected;
    }
    changes = read.changes;
  }
  const master = a.master === undefined ? undefined : await readMaster(a.master);
  if (master) stderr.push(...master.messages);
  const month = provisionalFromPrevious({ previous, payDate: a.payDate, changes, master: master?.employees });
  stderr.push(...month.problems.map(describeProblem));
  const t = month.transfer;
  if (!t.bytes || hasErrors(t.problems)) {
    await err([...stderr, "エラーがあるため振込データは作成していません。"]);
    return EXIT.rowsRejected;
  }
  await err(stderr);
  const previousTotal = t.payees.reduce((s, p) => s + p.previousAmount, 0);
  const stdout = [
    `仮払い（前月同額） ${ZENGIN_TYPES[t.type ?? "11"]} 振込指定日 ${a.payDate}: ${t.count}件 合計 ${groupDigits(t.total)}円（前回 ${t.payees.length}件 ${groupDigits(previousTotal)}円）`,
    ...t.payees.map(payeeLine),
  ];
  await writeFileAtomic(a.out, t.bytes, outOptions);
  stdout.push(`→ ${a.out}（${groupDigits(t.bytes.length)}バイト）`);
  if (a.ledger !== undefined) {
    await writeFileAtomic(a.ledger, new TextEncoder().encode(ledgerCsv(month.ledger)), ledgerOptions);
    stdout.push(`→ ${a.ledger}（仮払い台帳 ${month.ledger.length}人。確定後に sonae settle --provisional ${a.ledger} --actual 確定した結果.csv で精算）`);
  }
  if (a.payslips !== undefined) stdout.push(await writeProvisionalPayslips(a.payslips, slipsOfLedger(month.ledger), a.payDate, a.company, a.force));
  await out(stdout);
  return EXIT.done;
}

/** `--from-results R`: the system's last results, read as the net pay of each employee (前月同額). */
export interface FromResults {
  lines: { employeeId: string; net: number }[];
  results: PreviousResult[];
  problems: string[];
}

/** The clerk's changes applied to the last results by 社員番号 (jobs/provisional/provisionalFromResults). */
export async function applyResultChanges(from: FromResults, changesPath: string): Promise<FromResults & { failed: boolean }> {
  const read = await readChangesFile(await readInputFile(changesPath, "今月の変更（--changes）"), basename(changesPath));
  const problems = read.problems.map((p) => `今月の変更 ${describeImportProblem(p)}`);
  const applied = applyChangesToResults(from.results, read.changes);
  for (const p of applied.problems) problems.push(`今月の変更 [エラー] ${p.row}行目「社員番号」の「${p.employeeNumber}」: ${p.message}`);
  if (read.problems.some((p) => p.severity === "error") || applied.problems.length > 0) {
    // Exit 1 as with --from-previous: the rows are the clerk's to fix; paying without the change would be wrong.
    return { ...from, problems: [...from.problems, ...problems, "今月の変更（--changes）にエラーがあるため振込データは作成していません。"], failed: true };
  }
  const results = applied.paid;
  return { results, lines: results.map((r) => ({ employeeId: r.employeeId, net: r.net! })), problems: [...from.problems, ...problems], failed: false };
}

export async function readFromResults(path: string): Promise<FromResults> {
  const label = "前月の結果（--from-results）";
  const r = await importInputFile(label, path, (bytes, name) => importPreviousResultsFile(bytes, name));
  const problems = r.problems.map((p) => `${label} ${describeImportProblem(p)}`);
  if (r.rejected.length > 0 || r.problems.some((p) => p.severity === "error")) {
    throw new UsageError([...problems, `${label}に読めない行があります。直してから作り直してください（その人を払わないまま振り込まないように）。`].join("\n"));
  }
  const { paid, blankNetRows } = paidFromResults(r.results, r.rows);
  for (const row of blankNetRows) problems.push(`${label} [注意] ${row}行目「差引支給額」: 空欄のため振り込みません。`);
  return { lines: paid.map((x) => ({ employeeId: x.employeeId, net: x.net! })), results: paid, problems };
}

/** After the file is written: the 仮払い ledger of a month paid from the last results. */
export async function writeResultsLedger(path: string, from: FromResults, payDate: string, employees: readonly Employee[], force: boolean): Promise<string> {
  const names = new Map(employees.map((e) => [e.id, e.name]));
  const csv = resultsLedgerCsv(from.results, payDate, (id) => names.get(id) ?? "");
  await writeFileAtomic(path, new TextEncoder().encode(csv), { force, label: "仮払い台帳（--ledger）" });
  return `→ ${path}（仮払い台帳 ${from.results.length}人。確定後に sonae settle --provisional ${path} で精算）`;
}

export const PAYSLIPS_LABEL = "仮払いの給与明細書（--payslips）";

/** The provisional payslips as .xlsx (values only: nothing in them is computed). */
export async function writeProvisionalPayslips(path: string, slips: readonly ProvisionalSlip[], payDate: string, company: string | undefined, force: boolean): Promise<string> {
  const bytes = await planToXlsx(provisionalPayslipsPlan({ slips, payDate, company }), { valuesOnly: true });
  await writeFileAtomic(path, bytes, { force, label: PAYSLIPS_LABEL });
  return `→ ${path}（仮払いの給与明細書 ${slips.length}人）`;
}

/** After the file is written: the provisional payslips of a month paid from the last results (last month's items as reference). */
export async function writeResultsPayslips(path: string, from: FromResults, payDate: string, employees: readonly Employee[], company: string | undefined, force: boolean): Promise<string> {
  const names = new Map(employees.map((e) => [e.id, e.name]));
  return writeProvisionalPayslips(path, slipsOfResults(from.results, (id) => names.get(id) ?? ""), payDate, company, force);
}
