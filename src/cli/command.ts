import type { LawContext } from "../calc/law/lawContext";

/**
 * A subcommand: receives the words after its name (global options such as --law taken out) and the law to
 * run under, returns the process exit code (see EXIT).
 */
export type Command = (argv: string[], law?: LawContext) => Promise<number>;

/** A subcommand as commandLine.ts lists it: what runs, and its help (printed by --help / -h). */
export interface CommandEntry {
  run: Command;
  usage: string;
}

/** The exit codes README promises; scripts rely on them. */
export const EXIT = {
  /** Everything done. */
  done: 0,
  /** Some rows were rejected or differ; the valid rows were still processed. */
  rowsRejected: 1,
  /** How the command was called or the files it was given: nothing was written. */
  usage: 2,
  /** An unexpected failure (a defect, the disk); a file being written was not left behind. */
  failure: 3,
} as const;
