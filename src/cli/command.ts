import type { LawContext } from "../calc/law/lawContext";

/** A subcommand: receives the words after its name (without --law) and the law to run under, returns the process exit code. */
export type Command = (argv: string[], law?: LawContext) => Promise<number>;
