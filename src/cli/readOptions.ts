/**
 * One reader for the words after a command, so every command answers the same mistakes in the same words
 * (exit 2): `--name value` options, flags that take no value (`--force`), and lists that take every word up
 * to the next option (`--results a.csv b.csv`). A value may not start with "--": `--out --force` is a
 * missing value, not a file called "--force".
 */
import { UsageError } from "./usageError";

export interface OptionTable<V extends string, F extends string = never, L extends string = never> {
  values: Readonly<Record<string, V>>;
  flags?: Readonly<Record<string, F>>;
  lists?: Readonly<Record<string, L>>;
  /** Said after 「不明な引数: …」, where the options allowed depend on another one (「（--from-previous と一緒に使えるのは…）」). */
  unknownHint?: string;
}

export interface Options<V extends string, F extends string = never, L extends string = never> {
  values: Partial<Record<V, string>>;
  flags: Partial<Record<F, true>>;
  lists: Partial<Record<L, string[]>>;
}

const isOption = (word: string | undefined) => word !== undefined && word.startsWith("--");

/** The options on `argv`; an unknown word, or an option without its value, is a UsageError. */
export function readOptions<V extends string, F extends string = never, L extends string = never>(argv: readonly string[], table: OptionTable<V, F, L>): Options<V, F, L> {
  const read: Options<V, F, L> = { values: {}, flags: {}, lists: {} };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    const flag = table.flags?.[word];
    const list = table.lists?.[word];
    const value = table.values[word];
    if (flag !== undefined) read.flags[flag] = true;
    else if (list !== undefined) {
      const words = read.lists[list] ?? (read.lists[list] = []);
      const before = words.length;
      while (argv[i + 1] !== undefined && !isOption(argv[i + 1])) words.push(argv[++i]);
      if (words.length === before) throw new UsageError(`${word} の値がありません。`);
    } else if (value !== undefined) {
      const next = argv[i + 1];
      if (next === undefined || isOption(next)) throw new UsageError(`${word} の値がありません。`);
      read.values[value] = next;
      i++;
    } else throw new UsageError(`不明な引数: ${word}${table.unknownHint ?? ""}`);
  }
  return read;
}

/** The value of a required option, or a UsageError naming it: 「--master（従業員マスタのファイル）を指定してください。」 */
export function required(value: string | undefined, option: string): string {
  if (value === undefined) throw new UsageError(`${option}を指定してください。`);
  return value;
}
