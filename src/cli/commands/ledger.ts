/**
 * `sonae ledger --master M --results FILE… --year 2026 --xlsx FILE`: the 賃金台帳 and the 源泉徴収簿 of a calendar
 * year (by 支給日) from the master and the year's results — the payroll system's exports and Sonae's
 * --results-out months, in any order and mix — as one workbook. With `--staff` (the 年末調整 staff list of
 * `sonae nencho`) the 年末調整 block is computed too. stdout: one line per employee; stderr: the files' row
 * counts, every problem and note. Exit 1 when a results row was rejected (the ledgers are still written).
 */
import type { Command } from "../command";
import { EXIT } from "../command";
import type { YearEndInput } from "../../calc/yearEnd/types";
import { describeRowCounts } from "../../import/header";
import { importPreviousResultsFile } from "../../import";
import { readStaffListFile } from "../../import/nenchoStaff";
import { declarationsOf, LEFT_OUT } from "../../jobs/ledger/declarations";
import { EmployeeLedger, makeLedgers, paymentCounts } from "../../jobs/ledger/ledger";
import { ledgerFileOf, LedgerFile } from "../../jobs/ledger/payments";
import { planLedgerWorkbook } from "../../jobs/ledger/ledgerWorkbook";
import { planToXlsx } from "../../workbook/xlsx/writer";
import { describeRunProblem } from "./payroll";
import { importInputFile } from "../inputFile";
import { readYearMaster, RESULTS_LABEL } from "../yearFiles";
import { err, out } from "../output";
import { OptionTable, readOptions, required } from "../readOptions";
import { readSettingsOptions } from "../settingsOptions";
import { UsageError } from "../usageError";
import { checkOutputPath, writeFileAtomic } from "../writeFileAtomic";

export const LEDGER_USAGE = `使い方: npm run --silent sonae -- ledger --master FILE --results FILE… --year YYYY --xlsx 台帳.xlsx [--closing-day N | --settings settings.json] [--staff staff.csv] [--force]
  賃金台帳（労働基準法第108条・施行規則第54条）と源泉徴収簿（年末調整欄つき）を、その年に支給した給与・賞与から作ります。
  --master       従業員マスタ（氏名・性別・所属・税区分・扶養親族等の数・入社日・退職日）
  --results      給与計算の結果（sonae payroll --results-out のファイルや給与システムの出力。いくつでも、順不同）。
                 結果のない月は「データなし」、ファイルにない項目は「不明」と書きます（0 とは書きません）
  --year         支給日の年（暦年）
  --xlsx         作成するブック。同じ名前のファイルがあれば上書きしません（--force で上書き）
  --closing-day  締め日（1〜31、末日は 31）。計算期間・締日の列のない結果の賃金計算期間を、対象年月と締め日から書きます
                 （なければ「○年○月分」）
  --settings     事務所の設定（作業ウィンドウの「設定」で書き出す settings.json）。その締め日を使います（--closing-day が優先）
  --staff        年末調整の従業員一覧（sonae nencho と同じ形式）。あれば年末調整欄の控除・年調年税額まで計算します
`;

const XLSX_LABEL = "台帳のブック（--xlsx）";

interface LedgerArgs {
  master: string;
  results: string[];
  year: number;
  xlsx: string;
  closingDay?: number;
  settings?: string;
  staff?: string;
  force: boolean;
}

const LEDGER_OPTIONS: OptionTable<"master" | "year" | "xlsx" | "closingDay" | "settings" | "staff", "force", "results"> = {
  values: { "--master": "master", "--year": "year", "--xlsx": "xlsx", "--closing-day": "closingDay", "--settings": "settings", "--staff": "staff" },
  flags: { "--force": "force" },
  lists: { "--results": "results" },
};

export function parseLedgerArgs(argv: readonly string[]): LedgerArgs {
  const { values, flags, lists } = readOptions(argv, LEDGER_OPTIONS);
  const master = required(values.master, "--master（従業員マスタ）");
  const xlsx = required(values.xlsx, "--xlsx（作成するブック）");
  const results = lists.results ?? [];
  if (results.length === 0) throw new UsageError("--results（給与計算の結果のファイル。いくつでも）を指定してください。");
  if (!/^\d{4}$/.test(values.year ?? "")) throw new UsageError(`--year には支給日の年を西暦 4 桁で指定してください${values.year ? `（「${values.year}」）` : ""}。`);
  const closingDay = values.closingDay === undefined ? undefined : Number(values.closingDay);
  if (closingDay !== undefined && !(Number.isInteger(closingDay) && closingDay >= 1 && closingDay <= 31)) {
    throw new UsageError(`--closing-day は 1〜31 の日（末日は 31）で指定してください（「${values.closingDay}」）。`);
  }
  return { master, results, year: Number(values.year), xlsx, closingDay, settings: values.settings, staff: values.staff, force: flags.force ?? false };
}

/** The 申告書 of each employee from the 年末調整 staff list; rows with problems are named and left out. */
async function readDeclarations(path: string, year: number, stderr: string[]): Promise<Map<string, YearEndInput>> {
  const list = await importInputFile("年末調整の従業員一覧（--staff）", path, (bytes, name) => readStaffListFile(bytes, name));
  if (list.fatal) throw new UsageError(`年末調整の従業員一覧（--staff）「${path}」: ${list.fatal}`);
  const { declarations, problems } = declarationsOf(list.rows, year);
  stderr.push(...problems.map((e) => `${path}: [エラー] ${e.row}行目「${e.column}」: ${e.message}${LEFT_OUT}`));
  return declarations;
}

function summary(l: EmployeeLedger): string {
  const { paid, missing } = paymentCounts(l);
  const gross = l.wageLedger.find((r) => r.label === "総支給額")!.total;
  return `社員番号 ${l.employee.id} ${l.employee.name}: ${paid}回の支払${missing > 0 ? `、データなし ${missing}か月` : ""}、総支給額の合計 ${typeof gross === "number" ? `${gross.toLocaleString("ja-JP")}円` : gross}`;
}

export const command: Command = async (argv) => {
  const a = parseLedgerArgs(argv);
  checkOutputPath(a.xlsx, { force: a.force, label: XLSX_LABEL });
  const master = await readYearMaster(a.master);
  const stderr = [`従業員マスタ: ${describeRowCounts(master.rowCounts)}`, ...master.problems.filter((p) => p.severity === "error").map((p) => `${a.master}: ${describeRunProblem(p)}`)];
  const files: LedgerFile[] = [];
  let rejected = master.rejected.length;
  for (const path of a.results) {
    const imported = await importInputFile(RESULTS_LABEL, path, (bytes, name) => importPreviousResultsFile(bytes, name, undefined, master.employees));
    stderr.push(`${path}: ${describeRowCounts(imported.rowCounts)}`, ...imported.problems.map((p) => `${path}: ${describeRunProblem(p)}`));
    rejected += imported.rejected.length;
    files.push(ledgerFileOf(path, imported));
  }
  const declarations = a.staff === undefined ? undefined : await readDeclarations(a.staff, a.year, stderr);
  // --closing-day, else the office's 締め日 of settings.json (the same reading as the payroll's --settings).
  const closingDay = a.closingDay ?? (a.settings === undefined ? undefined : (await readSettingsOptions({ settings: a.settings })).closingDay);
  const ledgers = makeLedgers({ employees: master.employees, files, year: a.year, closingDay, declarations });
  stderr.push(...ledgers.problems.map((p) => `${"file" in p ? `${p.file}: ` : ""}${describeRunProblem(p)}`), ...ledgers.notes.map((n) => `[注記] ${n}`));
  for (const l of ledgers.ledgers) stderr.push(...[...l.notes, ...l.yearEnd.notes].map((n) => `[注記] 社員番号 ${l.employee.id}: ${n}`));
  const bytes = await planToXlsx(planLedgerWorkbook(ledgers), { valuesOnly: true });
  await writeFileAtomic(a.xlsx, bytes, { force: a.force, label: XLSX_LABEL });
  stderr.push(`賃金台帳・源泉徴収簿（${a.year}年、${ledgers.ledgers.length}人）を作成しました: ${a.xlsx}`);
  await out(ledgers.ledgers.map(summary));
  await err(stderr);
  return rejected + ledgers.rejectedCount > 0 ? EXIT.rowsRejected : EXIT.done;
};
