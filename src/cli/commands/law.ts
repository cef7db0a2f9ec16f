/**
 * `sonae law`: the horizon calendar — every law table, the periods it covers with their 信頼度 and sources,
 * and the next expected revision; then the rows the user added with --law. Read it before a payroll run
 * near a revision (協会けんぽ 3月分, 雇用保険 4月, 税額表 1月).
 */
import type { Command } from "../command";
import { CalendarEntry, CalendarPeriod, lawCalendar } from "../../calc/law/calendar";
import { BUILT_IN_LAW, LawContext } from "../../calc/law/lawContext";
import { isoOf } from "../../calc/dates/calendar";
import { CONFIDENCE } from "../../workbook/sheets/lawData";

const KEYED_ON: Record<CalendarEntry["keyedOn"], string> = { premiumMonth: "保険料の○月分", paymentDate: "支払日", wageClosingDate: "賃金締切日", taxYear: "年分" };

function span(e: CalendarEntry, p: CalendarPeriod): string {
  const end = p.until ?? "（定めなし）";
  return e.keyedOn === "premiumMonth" ? `${p.from.slice(0, 7)}分〜${p.until ? `${p.until.slice(0, 7)}分` : end}` : `${p.from}〜${end}`;
}

export function formatCalendar(entries: readonly CalendarEntry[], law: LawContext = BUILT_IN_LAW): string {
  const lines: string[] = [];
  for (const e of entries) {
    lines.push(`■ ${e.title}（${KEYED_ON[e.keyedOn]}）`);
    for (const p of e.periods) {
      const sources = p.sources.map((s) => s.title).join("／");
      lines.push(`  ${span(e, p)}  信頼度 ${p.confidence ? CONFIDENCE[p.confidence] : "―"}  ${sources}${p.note ? `（${p.note}）` : ""}`);
    }
    lines.push(`  次の改定: ${e.next ?? "定めなし（法改正まで）"}`);
  }
  if (law.userRows.length > 0) {
    lines.push("■ 利用者が追加した法令データ（組み込みのデータが優先）");
    for (const r of law.userRows) lines.push(`  ${r.table} ${r.key} ${r.rateText}  ${isoOf(r.from)}〜${isoOf(r.until)}  出典: ${r.source}  （${r.origin}）`);
  }
  if ((law.userTaxTables ?? []).length > 0) {
    lines.push("■ 利用者が追加した源泉徴収税額表（組み込みのデータが優先）");
    for (const t of law.userTaxTables ?? []) lines.push(`  ${t.kind} 令和${t.year - 2018}年分（${t.rows}行）  ${isoOf(t.from)}〜${isoOf(t.until)}  出典: ${t.source}  （${t.origin}）`);
  }
  return lines.join("\n") + "\n";
}

export const command: Command = async (argv, law = BUILT_IN_LAW) => {
  if (argv.length > 0) {
    process.stderr.write(`不明な引数: ${argv[0]}\n使い方: npm run --silent sonae -- law [--law FILE]\n`);
    return 2;
  }
  process.stdout.write(formatCalendar(lawCalendar(), law));
  return 0;
};
