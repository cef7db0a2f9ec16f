/**
 * The Sonae command line as a function: the table of commands, the global options (--help here, --law in
 * lawOption.ts, both read before the command) and the exit codes. src/cli/main.ts runs it as the program;
 * tests call runCommandLine in their own process.
 */
import { CalcError } from "../calc/law/errors";
import { CommandEntry, EXIT } from "./command";
import { call, CALL_USAGE, EVAL_USAGE, evalCommand, functions, FUNCTIONS_USAGE } from "./commands/formulas";
import { command as drill, DRILL_USAGE } from "./commands/drill";
import { command as law } from "./commands/law";
import { command as ledger, LEDGER_USAGE } from "./commands/ledger";
import { command as nencho, NENCHO_USAGE } from "./commands/nencho";
import { command as payroll, PAYROLL_USAGE } from "./commands/payroll";
import { command as rebuild, REBUILD_USAGE } from "./commands/rebuild";
import { command as settle, SETTLE_USAGE } from "./commands/settle";
import { command as zengin, ZENGIN_USAGE } from "./commands/zengin";
import { command as todoke, TODOKE_USAGE } from "./commands/todoke";
import { command as nendo, NENDO_USAGE } from "./commands/nendo";
import { readLawOption } from "./lawOption";
import { err, writeText } from "./output";
import { UsageError } from "./usageError";

const COMMANDS: Record<string, CommandEntry> = {
  eval: { run: evalCommand, usage: EVAL_USAGE },
  call: { run: call, usage: CALL_USAGE },
  functions: { run: functions, usage: FUNCTIONS_USAGE },
  law: { run: law, usage: "使い方: npm run --silent sonae -- law [--law FILE]\n  法令データの収録範囲・信頼度・出典と次の改定の予定、--law で追加した行\n" },
  payroll: { run: payroll, usage: PAYROLL_USAGE },
  rebuild: { run: rebuild, usage: REBUILD_USAGE },
  nencho: { run: nencho, usage: NENCHO_USAGE },
  zengin: { run: zengin, usage: ZENGIN_USAGE },
  settle: { run: settle, usage: SETTLE_USAGE },
  drill: { run: drill, usage: DRILL_USAGE },
  todoke: { run: todoke, usage: TODOKE_USAGE },
  nendo: { run: nendo, usage: NENDO_USAGE },
  ledger: { run: ledger, usage: LEDGER_USAGE },
};

const USAGE = `使い方: npm run --silent sonae -- <コマンド> [オプション]
       npm run --silent sonae -- <コマンド> --help   （コマンドごとの説明）

${Object.values(COMMANDS).map((c) => c.usage.replace(/^使い方: npm run --silent sonae -- /, "  ").split("\n")[0]).join("\n")}

終了コード: 0 完了／1 一部の行がエラーまたは不一致（正しい行は処理済み、問題は標準エラーに行・列・値つきで表示）／
            2 使い方の誤り（不明なオプション、読めないファイル、使える行のない従業員マスタ。ファイルは作成しません）／
            3 予期しないエラー（作成中のファイルは残しません）
ファイルを作るコマンドは、同じ名前のファイルがあれば上書きせず終了コード 2 で止まります（上書きは --force）。
出力先のフォルダがなければ作ります。
どのコマンドにも --law FILE（利用者が追加する法令データの CSV、複数可）を付けられます。
`;

/** Help is a global option: after any command, or alone. (--law, the other one, is read by lawOption.ts.) */
const HELP = new Set(["--help", "-h"]);

/** The whole command line on `argv` (the words after the program): the exit code; output written and drained. */
export async function runCommandLine(argv: readonly string[]): Promise<number> {
  const options = readLawOption(argv); // prints what is wrong with the files itself
  if (typeof options === "number") return EXIT.usage;
  const help = options.argv.some((w) => HELP.has(w));
  const [name, ...words] = options.argv.filter((w) => !HELP.has(w));
  const entry = name === undefined ? undefined : COMMANDS[name];
  if (!entry) {
    if (name === undefined && help) return writeText(process.stdout, USAGE).then(() => EXIT.done);
    await writeText(process.stderr, name === undefined ? USAGE : `不明なコマンド: ${name}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (help) {
    await writeText(process.stdout, entry.usage);
    return EXIT.done;
  }
  try {
    return await entry.run(words, options.law);
  } catch (e) {
    if (e instanceof UsageError || e instanceof CalcError) {
      await err([`${e.message}`, `（使い方: npm run --silent sonae -- ${name} --help）`]);
      return EXIT.usage;
    }
    throw e;
  }
}
