/**
 * The 全銀 code table in the pane: loaded only when the clerk asks (about 5 MB, a chunk of its own that
 * zengin/bankNames.ts imports on demand), then used to fill bank and branch names and find wrong codes.
 */
import { BankDirectory, applyBankNames, describeDirectory, loadBankDirectory } from "../../zengin/bankNames";
import type { TransferRow } from "../../zengin/transfers";
import type { ZenginProblem } from "../../zengin/problems";
import { messageOf } from "./messages";

export type BankNamesState = { status: "none" } | { status: "loading" } | { status: "loaded"; directory: BankDirectory } | { status: "failed"; message: string };

export type BankNamesView = { status: "none" } | { status: "loading" } | { status: "loaded"; description: string } | { status: "failed"; message: string };

/** The table, or why it could not be read (the transfer file can be made without it). */
export async function loadBankNames(): Promise<BankNamesState> {
  try {
    return { status: "loaded", directory: await loadBankDirectory() };
  } catch (e) {
    return { status: "failed", message: `全銀コード表を読み込めませんでした（振込データは作れます）: ${messageOf(e)}` };
  }
}

/** Fills names and checks codes of the transfer rows once the table is loaded. */
export function bankNamesDecorator(state: BankNamesState): ((rows: TransferRow[]) => { rows: TransferRow[]; problems: ZenginProblem[] }) | undefined {
  if (state.status !== "loaded") return undefined;
  const directory = state.directory;
  return (rows) => applyBankNames(directory, rows);
}

export function bankNamesView(state: BankNamesState): BankNamesView {
  return state.status === "loaded" ? { status: "loaded", description: describeDirectory(state.directory) } : state;
}
