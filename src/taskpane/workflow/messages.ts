/**
 * Every failure ends as a Japanese message on screen: the library's own errors speak for themselves,
 * anything else is named as unexpected, never swallowed.
 */
import { ImportError } from "../../import/types";
import { CalcError } from "../../calc/law/errors";

export function messageOf(e: unknown): string {
  if (e instanceof ImportError || e instanceof CalcError) return e.message;
  if (e instanceof Error) return `予期しないエラーが起きました: ${e.message}`;
  return `予期しないエラーが起きました: ${String(e)}`;
}
