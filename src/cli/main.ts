#!/usr/bin/env node
/**
 * The Sonae command line: `npm run --silent sonae -- <command>`. See README "Command line".
 */
import * as readline from "node:readline";
import { evaluateCall, evaluateLine, formatForPeople, wordToArg } from "./evaluate";
import type { Command } from "./command";
import { readLawOption } from "./lawOption";
import { command as law } from "./commands/law";
import { command as nencho } from "./commands/nencho";
import { command as payroll } from "./commands/payroll";
import { command as rebuild } from "./commands/rebuild";
import { command as zengin } from "./commands/zengin";

const USAGE = `使い方: npm run --silent sonae -- <command>

  eval                         標準入力の JSON 行 {"fn": "SI_HEALTH", "args": [300000, "東京都", "2026-11"]} を評価し、1行ずつ JSON で出力
  call <ID> [引数…]            1つの関数を評価（例: call SI_HEALTH 300000 東京都 2026-11。省略する引数は -）
  functions                    使える関数の一覧
  law                          法令データの収録範囲・信頼度・出典と次の改定の予定
  payroll --master FILE --period YYYY-MM [--variables FILE] [--pay-date YYYY-MM-DD]
                               従業員ごとの給与計算結果を JSON 行で出力
  rebuild --master FILE --period YYYY-MM --out payroll.xlsx [--values-only]
                               給与計算ブックを .xlsx で作成
  nencho --input staff.csv [--year 2026] [--json] [--xlsx FILE [--values-only]]
                               年末調整の検算（CSV で出力）
  zengin --master FILE --period YYYY-MM --pay-date YYYY-MM-DD --sender SENDER.json --out FILE [--type 11|12|21]
                               全銀協規定形式の振込データを作成
`;

const commands: Record<string, Command> = {
  async eval(_argv, law) {
    const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      if (line.trim() === "") continue;
      process.stdout.write(JSON.stringify(evaluateLine(line, law)) + "\n");
    }
    return 0;
  },
  async call(argv, law) {
    const [fn, ...words] = argv;
    if (!fn) {
      process.stderr.write(USAGE);
      return 2;
    }
    const r = evaluateCall(fn, words.map(wordToArg), law);
    process.stdout.write(formatForPeople(r) + "\n");
    return "error" in r ? 1 : 0;
  },
  async functions() {
    const { REGISTRY } = await import("../functions/registry");
    for (const def of REGISTRY.values()) {
      process.stdout.write(`${def.id}(${def.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})\n`);
    }
    return 0;
  },
  law,
  nencho,
  payroll,
  rebuild,
  zengin,
};

async function main(argv: string[]): Promise<number> {
  const options = readLawOption(argv);
  if (typeof options === "number") return options;
  const [name, ...rest] = options.argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(name ? `不明なコマンド: ${name}\n\n${USAGE}` : USAGE);
    return 2;
  }
  return command(rest, options.law);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`エラー: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
