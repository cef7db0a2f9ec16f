/**
 * The vocabulary every layer shares: how an amount, a yes/no, a keyword, an insurer, a date, a month or a year
 * is read, and the typed error a refused value raises. The formulas, the import and the command line read
 * through these, so a value means the same everywhere.
 */
export * from "./parser";
export * from "./amounts";
export * from "./bool";
export * from "./keywords";
export * from "./insurer";
export * from "./dates";
export { CalcError, show } from "./errors";
