/** A subcommand: receives the words after its name, returns the process exit code. */
export type Command = (argv: string[]) => Promise<number>;
