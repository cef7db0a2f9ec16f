/**
 * `--law FILE`: the user's law tables (docs/law-data.md), accepted anywhere on the command line of every
 * command, any number of times. Read here once; the commands receive the resulting law context and never
 * see the option.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { BUILT_IN_LAW, LawContext } from "../calc/law/lawContext";
import { loadUserLaw } from "../calc/law/userLaw";
import { readUserLawFile } from "../import/userLaw";
import { describePathError, errorCode } from "./inputFile";

/** The words without the --law options, and the files they name; or what is wrong with them. */
export function takeLawOption(argv: readonly string[]): { argv: string[]; files: string[] } | { error: string } {
  const rest: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const m = /^--law(?:=(.*))?$/.exec(argv[i]);
    if (!m) {
      rest.push(argv[i]);
      continue;
    }
    const file = m[1] ?? argv[++i];
    if (file === undefined || file === "" || file.startsWith("--")) return { error: "--law の後に法令データのファイル（CSV）を指定してください。" };
    files.push(file);
  }
  return { argv: rest, files };
}

/** The bytes of a --law file; a missing path or a folder is named in Japanese. */
function readLawFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new Error(describePathError(errorCode(e), "法令データ（--law）", file) ?? String(e));
  }
}

/**
 * The command line with its --law options applied: the law context (notices printed on stderr), or the
 * exit code of a usage error (2) after printing every problem of the files.
 */
export function readLawOption(argv: readonly string[], stderr: (text: string) => void = (t) => process.stderr.write(t)): { argv: string[]; law: LawContext } | number {
  const taken = takeLawOption(argv);
  if ("error" in taken) {
    stderr(`${taken.error}\n`);
    return 2;
  }
  if (taken.files.length === 0) return { argv: taken.argv, law: BUILT_IN_LAW };
  try {
    const law = loadUserLaw(taken.files.map((f) => readUserLawFile(path.basename(f), readLawFile(f))));
    for (const n of law.notices) stderr(`[注意] ${n}\n`);
    return { argv: taken.argv, law };
  } catch (e) {
    stderr(`エラー: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
