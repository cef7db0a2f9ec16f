/**
 * `sonae settle`: the 精算 of a month paid provisionally (仮払い), once the true month is known. Compares what
 * was paid with the true 差引支給額 per employee (and per item where both files have it) and writes the
 * difference as next month's 勤怠・変動 lines 「前月精算（支給）」/「前月精算（控除）」 with the reason.
 * Exit codes: 0 settled; 1 a file had rejected rows (nothing written), or an employee needs the clerk's decision
 * (an overpayment larger than the next net pay, a payee the true month does not know, someone not paid at all);
 * 2 wrong usage.
 */
import { basename } from "node:path";
import type { Command } from "../command";
import { EXIT } from "../command";
import { importInputFile, namingPath, readInputFile } from "../inputFile";
import { err, out } from "../output";
import { UsageError } from "../usageError";
import { OptionTable, readOptions, required } from "../readOptions";
import { checkOutputPath, writeFileAtomic } from "../writeFileAtomic";
import type { Settlement } from "../../calc/payroll/settleProvisionalPay";
import type { MonthlyVariables } from "../../calc/payroll/employee";
import { describeProblem, importPreviousResultsFile, importVariablesFile, PreviousResult } from "../../import";
import { adjustmentsCsv, mergedVariablesCsv, rowsWithoutNet, settleFromResults } from "../../jobs/provisional/settleFromResults";
import { groupDigits } from "../../zengin/validate";
import { LINE_KEYS } from "./payroll";

export const SETTLE_USAGE = `使い方: npm run --silent sonae -- settle --provisional PROVISIONAL.csv --actual RESULTS.csv [--next NEXT_RESULTS.csv] [--json] [--out ADJUSTMENTS.csv [--variables NEXT_VARIABLES.csv]] [--force]
  仮払い（前月同額）した月の精算。仮払いした額と、確定した差引支給額を社員ごとに比べ、差額を翌月の給与で精算する行を作ります。
  --provisional  仮払い台帳（sonae zengin --from-previous --ledger で作ったもの。結果の形式: 社員番号・差引支給額）
  --actual       その月の確定した結果（復旧したシステムの給与結果の CSV: 社員番号・差引支給額、あれば各項目。
                 または sonae payroll の出力した JSON 行をそのまま）
  --next         翌月の精算前の結果（差引支給額）。過払いが翌月の差引支給額を超える人を知らせます
  --json         社員ごとに 1 行の JSON: {"employeeId","provisional","actualNet","difference"}
  --out          翌月の勤怠・変動の行（CSV: 社員番号・前月精算（支給）・前月精算（控除）・理由）。
                 そのまま sonae payroll・rebuild の --variables に渡せます（理由は給与明細の備考に印字）。前月精算は差引支給額だけを動かします
                 （総支給額・課税対象額・雇用保険・社会保険の報酬には入りません。確定した月の結果で精算済みのため）
  --variables    翌月の勤怠・変動。--out にはこのファイルに精算を足したもの（前月精算（支給）・（控除）の列に加算）を書きます
  終了コード 1: 読めない行があった（何も作成しません）か、担当者の判断が要る人がいる（標準エラーに「注意」）
`;

interface SettleArgs {
  provisional: string;
  actual: string;
  next?: string;
  out?: string;
  /** Next month's 勤怠・変動: --out is then that file with the settlement added. */
  variables?: string;
  json: boolean;
  force: boolean;
}

const SETTLE_OPTIONS = {
  values: { "--provisional": "provisional", "--actual": "actual", "--next": "next", "--out": "out", "--variables": "variables" },
  flags: { "--json": "json", "--force": "force" },
} as const satisfies OptionTable<keyof SettleArgs, keyof SettleArgs>;

export function parseSettleArgs(argv: readonly string[]): SettleArgs {
  const { values, flags } = readOptions(argv, SETTLE_OPTIONS);
  const a: SettleArgs = {
    ...values,
    provisional: required(values.provisional, "--provisional（仮払い台帳）"),
    actual: required(values.actual, "--actual（その月の確定した結果）"),
    json: flags.json ?? false,
    force: flags.force ?? false,
  };
  if (a.variables !== undefined && a.out === undefined) throw new UsageError("--variables（翌月の勤怠・変動）には、精算を足したファイルの出力先 --out を指定してください。");
  return a;
}

interface ResultsRead {
  results: PreviousResult[];
  problems: string[];
  failed: boolean;
}

const AMOUNT_KEYS = LINE_KEYS.filter((k) => k !== "employeeId");

/** `sonae payroll`'s JSON lines as results: the true month computed by Sonae itself. */
export function resultsOfPayrollLines(text: string, label: string): ResultsRead {
  const results: PreviousResult[] = [];
  const problems: string[] = [];
  text.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    try {
      const o = JSON.parse(line) as Record<string, unknown>;
      if (typeof o.employeeId !== "string" || typeof o.net !== "number") throw new Error();
      const r: PreviousResult = { employeeId: o.employeeId, variables: { employeeId: o.employeeId } };
      for (const k of AMOUNT_KEYS) if (typeof o[k] === "number") r[k] = o[k] as number;
      results.push(r);
    } catch {
      problems.push(`${label} [エラー] ${i + 1}行目: sonae payroll の JSON 行（{"employeeId": "…", …, "net": 数値}）ではありません。`);
    }
  });
  return { results, problems, failed: problems.length > 0 };
}

/** A results file (or `sonae payroll`'s JSON lines): its problems (named with the file), and whether any row was rejected. */
async function readResults(path: string, label: string): Promise<ResultsRead> {
  const bytes = await readInputFile(path, label);
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 8)).replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("{")) return resultsOfPayrollLines(new TextDecoder("utf-8").decode(bytes), label);
  const r = await namingPath(label, path, () => importPreviousResultsFile(bytes, basename(path)));
  const problems = r.problems.map((p) => `${label} ${describeProblem(p)}`);
  for (const row of rowsWithoutNet(r.results, r.rows)) problems.push(`${label} [エラー] ${row}行目「差引支給額」: 空欄です。精算には差引支給額が必要です。`);
  const failed = r.rejected.length > 0 || r.problems.some((p) => p.severity === "error") || problems.length > r.problems.length;
  return { results: r.results, problems, failed };
}

/** Next month's 勤怠・変動, read as `sonae payroll --variables` reads it; a rejected row stops (it would be lost). */
async function readNextVariables(path: string): Promise<MonthlyVariables[] | "failed"> {
  const label = "翌月の勤怠・変動（--variables）";
  const r = await importInputFile(label, path, (bytes, name) => importVariablesFile(bytes, name));
  const problems = r.problems.map((p) => `${label} ${describeProblem(p)}`);
  if (r.rejected.length > 0 || r.problems.some((p) => p.severity === "error")) {
    await err([...problems, "読めない行があるため精算していません（その行の勤怠・変動が翌月のファイルから消えないように）。"]);
    return "failed";
  }
  await err(problems);
  return r.variables;
}

function tableLines(settlements: readonly Settlement[]): string[] {
  const lines = ["社員番号\t仮払い\t確定した差引支給額\t差額\t精算"];
  for (const s of settlements) {
    const adj = s.adjustment ? `${s.adjustment.label} ${groupDigits(s.adjustment.amount)}円` : "なし";
    lines.push([s.employeeId, groupDigits(s.provisional), groupDigits(s.actualNet), groupDigits(s.difference), adj].join("\t"));
    for (const d of s.itemDifferences.filter((x) => x.difference !== 0)) {
      lines.push(`\t  ${d.label}: 仮払い ${groupDigits(d.provisional)}円 → 確定 ${groupDigits(d.actual)}円（${groupDigits(d.difference)}円）`);
    }
  }
  const sum = (f: (s: Settlement) => number) => groupDigits(settlements.reduce((t, s) => t + f(s), 0));
  lines.push(["合計", sum((s) => s.provisional), sum((s) => s.actualNet), sum((s) => s.difference), ""].join("\t"));
  return lines;
}

export const command: Command = async (argv) => {
  const a = parseSettleArgs(argv);
  const outOptions = { force: a.force, label: "精算の行（--out）" };
  if (a.out !== undefined) checkOutputPath(a.out, outOptions);
  const provisional = await readResults(a.provisional, "仮払い台帳（--provisional）");
  const actual = await readResults(a.actual, "確定した結果（--actual）");
  const next = a.next === undefined ? undefined : await readResults(a.next, "翌月の結果（--next）");
  const problems = [provisional, actual, ...(next ? [next] : [])].flatMap((r) => r.problems);
  if (provisional.failed || actual.failed || next?.failed) {
    // A rejected row would be settled as "not paid" or "no pay": a double payment or a wrong deduction.
    await err([...problems, "読めない行があるため精算していません（その人を払っていない・確定した給与がないと誤って精算しないように）。"]);
    return EXIT.rowsRejected;
  }
  const nextVariables = a.variables === undefined ? undefined : await readNextVariables(a.variables);
  if (nextVariables === "failed") return EXIT.rowsRejected;
  const settlements = settleFromResults({ provisional: provisional.results, actual: actual.results, next: next?.results });
  const warnings = settlements.flatMap((s) => s.warnings.map((w) => `[注意] 社員番号 ${s.employeeId}: ${w}`));
  const overpaid = settlements.filter((s) => s.difference < 0).length;
  // Without next month's figures nobody can say whether a deduction fits in the next pay: say so, once.
  const unchecked = a.next === undefined && overpaid > 0 ? [`過払い ${overpaid}人: 翌月の差引支給額（--next）がないため、翌月の給与で精算しきれるかは確かめていません。`] : [];
  await err([...problems, ...warnings, ...unchecked]);
  const stdout = a.json
    ? settlements.map((s) => JSON.stringify({ employeeId: s.employeeId, provisional: s.provisional, actualNet: s.actualNet, difference: s.difference }))
    : tableLines(settlements);
  if (a.out !== undefined) {
    const csv = nextVariables ? mergedVariablesCsv(nextVariables, settlements) : adjustmentsCsv(settlements);
    await writeFileAtomic(a.out, new TextEncoder().encode(csv), outOptions);
    const settled = settlements.filter((s) => s.adjustment).length;
    if (!a.json) stdout.push(`→ ${a.out}（${nextVariables ? `翌月の勤怠・変動 ${a.variables} に精算 ${settled}人を加算` : `翌月の勤怠・変動 ${settled}行`}）`);
  }
  await out(stdout);
  return warnings.length > 0 ? EXIT.rowsRejected : EXIT.done;
};
