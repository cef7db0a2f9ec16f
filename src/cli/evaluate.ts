/**
 * `sonae eval` and `sonae call`: evaluate any formula by its Excel id through the same registry Excel
 * uses. One JSON line in, one JSON line out, in order; a bad line is an error line, never a stop.
 */
import { CalcError } from "../calc/law/errors";
import { Cell, evaluate } from "../functions/define";
import { REGISTRY } from "../functions/registry";
import { BUILT_IN_LAW, LawContext } from "../calc/law/lawContext";

export type JsonCell = number | boolean | string | { error: string; message: string };
export type EvalResult = { value: JsonCell | JsonCell[][] } | { error: string; message: string };

function jsonCell(v: Cell): JsonCell {
  return v instanceof CalcError ? { error: v.code, message: v.message } : v;
}

/** Evaluate one formula call. A 1×1 result is a scalar; a larger one a matrix of cells. */
export function evaluateCall(fn: unknown, args: unknown, law: LawContext = BUILT_IN_LAW): EvalResult {
  if (typeof fn !== "string" || !REGISTRY.has(fn.toUpperCase().replace(/^SONAE\./, ""))) {
    return { error: "#NAME?", message: `関数「${String(fn)}」はありません。使える関数: ${[...REGISTRY.keys()].join(", ")}` };
  }
  if (args !== undefined && !Array.isArray(args)) {
    return { error: "#VALUE!", message: "args は配列で指定してください（省略する引数は null）。" };
  }
  const def = REGISTRY.get(fn.toUpperCase().replace(/^SONAE\./, ""))!;
  const given = (args as unknown[] | undefined) ?? [];
  const missing = missingArgument(def.id, given);
  if (missing !== undefined) return { error: "#VALUE!", message: missing };
  const result = evaluate(def, given, law);
  if (result.length === 1 && result[0].length === 1) {
    const v = result[0][0];
    return v instanceof CalcError ? { error: v.code, message: v.message } : { value: v };
  }
  return { value: result.map((row) => row.map(jsonCell)) };
}

/** "SI_HEALTH(salary, prefecture, period, [care], [part])" — the arguments of a formula, optional ones in brackets. */
export function describeParams(id: string): string {
  const def = REGISTRY.get(id);
  return def ? `${def.id}(${def.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})` : id;
}

/**
 * The first required argument left out (absent or null), as a message naming it; undefined when all are
 * given. Excel passes a blank cell there; a caller who leaves a required argument out made a mistake.
 */
export function missingArgument(id: string, args: readonly unknown[]): string | undefined {
  const def = REGISTRY.get(id.toUpperCase().replace(/^SONAE\./, ""));
  if (!def) return undefined;
  const i = def.params.findIndex((p, k) => !p.optional && (args[k] === undefined || args[k] === null));
  return i < 0 ? undefined : `${def.id} の必須の引数 ${def.params[i].name}（${i + 1}番目）がありません。引数: ${describeParams(def.id)}`;
}

/** A line of `eval` that is not a call at all: the answer for that line, and a reason to exit with 1. */
export interface UnreadableLine {
  unreadable: true;
  result: { error: "#VALUE!"; message: string };
}

/** One input line of `eval`: {"fn": "SI_HEALTH", "args": [300000, "東京都", "2026-11"]}, or why it is not one. */
export function parseLine(line: string): { fn?: unknown; args?: unknown } | UnreadableLine {
  const unreadable = (message: string): UnreadableLine => ({ unreadable: true, result: { error: "#VALUE!", message } });
  if (line.trim() === "") return unreadable("空の行です。1行に1つ {\"fn\": \"…\", \"args\": […]} を書いてください。");
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return unreadable(`JSON として読めません: ${line.slice(0, 80)}`);
  }
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return unreadable("各行は {\"fn\": \"…\", \"args\": […]} の形のオブジェクトです。");
  }
  return input as { fn?: unknown; args?: unknown };
}

export function evaluateLine(line: string, law: LawContext = BUILT_IN_LAW): EvalResult {
  const call = parseLine(line);
  return "unreadable" in call ? call.result : evaluateCall(call.fn, call.args, law);
}

/** A command-line word as an argument: numbers become numbers, "-" is omitted, JSON arrays are ranges. */
export function wordToArg(word: string): unknown {
  if (word === "-" || word === "") return null;
  if (/^[+-]?\d+(\.\d+)?$/.test(word)) return Number(word);
  if (/^(TRUE|FALSE)$/i.test(word)) return word.toUpperCase() === "TRUE";
  if (word.startsWith("[")) {
    try {
      return JSON.parse(word);
    } catch {
      return word;
    }
  }
  return word;
}

export function formatForPeople(r: EvalResult): string {
  if ("error" in r) return `${r.error} ${r.message}`;
  const show = (c: JsonCell) => (typeof c === "object" ? `${c.error} ${c.message}` : String(c));
  return Array.isArray(r.value) ? r.value.map((row) => row.map(show).join("\t")).join("\n") : show(r.value);
}
