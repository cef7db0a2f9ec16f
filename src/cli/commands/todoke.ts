/**
 * `sonae todoke santei|geppen|shoyo`: the June procedures from the master and a year of results files, as the
 * 届書作成プログラム CSV (SHFD0006.CSV). The worksheet (santei) or the list of candidates goes to stdout, who
 * was left out and every problem to stderr. No file is written while any problem is an error (exit 1).
 */
import { basename, dirname, join } from "node:path";
import type { Command } from "../command";
import { EXIT } from "../command";
import { isoToDay, readIsoDay, ymdOf } from "../../calc/dates/calendar";
import { describeRowCounts } from "../../import/header";
import { describeProblem as describeTodokeProblem, parseOffice } from "../../todoke";
import { makeTodoke, Procedure, TodokeOutcome } from "../../jobs/todoke/makeTodoke";
import { santeiWorksheetCsvLines } from "../../jobs/todoke/santeiWorksheet";
import { planTodokeWorkbook } from "../../jobs/todoke/todokeWorkbook";
import { planToXlsx } from "../../workbook/xlsx/writer";
import type { YearProblem } from "../../jobs/results/yearOfResults";
import { describeRunProblem } from "./payroll";
import { readJsonFile } from "../inputFile";
import { readResultsFiles, readYearMaster } from "../yearFiles";
import { err, out } from "../output";
import { OptionTable, readOptions, required } from "../readOptions";
import { UsageError } from "../usageError";
import { checkOutputPath, writeFileAtomic } from "../writeFileAtomic";

export const TODOKE_USAGE = `使い方: npm run --silent sonae -- todoke santei|geppen|shoyo --master FILE --results FILE… --office OFFICE.json --out SHFD0006.CSV [--xlsx FILE] [--year YYYY] [--employees ID,…] [--pay-date YYYY-MM-DD] [--date YYYY-MM-DD] [--force]
  日本年金機構の届書作成プログラムで読み込める CSV（Shift_JIS、CRLF）を作ります（docs/todoke.md）。
  santei   算定基礎届（--year の4〜6月に支払った給与）。標準出力に確認用のワークシート（CSV）
  geppen   月額変更届（固定的賃金の変動から3か月）。標準出力に対象者、標準エラーに対象外の人と理由。--employees で確認した人だけ
  shoyo    賞与支払届（種別が賞与の行）。--pay-date でその日に支払った賞与だけ
  --master   従業員マスタ（被保険者整理番号・氏名カナ・勤務区分・従前の改定月・二以上勤務の列を使います）
  --results  給与計算の結果（sonae payroll --results-out のファイルや給与システムの出力。いくつでも、順不同）
  --office   事業所の設定（templates/office.json）
  --out      作成するファイル。同じ名前のファイルがあれば上書きしません（--force で上書き）。4,500,000 バイトを超えるときは
             2つ目から「フォルダ/2/SHFD0006.CSV」のように番号のフォルダに分けます
  --xlsx     確認用のワークシート（.xlsx。santei は①〜⑱と決定する等級、geppen は対象者）に、対象外の人と理由、
             問題があれば「問題」のシートを付けて作ります。エラーがあって届書ファイルを作らないときも作ります
  --date     作成年月日（既定は今日）
`;

interface TodokeArgs {
  procedure: Procedure;
  master: string;
  results: string[];
  office: string;
  out: string;
  xlsx?: string;
  year?: number;
  employees?: string[];
  payDate?: string;
  date?: string;
  force: boolean;
}

const PROCEDURES: readonly string[] = ["santei", "geppen", "shoyo"];
const TODOKE_OPTIONS = {
  values: { "--master": "master", "--office": "office", "--out": "out", "--xlsx": "xlsx", "--year": "year", "--employees": "employees", "--pay-date": "payDate", "--date": "date" },
  flags: { "--force": "force" },
  lists: { "--results": "results" },
} as const satisfies OptionTable<string, string, string>;

/** What the options say beyond their form: the year for santei, where --xlsx applies, the dates. */
function checkTodokeOptions(procedure: string, values: Partial<Record<"xlsx" | "year" | "payDate" | "date", string>>): void {
  if (procedure === "santei" && !/^\d{4}$/.test(values.year ?? "")) throw new UsageError("算定基礎届には --year（4〜6月の年、例 2026）を指定してください。");
  if (values.xlsx !== undefined && procedure === "shoyo") throw new UsageError("--xlsx（確認用のワークシート）は santei（算定基礎届）と geppen（月額変更届）で使えます。");
  if (values.xlsx !== undefined && !/\.xlsx$/i.test(values.xlsx)) throw new UsageError(`--xlsx には .xlsx のファイル名を指定してください（「${values.xlsx}」）。`);
  for (const [key, option] of [["payDate", "--pay-date"], ["date", "--date"]] as const) {
    const value = values[key];
    if (value !== undefined && readIsoDay(value) === undefined) throw new UsageError(`${option} は YYYY-MM-DD の日付で指定してください（「${value}」）。`);
  }
}

export function parseTodokeArgs(argv: string[]): TodokeArgs {
  const [procedure, ...rest] = argv;
  if (!PROCEDURES.includes(procedure)) throw new UsageError(`届書の種類を santei（算定基礎届）・geppen（月額変更届）・shoyo（賞与支払届）から指定してください${procedure ? `（「${procedure}」は不明です）` : ""}。`);
  const { values, flags, lists } = readOptions(rest, TODOKE_OPTIONS);
  const master = required(values.master, "--master（従業員マスタ）");
  const office = required(values.office, "--office（事業所の設定 OFFICE.json）");
  const out = required(values.out, "--out（作成する SHFD0006.CSV）");
  if (!lists.results?.length) throw new UsageError("--results（給与計算の結果のファイル。いくつでも）を指定してください。");
  checkTodokeOptions(procedure, values);
  return {
    procedure: procedure as Procedure, master, results: lists.results, office, out, xlsx: values.xlsx, force: flags.force ?? false,
    year: values.year === undefined ? undefined : Number(values.year),
    employees: values.employees?.split(/[,、]/).map((s) => s.trim()).filter(Boolean),
    payDate: values.payDate, date: values.date,
  };
}

function today(): number {
  const now = new Date();
  return isoToDay(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`);
}

function describeYearProblem(p: YearProblem): string {
  return `${p.file}: ${describeRunProblem(p)}`;
}

/** What goes to stdout: the santei worksheet, or the records written / to be written. */
function report(a: TodokeArgs, o: TodokeOutcome): string[] {
  if (a.procedure === "santei") return santeiWorksheetCsvLines(o.santei);
  return o.build.records.map((r) => `${r.row}行目 社員番号 ${r.employeeId}: ${r.text}`);
}

const XLSX_LABEL = "確認用のワークシート（--xlsx）";

/** The worksheet as .xlsx (values only: no add-in needed); the line saying so for stderr. */
async function writeWorksheet(file: string, procedure: "santei" | "geppen", outcome: TodokeOutcome, a: TodokeArgs): Promise<string> {
  const plan = planTodokeWorkbook({ procedure, outcome, masterFile: a.master });
  await writeFileAtomic(file, await planToXlsx(plan, { valuesOnly: true }), { force: a.force, label: XLSX_LABEL });
  const people = procedure === "santei" ? outcome.santei.length : outcome.geppen.length;
  return `確認用のワークシートを作成しました: ${file}（${people}人、シート: ${plan.sheets.map((s) => s.name).join("・")}）`;
}

/** The path of part n: --out itself, then a numbered folder beside it. */
function partPath(out: string, part: number): string {
  return part === 1 ? out : join(dirname(out), String(part), basename(out));
}

export const command: Command = async (argv) => {
  const a = parseTodokeArgs(argv);
  checkOutputPath(a.out, { force: a.force, label: "届書ファイル（--out）" });
  if (a.xlsx) checkOutputPath(a.xlsx, { force: a.force, label: XLSX_LABEL });
  const parsed = parseOffice(await readJsonFile(a.office, "事業所の設定（--office）"));
  if (!parsed.office) throw new UsageError([`事業所の設定（--office）「${a.office}」を直してください:`, ...parsed.problems.map(describeTodokeProblem)].join("\n"));
  const master = await readYearMaster(a.master);
  const { files: results, rowCounts: resultCounts } = await readResultsFiles(a.results, master.employees);
  const rowCounts = [`従業員マスタ: ${describeRowCounts(master.rowCounts)}`, ...resultCounts];
  const created = a.date === undefined ? today() : isoToDay(a.date);
  const outcome = makeTodoke({
    procedure: a.procedure, master, masterFile: a.master, results, office: parsed.office, created,
    year: a.year, employees: a.employees, payDay: a.payDate === undefined ? undefined : isoToDay(a.payDate),
  });
  const stderr = [...rowCounts, ...outcome.problems.map(describeYearProblem), ...outcome.todokeProblems, ...outcome.leftOut.map((l) => `[対象外] ${l.row}行目 社員番号 ${l.employeeId}: ${l.reason}`)];
  if (a.xlsx && a.procedure !== "shoyo") stderr.push(await writeWorksheet(a.xlsx, a.procedure, outcome, a));
  for (const f of outcome.build.files) await writeFileAtomic(partPath(a.out, f.part), f.bytes, { force: a.force, label: "届書ファイル（--out）" });
  const y = ymdOf(created);
  stderr.push(outcome.failed
    ? "エラーがあるため、届書ファイルは作成していません。直してからもう一度実行してください。"
    : `届書ファイルを作成しました: ${outcome.build.files.map((f) => `${partPath(a.out, f.part)}（${f.records}人、FD通番 ${f.serial}）`).join("、")}（作成年月日 ${y.year}年${y.month}月${y.day}日）`);
  await out(report(a, outcome));
  await err(stderr);
  return outcome.failed ? EXIT.rowsRejected : EXIT.done;
};
