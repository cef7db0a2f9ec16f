/**
 * The formula commands: `eval` (JSON lines in, JSON lines out), `call` (one formula, for people) and
 * `functions` (the list). They run the same registry as Excel.
 */
import type { Command } from "../command";
import { EXIT } from "../command";
import { describeParams, evaluateCall, EvalResult, formatForPeople, missingArgument, parseLine, wordToArg } from "../evaluate";
import { err, out, writeText } from "../output";
import { UsageError } from "../usageError";

export const EVAL_USAGE = `使い方: npm run --silent sonae -- eval < formulas.jsonl
  標準入力の JSON 行 {"fn": "SI_HEALTH", "args": [300000, "東京都", "2026-11"]}（省略する引数は null）を評価し、
  入力の N 行目の答えを出力の N 行目に書きます: {"value": 14775} または {"error": "#VALUE!", "message": "…"}。
  入力は UTF-8（BOM 付きも可）。空の行・JSON でない行・UTF-8 でない行にもエラーの行を返します（終了コード 1）。
`;

export const CALL_USAGE = `使い方: npm run --silent sonae -- call <関数ID> [引数…]
  1つの関数を評価します（例: call SI_HEALTH 300000 東京都 2026-11）。省略する任意の引数は -。
  関数IDの誤りや必須の引数の不足は終了コード 2、引数の値の誤り（#VALUE! など）は終了コード 1。
`;

export const FUNCTIONS_USAGE = `使い方: npm run --silent sonae -- functions
  使える関数とその引数（[ ] は省略可）の一覧
`;

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** One input line's bytes (without "\n") → its text, or undefined when it is not UTF-8. */
function decodeLine(bytes: Uint8Array, first: boolean): string | undefined {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return undefined;
  }
  if (first && text.startsWith("\uFEFF")) text = text.slice(1); // Excel and Notepad save UTF-8 with a BOM
  return text.endsWith("\r") ? text.slice(0, -1) : text;
}

const NOT_UTF8: EvalResult = { error: "#VALUE!", message: "この行は UTF-8 ではありません（Shift_JIS などで保存されたファイルは UTF-8 で保存し直してください）。" };

/** Input lines as bytes, split at "\n"; the last line is answered even without a final newline. */
async function* byteLines(input: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let rest = Buffer.alloc(0);
  for await (const chunk of input) {
    let data = rest.length ? Buffer.concat([rest, chunk]) : Buffer.from(chunk);
    let nl: number;
    while ((nl = data.indexOf(0x0a)) >= 0) {
      yield data.subarray(0, nl);
      data = data.subarray(nl + 1);
    }
    rest = Buffer.from(data);
  }
  if (rest.length > 0) yield rest;
}

export const evalCommand: Command = async (argv, law) => {
  if (argv.length > 0) throw new UsageError(`eval は引数を取りません: ${argv.join(" ")}（入力は標準入力から）`);
  let lineNo = 0;
  const unreadable: number[] = [];
  let notUtf8 = 0;
  let answers: string[] = [];
  for await (const bytes of byteLines(process.stdin)) {
    lineNo++;
    const text = decodeLine(bytes, lineNo === 1);
    let result: EvalResult;
    if (text === undefined) {
      notUtf8++;
      unreadable.push(lineNo);
      result = NOT_UTF8;
    } else {
      const call = parseLine(text);
      if ("unreadable" in call) unreadable.push(lineNo);
      result = "unreadable" in call ? call.result : evaluateCall(call.fn, call.args, law);
    }
    answers.push(JSON.stringify(result));
    if (answers.length >= 1000) {
      await out(answers);
      answers = [];
    }
  }
  await out(answers);
  if (unreadable.length === 0) return EXIT.done;
  const shown = unreadable.slice(0, 20).join("・") + (unreadable.length > 20 ? ` ほか${unreadable.length - 20}行` : "");
  await err([`eval: ${unreadable.length}行は式として読めませんでした（${shown}行目。出力の同じ行にエラーを書きました）。`]);
  if (notUtf8 > 0) await err([`eval: そのうち ${notUtf8}行は UTF-8 ではありません。入力を UTF-8 で保存し直してください。`]);
  return EXIT.rowsRejected;
};

export const call: Command = async (argv, law) => {
  const [fn, ...words] = argv;
  if (!fn) throw new UsageError("関数IDを指定してください（例: call SI_HEALTH 300000 東京都 2026-11。一覧は functions）。");
  const args = words.map(wordToArg);
  const missing = missingArgument(fn, args);
  if (missing !== undefined) throw new UsageError(missing);
  const r = evaluateCall(fn, args, law);
  if ("error" in r && r.error === "#NAME?") throw new UsageError(r.message); // no such formula: a typo in the command
  await writeText(process.stdout, formatForPeople(r) + "\n");
  return "error" in r ? EXIT.rowsRejected : EXIT.done;
};

export const functions: Command = async (argv) => {
  if (argv.length > 0) throw new UsageError(`functions は引数を取りません: ${argv.join(" ")}`);
  const { REGISTRY } = await import("../../functions/registry");
  await out([...REGISTRY.keys()].map(describeParams));
  return EXIT.done;
};
