/**
 * The payroll of a month from files, for the command line and the .xlsx rebuild: each file read once with
 * the import library, then the runPayroll job; what is about files (a path that cannot be read, a master
 * with no usable row, the row counts for stderr) is said here.
 */
import { basename } from "node:path";
import type { LawContext } from "../calc/law/lawContext";
import { defaultPayrollSettings, readSettings } from "../calc/payroll/settings";
import { describeRowCounts } from "../import/header";
import { ColumnMapping, describeProblem, importMasterFile, importVariablesFile, ImportReport, MASTER_SCHEMA, parseMapping, Schema, VARIABLES_SCHEMA } from "../import";
import type { JobProblem } from "../jobs/problem";
import { PayrollOfMonth, runPayroll } from "../jobs/payroll/runPayroll";
import type { ImportOptions } from "./importOptions";
import type { OfficeSettings } from "../calc/payroll/officeSettings";
import { vendorPresetName } from "../import/vendorPresets";
import { namingPath, readInputFile, readJsonFile } from "./inputFile";
import { UsageError } from "./usageError";

export { previousGrossProblems } from "../jobs/payroll/previousGross";

export type RunProblem = JobProblem;

export interface PayrollRun extends PayrollOfMonth {
  /** How many rows each file had, and how many were imported and rejected (for stderr). */
  rowCounts: string[];
}

export const MASTER_LABEL = "従業員マスタ（--master）";
const VARIABLES_LABEL = "勤怠・変動（--variables）";

/**
 * Reads the files, computes every valid employee with the office's settings (--settings and its shortcuts; each one
 * not given is the default: 末日締め, 翌月徴収, 160時間・20日, 東京都, 一般; 支給日 the 25th unless given) and returns
 * lines in the master's order.
 */
export async function runPayrollFromFiles(o: {
  masterPath: string;
  period: string;
  payDate?: string;
  variablesPath?: string;
  law?: LawContext;
  /** --hours, --mapping, --variables-mapping. */
  imports?: ImportOptions;
  /** --settings, --premium-timing, --support-rounding (already read and checked). */
  office?: OfficeSettings;
  /** Called as employees are computed (for a progress line). */
  onProgress?: (done: number, total: number) => void;
}): Promise<PayrollRun> {
  const settings = defaultPayrollSettings(o.period, { ...o.office, ...(o.payDate === undefined ? {} : { payDate: o.payDate }) });
  readSettings(settings); // a bad period or pay date stops here, with a message naming the setting

  const masterBytes = await readInputFile(o.masterPath, MASTER_LABEL);
  const masterMapping = await readMappingOption(MASTER_SCHEMA, o.imports?.masterMapping, "--mapping");
  const master = await namingPath(MASTER_LABEL, o.masterPath, () => importMasterFile(masterBytes, basename(o.masterPath), masterMapping));
  if (master.employees.length === 0) throw new UsageError(unusableMasterMessage(o.masterPath, master));
  const rowCounts = [`従業員マスタ: ${describeRowCounts(master.rowCounts)}${presetNote(master.mapping.preset)}`];
  let variables;
  if (o.variablesPath !== undefined) {
    const path = o.variablesPath;
    const bytes = await readInputFile(path, VARIABLES_LABEL);
    const mapping = await readMappingOption(VARIABLES_SCHEMA, o.imports?.variablesMapping, "--variables-mapping");
    variables = await namingPath(VARIABLES_LABEL, path, () => importVariablesFile(bytes, basename(path), mapping, master.employees, o.imports?.hours));
    rowCounts.push(`勤怠・変動: ${describeRowCounts(variables.rowCounts)}${presetNote(variables.mapping.preset)}`);
  }
  const run = runPayroll({ master, variables, settings, law: o.law, onProgress: o.onProgress });
  return { ...run, rowCounts };
}

/** The mapping JSON a --mapping option names, checked against the schema; a file that does not fit is a usage error. */
async function readMappingOption<K extends string>(schema: Schema<K>, path: string | undefined, flag: string): Promise<ColumnMapping<K> | undefined> {
  if (path === undefined) return undefined;
  const label = `列の対応付け（${flag}）`;
  const json = await readJsonFile(path, label);
  return namingPath(label, path, async () => parseMapping(schema, json));
}

/** The vendor preset the columns were mapped by, said so that the clerk can check it was the right one. */
function presetNote(id: string | undefined): string {
  const name = vendorPresetName(id);
  return name === undefined ? "" : `（列は「${name}」のプリセットで対応付けました）`;
}


/**
 * A master none of whose rows can be used (a required column missing, English headers, the variables file
 * given as master, every row rejected) is a usage error: paying nobody and reporting success would hide it.
 */
function unusableMasterMessage(path: string, master: ImportReport<string>): string {
  const problems = master.problems.filter((p) => p.severity === "error");
  const shown = problems.slice(0, 20).map((p) => `  ${describeProblem(p)}`);
  if (problems.length > shown.length) shown.push(`  ほか ${problems.length - shown.length}件`);
  return [`${MASTER_LABEL}「${path}」に給与を計算できる行がありません${master.rejected.length > 0 ? `（${master.rejected.length}行すべてエラー）` : ""}。何も作成していません。`, ...shown].join("\n");
}
