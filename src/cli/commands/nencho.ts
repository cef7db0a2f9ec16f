/**
 * `sonae nencho --input staff.csv [--year 2026] [--json] [--bom]`: 年末調整の検算. Reads one row per employee
 * (templates/nencho-template.csv, documented in docs/nencho.md), computes every step with the same core as
 * the YE_* formulas, and prints per employee the steps, 年調年税額, 過不足 (還付 / 徴収) and the difference
 * from the payroll system's own figures, flagged when not zero. A bad row is reported with its row number,
 * column and reason on stderr and in the output, never dropped; the exit code is 1 when any row is bad.
 * With `--xlsx FILE` it also writes the 年末調整検算 workbook (live YE_* formulas; `--values-only` for Excel
 * without the add-in); the CSV/JSON output is unchanged.
 */
import * as fs from "node:fs";
import type { Command } from "../command";
import { EXIT } from "../command";
import { readInputFile } from "../inputFile";
import { OptionTable, readOptions } from "../readOptions";
import { out as writeOut } from "../output";
import { createProgress } from "../progress";
import { UsageError } from "../usageError";
import { checkOutputPath, writeFileAtomic } from "../writeFileAtomic";
import * as A from "../../calc/vocabulary";
import { describeTaxYear } from "../../calc/law/yearEnd";
import { YearEndResult } from "../../calc/yearEnd/types";
import { readStaffListFile, StaffRow } from "../../import/nenchoStaff";
import { checkYearEnd, YearEndOutcome, YearEndStatus } from "../../jobs/yearEnd/checkYearEnd";
import { planYearEndWorkbook } from "../../workbook/yearEndPlan";
import { planToXlsx } from "../../workbook/xlsx/writer";
import { FORMULA_CATALOGUE } from "../../functions/registry";

export { COLUMNS } from "../../import/nenchoStaff";
export type { RowError } from "../../import/nenchoStaff";

export const NENCHO_USAGE = `使い方: npm run --silent sonae -- nencho --input staff.csv [--year 2026] [--json] [--bom] [--xlsx 年末調整検算.xlsx [--values-only]] [--force]
  年末調整の検算。従業員ごとの各段階・年調年税額・過不足とシステムの値との差を CSV（--json で JSON 行）で出力します。
  --input   従業員一覧（templates/nencho-template.csv の列。- は標準入力）
  --year    年分（既定は今年）　　--bom  CSV の先頭に BOM（Excel で開くため）
  --xlsx    年末調整検算ブックも作成。同じ名前のファイルがあれば上書きしません（--force で上書き）。フォルダがなければ作ります
`;

const XLSX_LABEL = "年末調整検算ブック（--xlsx）";

const STATUS_JA: Record<YearEndStatus, string> = { match: "一致", difference: "差異あり", checked: "検算のみ", outOfScope: "対象外", error: "エラー" };

// ---- output ----------------------------------------------------------------------------------

const STEP_COLUMNS: ReadonlyArray<[keyof YearEndResult, string]> = [
  ["salary", "給与等の収入金額"],
  ["salaryIncome", "給与所得控除後の給与等の金額"],
  ["incomeAdjustment", "所得金額調整控除"],
  ["salaryIncomeAdjusted", "給与所得控除後の給与等の金額（調整控除後）"],
  ["totalIncome", "合計所得金額"],
  ["socialInsurance", "社会保険料控除"],
  ["smallEnterpriseMutualAid", "小規模企業共済等掛金控除"],
  ["lifeInsurance", "生命保険料控除"],
  ["earthquakeInsurance", "地震保険料控除"],
  ["spouse", "配偶者（特別）控除"],
  ["dependents", "扶養控除"],
  ["specificRelatives", "特定親族特別控除"],
  ["personal", "障害者等の控除"],
  ["basic", "基礎控除"],
  ["totalDeductions", "所得控除の合計"],
  ["taxableIncome", "課税給与所得金額"],
  ["computedTax", "算出所得税額"],
  ["housingLoanCredit", "住宅借入金等特別控除額"],
  ["adjustedTax", "年調所得税額"],
  ["annualTax", "年調年税額"],
  ["withheld", "源泉徴収済額"],
  ["balance", "過不足額"],
];

export const OUTPUT_HEADER = [
  "行", "社員番号", "氏名", "年分", "判定", ...STEP_COLUMNS.map(([, h]) => h), "還付・徴収",
  "システム年調年税額", "年調年税額の差", "システム過不足額", "過不足額の差", "注記",
];

/** A text cell that a spreadsheet would run as a formula (=, +, -, @) is written as text. */
function csvCell(v: unknown, isText: boolean): string {
  let s = v === undefined || v === null ? "" : String(v);
  if (isText && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvLine(o: YearEndOutcome): string {
  const r = o.result;
  const messages = [...o.errors.map((e) => `列「${e.column}」: ${e.message}`), ...o.notes].join(" / ");
  const cells: [unknown, boolean][] = [
    [o.row, false], [o.id, true], [o.name, true], [o.year, false], [STATUS_JA[o.status], true],
    ...STEP_COLUMNS.map(([k]): [unknown, boolean] => [r ? r[k] : "", false]),
    [o.settlement ?? "", true],
    [o.system?.annualTax, false], [o.difference?.annualTax, false], [o.system?.balance, false], [o.difference?.balance, false],
    [messages, true],
  ];
  return cells.map(([v, t]) => csvCell(v, t)).join(",");
}

function jsonLine(o: YearEndOutcome): string {
  const { result, ...rest } = o;
  const clean = Object.fromEntries(Object.entries({ ...rest, statusJa: STATUS_JA[o.status], steps: result }).filter(([, v]) => v !== undefined));
  return JSON.stringify(clean);
}

const signed = (n: number) => `${n > 0 ? "+" : ""}${n.toLocaleString("ja-JP")}円`;

function report(o: YearEndOutcome, err: (s: string) => void): void {
  const who = `${o.row}行目 ${o.id}${o.name ? ` ${o.name}` : ""}`;
  for (const e of o.errors) err(`nencho: ${e.row}行目 列「${e.column}」: ${e.message}\n`);
  if (o.status === "outOfScope") err(`nencho: ${who}: ${o.notes[0]}\n`);
  if (o.status === "difference") {
    const d = o.difference!;
    const parts = [];
    if (d.annualTax) parts.push(`年調年税額の差 ${signed(d.annualTax)}（Sonae ${o.result!.annualTax.toLocaleString("ja-JP")} / システム ${o.system!.annualTax!.toLocaleString("ja-JP")}）`);
    if (d.balance) parts.push(`過不足額の差 ${signed(d.balance)}（Sonae ${o.result!.balance.toLocaleString("ja-JP")} / システム ${o.system!.balance!.toLocaleString("ja-JP")}）`);
    err(`nencho: ${who}: ${parts.join("、")}\n`);
  }
}

// ---- the workbook ----------------------------------------------------------------------------

/** The 年末調整検算 workbook (src/workbook/yearEndPlan.ts) as an .xlsx file: live formulas with their cached results, or values only. */
async function writeXlsx(rows: StaffRow[], year: number, file: string, o: { valuesOnly: boolean; force: boolean }, err: (s: string) => void): Promise<void> {
  const valuesOnly = o.valuesOnly;
  const plan = planYearEndWorkbook({ rows, year });
  const bytes = await planToXlsx(plan, { valuesOnly, formulas: FORMULA_CATALOGUE });
  await writeFileAtomic(file, bytes, { force: o.force, label: XLSX_LABEL });
  err(`nencho: 年末調整検算ブックを作成しました: ${file}（${valuesOnly ? "値のみ。アドインなしで開けます" : "数式と計算結果つき。SONAE 関数にはアドインが必要です"}、${plan.employees.length}人${rows.length > plan.employees.length ? `。エラーの ${rows.length - plan.employees.length} 行は載せていません` : ""}）\n`);
}

// ---- the command -----------------------------------------------------------------------------

interface Options {
  input?: string;
  year?: number;
  json: boolean;
  bom: boolean;
  /** Also write the 年末調整検算 workbook (live formulas) to this file. */
  xlsx?: string;
  valuesOnly: boolean;
  force: boolean;
}

const NENCHO_OPTIONS = {
  values: { "--input": "input", "--year": "year", "--xlsx": "xlsx" },
  flags: { "--json": "json", "--bom": "bom", "--values-only": "valuesOnly", "--force": "force" },
} as const satisfies OptionTable<keyof Options, keyof Options>;

/** The options, or what is wrong with them (said after 「nencho: 」). */
function parseOptions(argv: string[]): Options | string {
  try {
    const { values, flags } = readOptions(argv, NENCHO_OPTIONS);
    const o: Options = { input: values.input, xlsx: values.xlsx, json: flags.json ?? false, bom: flags.bom ?? false, valuesOnly: flags.valuesOnly ?? false, force: flags.force ?? false };
    if (values.year !== undefined) o.year = A.year(values.year, "--year");
    if (!o.input) return "--input で従業員一覧の CSV を指定してください（- は標準入力）。";
    if (o.valuesOnly && !o.xlsx) return "--values-only は --xlsx と一緒に指定します。";
    return o;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export const command: Command = async (argv) => {
  const err = (s: string) => void process.stderr.write(s);
  const opts = parseOptions(argv);
  if (typeof opts === "string") throw new UsageError(`nencho: ${opts}`);
  if (opts.xlsx) checkOutputPath(opts.xlsx, { force: opts.force, label: XLSX_LABEL });
  const bytes = opts.input === "-" ? fs.readFileSync(0) : await readInputFile(opts.input!, "従業員一覧（--input）");
  // 年分: --year, else this calendar year (the 年末調整 being prepared).
  const year = opts.year ?? new Date().getFullYear();
  const list = await readStaffListFile(bytes, opts.input === "-" ? "標準入力" : opts.input!);
  for (const w of list.warnings) err(`nencho: ${w}\n`);
  if (list.fatal) throw new UsageError(`nencho: ${list.fatal}`);
  const encoding = list.encoding;
  err(`nencho: ${describeTaxYear(year)}、文字コード ${encoding}\n`);

  const out: string[] = [];
  if (!opts.json) out.push(OUTPUT_HEADER.map((h) => csvCell(h, true)).join(","));
  const progress = createProgress("年末調整の検算");
  const { outcomes, counts } = checkYearEnd({ rows: list.rows, year, onProgress: progress.update });
  progress.end();
  for (const o of outcomes) {
    report(o, err);
    out.push(opts.json ? jsonLine(o) : csvLine(o));
  }
  if (opts.bom && !opts.json) out[0] = "\uFEFF" + out[0];
  await writeOut(out);
  if (opts.xlsx) await writeXlsx(list.rows, year, opts.xlsx, opts, err);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  err(`nencho: ${total}人: 一致 ${counts.match}・差異あり ${counts.difference}・検算のみ ${counts.checked}・対象外 ${counts.outOfScope}・エラー ${counts.error}\n`);
  return counts.error > 0 ? EXIT.rowsRejected : EXIT.done;
};
