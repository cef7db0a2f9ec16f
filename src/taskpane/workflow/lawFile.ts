/**
 * The user's law table in the pane (docs/law-data.md): read strictly, kept as the law the workbook is
 * built under, and shown back in words. Pure: bytes in, a state out.
 */
import { BUILT_IN_LAW, LawContext } from "../../calc/law/lawContext";
import { loadUserLaw, UserLawError } from "../../calc/law/userLaw";
import { readUserLawFile } from "../../import/userLaw";

export type LawFileState =
  | { status: "none" }
  | { status: "loaded"; fileName: string; law: LawContext }
  | { status: "failed"; fileName: string; problems: readonly string[] };

export function readLawFile(fileName: string, bytes: Uint8Array): LawFileState {
  try {
    return { status: "loaded", fileName, law: loadUserLaw([readUserLawFile(fileName, bytes)]) };
  } catch (e) {
    if (e instanceof UserLawError) return { status: "failed", fileName, problems: e.problems };
    return { status: "failed", fileName, problems: [e instanceof Error ? e.message : String(e)] };
  }
}

export function lawOf(state: LawFileState): LawContext {
  return state.status === "loaded" ? state.law : BUILT_IN_LAW;
}

/** 「3件の料率を追加しました（組み込みのデータが優先。ブックの法令データシートに載ります）」 and each notice. */
export function lawFileSummary(law: LawContext): string {
  const tables = [...new Set(law.userRows.map((r) => r.table))].join("・");
  return [`${law.userRows.length}件の料率（${tables}）を追加しました。組み込みのデータが優先し、ブックの「法令データ」シートに出典とともに載ります。`, ...law.notices].join("\n");
}
