/**
 * The conditional-format rule both writers give a 検算 highlight: the Excel JS writer sends it through
 * `conditionalFormats`, the .xlsx writer stores it in the worksheet part.
 */
import { area } from "./address";
import { NonZeroHighlight } from "./types";

/** The conditional format's rule, relative to the area's top-left cell: a number other than 0. */
export function nonZeroRule(highlight: NonZeroHighlight): string {
  const topLeft = area(highlight.row, highlight.col, 1, 1);
  return `=AND(ISNUMBER(${topLeft}),${topLeft}<>0)`;
}
