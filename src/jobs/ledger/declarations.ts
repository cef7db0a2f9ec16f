/**
 * The 申告書 of each employee for the 源泉徴収簿's 年末調整 block, from the 年末調整 staff list (the list of `sonae
 * nencho`): a usable row becomes the core's input of the 年分; a row with problems is left out and its problems are
 * returned, so that employee's block holds the totals only. One reading for the command line and the pane.
 */
import { RowError, StaffRow, toInput } from "../../calc/records/yearEndStaff";
import type { YearEndInput } from "../../calc/yearEnd/types";

export function declarationsOf(rows: readonly StaffRow[], year: number): { declarations: Map<string, YearEndInput>; problems: RowError[] } {
  const declarations = new Map<string, YearEndInput>();
  const problems: RowError[] = [];
  for (const row of rows) {
    if (row.errors.length > 0) problems.push(...row.errors);
    else declarations.set(row.id, toInput(row.fields, year));
  }
  return { declarations, problems };
}

/** What the clerk is told of a row left out: its problem, and that the block is the totals only. */
export const LEFT_OUT = "（この人の年末調整欄は合計だけにします）";
