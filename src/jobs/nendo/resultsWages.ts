/**
 * The year's wage rows from results files (the vendor's exports and Sonae's --results-out months, in any
 * order): a 給与 by its 対象年月 (the month of the 賃金締切日), a 賞与 by its 支給日. The same payment in two
 * files is an error naming both, since adding both would double the 賃金総額; a row without 総支給額 is an
 * error, never a zero.
 */
import type { PreviousResult } from "../../calc/records/previousResults";
import type { JobProblem } from "../problem";
import type { NendoWageRow } from "./wageRows";
import { provisionalProblem, ProvisionalRow } from "../results/yearOfResults";

export interface ResultsFile {
  file: string;
  results: readonly PreviousResult[];
  /** rows[i] is the file row of results[i]. */
  rows: readonly number[];
}

export interface FileProblem extends JobProblem {
  file: string;
}

function wageRowOf(r: PreviousResult, file: string, row: number): NendoWageRow | FileProblem {
  const kind = r.kind === "賞与" ? "bonus" : "salary";
  if (r.gross === undefined) {
    return { file, row, column: "総支給額", value: "", message: `社員番号 ${r.employeeId}: 総支給額が空欄です。支払いがなかったのなら 0 と書いてください（空欄を 0 とはみなしません）。`, severity: "error" };
  }
  const w: NendoWageRow = { employeeId: r.employeeId, kind, gross: r.gross, file, row };
  if (r.period !== undefined) w.period = r.period;
  if (r.payDate !== undefined) w.payDate = r.payDate;
  return w;
}

/** One payment: the same person, 種別, 対象年月 and 支給日. */
const keyOf = (w: NendoWageRow) => [w.employeeId, w.kind, w.period ?? "", w.payDate ?? ""].join("\u0000");

/**
 * The true row of a provisional (仮払い) row's payment: the same person and 種別, and the same 対象年月 (給与) or
 * month of 支給日 (賞与, or a 給与 without 対象年月). The 仮払い amount itself is never 賃金 of the year.
 */
function trueRowOf(r: PreviousResult, wages: readonly NendoWageRow[]): { file: string; row: number } | undefined {
  const kind = r.kind === "賞与" ? "bonus" : "salary";
  const month = (w: { period?: string; payDate?: string }) => (kind === "salary" && w.period !== undefined ? w.period : w.payDate?.slice(0, 7));
  const found = wages.find((w) => w.employeeId === r.employeeId && w.kind === kind && month(w) !== undefined && month(w) === month(r));
  return found && { file: found.file ?? "", row: found.row ?? 0 };
}

/**
 * A row whose 備考 says 仮払い gives way to the true row of its payment (a note), or is an error when there is none.
 * @example wagesOfResults([{ file: "2026-04.csv", results, rows }, …]) // { wages: [{ employeeId: "F001", kind: "salary", period: "2026-04", gross: 310,000, … }], problems: [] }
 */
export function wagesOfResults(files: readonly ResultsFile[]): { wages: NendoWageRow[]; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const first = new Map<string, NendoWageRow>();
  const twice = new Set<NendoWageRow>();
  const provisional: ProvisionalRow[] = [];
  for (const f of files) {
    f.results.forEach((r, i) => {
      if (r.provisional) return void provisional.push({ result: r, file: f.file, row: f.rows[i] ?? 0 });
      const w = wageRowOf(r, f.file, f.rows[i] ?? 0);
      if ("message" in w) return void problems.push(w);
      const seen = first.get(keyOf(w));
      if (!seen) return void first.set(keyOf(w), w);
      twice.add(seen).add(w);
      const when = w.kind === "salary" ? `対象年月 ${w.period ?? "（空欄）"}` : `支給日 ${w.payDate ?? "（空欄）"}`;
      problems.push({ file: f.file, row: w.row ?? 0, column: "社員番号", value: w.employeeId, severity: "error",
        message: `社員番号 ${w.employeeId} の${r.kind ?? "給与"}（${when}）が「${seen.file}」${seen.row}行目と「${w.file}」${w.row}行目の両方にあります。どちらか一方にしてください。` });
    });
  }
  const wages = [...first.values()].filter((w) => !twice.has(w));
  for (const p of provisional) problems.push(provisionalProblem(p, trueRowOf(p.result, wages)));
  return { wages, problems };
}
