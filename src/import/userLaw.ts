/**
 * A user's law table file (docs/law-data.md) → its cells, for the strict loader in src/calc/law/userLaw.ts.
 * The same reading as every other import: Shift_JIS or UTF-8 (with or without BOM), comma or tab.
 */
import { guessDelimiter, parseCsv } from "./csv";
import { decodeText } from "./decode";
import type { UserLawFile } from "../calc/law/userLaw";

export function readUserLawFile(name: string, bytes: Uint8Array): UserLawFile {
  const { text } = decodeText(bytes);
  return { name, cells: parseCsv(text, guessDelimiter(text)).rows };
}
