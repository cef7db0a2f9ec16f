/**
 * The question a 10進 file must be asked: a column whose decimals are all .00–.59, with quarter hours written
 * .15/.30/.45, was most likely written in 60進 (KING OF TIME and オフィスステーション both offer it), and read as
 * 10進 every `7.30` loses 12 minutes without anything to see.
 */
import type { Prepared } from "./engine";
import { HOUR_NOTATION_LABELS, looksSexagesimal } from "./hourNotation";
import { fold } from "./normalize";
import type { ImportProblem } from "./types";

/** One warning per hour column read as 10進 that looks 60進, naming the column. */
export function notationWarnings<K extends string>(prepared: Prepared<K>, keys: readonly K[]): ImportProblem[] {
  if ((prepared.report.mapping.hours ?? "decimal") !== "decimal") return [];
  const out: ImportProblem[] = [];
  const asked = new Set<number>();
  for (const key of keys) {
    const columns = prepared.sources[key]?.columns ?? (prepared.index[key] === undefined ? [] : [prepared.index[key] as number]);
    for (const i of columns) {
      if (asked.has(i)) continue;
      asked.add(i);
      const texts = prepared.rows.map((r) => fold(r.cells[i] ?? "").replace(/\s*(時間|h)$/i, ""));
      if (looksSexagesimal(texts)) out.push(question(prepared, i));
    }
  }
  return out;
}

const QUESTION_START = `この列の時間を${HOUR_NOTATION_LABELS.decimal}（7.5 = 7時間30分）として読みました。`;

/** Whether a problem is the question of notationWarnings (the pane shows it beside the 時間の表記 setting). */
export function isNotationQuestion(p: ImportProblem): boolean {
  return p.severity === "warning" && p.message.startsWith(QUESTION_START);
}

function question<K extends string>(prepared: Prepared<K>, i: number): ImportProblem {
  return {
    row: prepared.headerRow,
    column: prepared.report.headers[i],
    value: "",
    message:
      `${QUESTION_START}小数点以下がすべて .59 以下で .15・.30・.45 があり、` +
      `${HOUR_NOTATION_LABELS.sexagesimal}（7.30 = 7時間30分）で書かれたファイルかもしれません。どちらの表記か出力元の設定（時間表示形式）を確かめ、` +
      `60進なら時間の表記を「60進」（コマンドでは --hours sexagesimal）にして取り込み直してください。`,
    severity: "warning",
  };
}
