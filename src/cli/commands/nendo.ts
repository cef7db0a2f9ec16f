/**
 * `sonae nendo`: the 労働保険 年度更新 of one 保険年度 from the master and a year of results files — the 確定保険料
 * (労災・雇用), the 一般拠出金, the next year's 概算保険料 and its 延納, ④⑤ the average headcounts, and with last
 * year's declared 概算 the ⑳差引額 and what each 期 pays — as a summary in Japanese or `--json`, and
 * with `--xlsx` the 算定基礎賃金集計表 and the figures to copy onto the 申告書. Problems go to stderr; a row that
 * could not be read or a month without results is exit 1, and then no .xlsx is written.
 */
import type { Command } from "../command";
import { EXIT } from "../command";
import { describeRowCounts } from "../../import/header";
import { makeNendo, NendoOutcome } from "../../jobs/nendo/makeNendo";
import { parseNendoOffice } from "../../jobs/nendo/office";
import { planNendoWorkbook } from "../../jobs/nendo/workbook/plan";
import type { FileProblem } from "../../jobs/nendo/resultsWages";
import { planToXlsx } from "../../workbook/xlsx/writer";
import { describeRunProblem } from "./payroll";
import { readJsonFile } from "../inputFile";
import { readResultsFiles, readYearMaster } from "../yearFiles";
import { err, out } from "../output";
import { UsageError } from "../usageError";
import { OptionTable, readOptions, required } from "../readOptions";
import { checkOutputPath, writeFileAtomic } from "../writeFileAtomic";
import { nendoJson, nendoSummaryLines } from "./nendoReport";
import type { LawContext } from "../../calc/law/lawContext";

export const NENDO_USAGE = `使い方: npm run --silent sonae -- nendo --master FILE --results FILE… --office OFFICE.json --year YYYY [--closing-day N] [--estimate-rosai 円] [--estimate-koyo 円] [--declared-estimate 円] [--json] [--xlsx FILE] [--force]
  労働保険の年度更新: --year の保険年度（4月〜翌年3月の賃金締切日の給与と、その間に支払った賞与）の確定保険料・
  一般拠出金、翌年度の概算保険料・延納の額、常時使用労働者数・雇用保険被保険者数、差引額と期別納付額（docs/nendo.md）。
  --master       従業員マスタ（役員・雇用保険の列で集計表の欄が決まります。年度の途中で退職した人も載せてください）
  --results      給与計算の結果（sonae payroll --results-out のファイルや給与システムの出力。いくつでも、順不同）。
                 給与は対象年月（賃金締切日の月）、賞与は支給日で年度が決まります
  --office       事業所の設定（templates/nendo-office.json: 労災保険率・事業の種類、申告済概算保険料額）
  --year         保険年度（令和8年度なら 2026）
  --closing-day  給与の締め日（1〜31、既定は 31 = 末日）。在籍していた月に結果がないかを確かめ、
                 常時使用労働者数・雇用保険被保険者数を数える日です
  --estimate-rosai, --estimate-koyo
                 翌年度の賃金総額の見込額（円）。今年度の 50%〜200% なら今年度の賃金総額を使います（省略時も今年度）
  --declared-estimate
                 申告済概算保険料額（前年度の申告書の概算保険料額、円）。差引額（充当額・還付額・不足額）と
                 期別納付額を出します。OFFICE.json の declaredEstimate より優先。どちらもなければ出しません
  --json         {"rosai":{"base","premium"},"koyo":{…},"ippanKyoshutsukin","kakutei","gaisan","ennou":[…],
                 "rodoshasu","hihokenshasu","shinkokuzumiGaisan","sagaku":{"juto","kanpu","fusoku"},"kibetsu":[…]}（円・人）
  --xlsx         算定基礎賃金集計表と申告書に転記する数字のブック。同じ名前のファイルがあれば上書きしません（--force で上書き）
`;

const XLSX_LABEL = "年度更新のブック（--xlsx）";

interface NendoArgs {
  master: string;
  results: string[];
  office: string;
  year: number;
  closingDay?: number;
  estimate: { rosai?: number; koyo?: number };
  declaredEstimate?: number;
  json: boolean;
  xlsx?: string;
  force: boolean;
}

const NENDO_OPTIONS: OptionTable<"master" | "office" | "year" | "closingDay" | "xlsx" | "estimateRosai" | "estimateKoyo" | "declaredEstimate", "json" | "force", "results"> = {
  values: {
    "--master": "master", "--office": "office", "--year": "year", "--closing-day": "closingDay", "--xlsx": "xlsx",
    "--estimate-rosai": "estimateRosai", "--estimate-koyo": "estimateKoyo", "--declared-estimate": "declaredEstimate",
  },
  flags: { "--json": "json", "--force": "force" },
  lists: { "--results": "results" },
};

function yenOption(option: string, text: string | undefined, what = "賃金総額の見込額"): number | undefined {
  if (text === undefined) return undefined;
  const digits = text.replace(/,/g, "");
  const yen = Number(digits);
  if (!/^\d+$/.test(digits) || !Number.isSafeInteger(yen)) throw new UsageError(`${option} は${what}を円の整数で指定してください（「${text}」）。`);
  return yen;
}

export function parseNendoArgs(argv: string[]): NendoArgs {
  const { values, flags, lists } = readOptions(argv, NENDO_OPTIONS);
  const master = required(values.master, "--master（従業員マスタ）");
  const office = required(values.office, "--office（事業所の設定 OFFICE.json）");
  const results = lists.results ?? [];
  if (results.length === 0) throw new UsageError("--results（給与計算の結果のファイル。いくつでも）を指定してください。");
  if (!/^\d{4}$/.test(values.year ?? "")) throw new UsageError(`--year に保険年度を西暦 4 桁で指定してください（令和8年度なら 2026）${values.year ? `（「${values.year}」）` : ""}。`);
  const closingDay = values.closingDay === undefined ? undefined : Number(values.closingDay);
  if (closingDay !== undefined && !(Number.isInteger(closingDay) && closingDay >= 1 && closingDay <= 31)) throw new UsageError(`--closing-day は 1〜31 の整数（末日は 31）で指定してください（「${values.closingDay}」）。`);
  const estimate = { rosai: yenOption("--estimate-rosai", values.estimateRosai), koyo: yenOption("--estimate-koyo", values.estimateKoyo) };
  const declaredEstimate = yenOption("--declared-estimate", values.declaredEstimate, "申告済概算保険料額（前年度の申告書の概算保険料額）");
  return { master, results, office, year: Number(values.year), closingDay, estimate, declaredEstimate, json: flags.json ?? false, xlsx: values.xlsx, force: flags.force ?? false };
}

const describe = (p: FileProblem) => `${p.file ? `${p.file}: ` : ""}${describeRunProblem(p)}`;

async function readOffice(path: string) {
  const parsed = parseNendoOffice(await readJsonFile(path, "事業所の設定（--office）"));
  if (!parsed.office) throw new UsageError([`事業所の設定（--office）「${path}」を直してください:`, ...parsed.problems.map((p) => describeRunProblem(p))].join("\n"));
  return parsed.office;
}

async function run(a: NendoArgs, law: LawContext | undefined): Promise<{ outcome: NendoOutcome; rowCounts: string[]; office: Awaited<ReturnType<typeof readOffice>> }> {
  const office = await readOffice(a.office);
  const master = await readYearMaster(a.master);
  const results = await readResultsFiles(a.results);
  const rowCounts = [`従業員マスタ: ${describeRowCounts(master.rowCounts)}`, ...results.rowCounts];
  const outcome = makeNendo({ master, masterFile: a.master, results: results.files, office, year: a.year, closingDay: a.closingDay, estimate: a.estimate, declaredEstimate: a.declaredEstimate, law });
  return { outcome, rowCounts, office };
}

export const command: Command = async (argv, law) => {
  const a = parseNendoArgs(argv);
  if (a.xlsx !== undefined) checkOutputPath(a.xlsx, { force: a.force, label: XLSX_LABEL });
  const { outcome, rowCounts, office } = await run(a, law);
  const { result, incomplete } = outcome;
  const stderr = [...rowCounts, ...outcome.problems.map(describe)];
  if (result.gaisanMessage) stderr.push(result.gaisanMessage);
  if (result.settlementMessage) stderr.push(result.settlementMessage);
  if (a.xlsx !== undefined && incomplete) stderr.push("結果のない月や読めない行があるため、年度更新のブックは作成していません。直してからもう一度実行してください。");
  else if (a.xlsx !== undefined) {
    await writeFileAtomic(a.xlsx, await planToXlsx(planNendoWorkbook(result, office, a.year), { valuesOnly: false }), { force: a.force, label: XLSX_LABEL });
    stderr.push(`年度更新のブックを作成しました: ${a.xlsx}（算定基礎賃金集計表・申告書に転記）`);
  }
  if (incomplete && result.figures) stderr.push("※ 上の問題のため、この確定保険料は年度の一部の賃金だけの額です。");
  if (result.figures) await out(a.json ? [nendoJson(result.figures)] : nendoSummaryLines(result, a.year, incomplete));
  await err(stderr);
  return incomplete ? EXIT.rowsRejected : EXIT.done;
};
