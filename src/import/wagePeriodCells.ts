/**
 * 賃金計算期間 of a results row as the payroll system exports it (労働基準法施行規則第54条第1項第3号): a 計算期間 column
 * ("2026/04/21〜2026/05/20"), or a 締日 column — a date (freee's 給与計算締日（固定給）) or a day of the 対象年月 (20,
 * 末日). The period is a display item of the 賃金台帳, so a cell that cannot be read is a warning, never a rejected
 * row: the ledger then derives the period from 対象年月 and the 締め日 as for a file without the column.
 */
import { dayOf, isoOf, isoToDay, ymdOf } from "../calc/dates/calendar";
import { wagePeriod } from "../calc/payroll/wagePeriod";
import type { PreviousResult, PreviousResultsField } from "../calc/records/previousResults";
import type { RowReader } from "./engine";
import { fold, Normalizer, normalizeDate } from "./normalize";

type Period = { start: string; end: string };
/** A 締日 cell: a date, or a day of the month (末日 = 31). */
type Closing = { date: string } | { day: number };

const UNREAD = "ため、賃金台帳の賃金計算期間は対象年月と締め日から書きます。";

const readPeriod: Normalizer<Period | null> = (text, context) => {
  const parts = fold(text).split(/\s*[〜~]\s*|\s+-\s+|\s*から\s*/).filter((p) => p !== "");
  const days = parts.length === 2 ? parts.map((p) => normalizeDate(p, context)) : [];
  if (days.length !== 2 || days.some((d) => "error" in d)) return { value: null, warning: `賃金計算期間を「2026/04/21〜2026/05/20」の形で読めない${UNREAD}` };
  const [start, end] = days.map((d) => ("value" in d ? d.value : ""));
  if (start > end) return { value: null, warning: `賃金計算期間の初日が最後の日より後の${UNREAD}` };
  return { value: { start, end } };
};

const readClosing: Normalizer<Closing | null> = (text, context) => {
  const t = fold(text);
  if (t === "末日" || t === "月末") return { value: { day: 31 } };
  const day = /^(\d{1,2})日?$/.exec(t);
  if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31) return { value: { day: Number(day[1]) } };
  const date = normalizeDate(t, context);
  return "error" in date ? { value: null, warning: `締め日を日付（2026/05/20）か日（20・末日）として読めない${UNREAD}` } : { value: { date: date.value } };
};

/** The period ending on a 締日: 末日 of its month is 末日締め (the calendar month), another day is that day's 締め. */
function periodEndingOn(iso: string): Period {
  const d = ymdOf(isoToDay(iso));
  const lastDay = ymdOf(dayOf(d.year, d.month + 1, 0)).day;
  const w = wagePeriod({ month: dayOf(d.year, d.month, 1), closingDay: d.day === lastDay ? 31 : d.day });
  return { start: isoOf(w.start), end: isoOf(w.end) };
}

function periodOfClosing(c: Closing, month: string | undefined): Period | undefined {
  if ("date" in c) return periodEndingOn(c.date);
  if (month === undefined) return undefined;
  const w = wagePeriod({ month: isoToDay(`${month}-01`), closingDay: c.day });
  return { start: isoOf(w.start), end: isoOf(w.end) };
}

/** The row's 賃金計算期間 into the result: the 計算期間 column first, else the 締日 column with the row's 対象年月. */
export function readWagePeriod(r: RowReader<PreviousResultsField>, result: PreviousResult): void {
  const period = r.read("wagePeriod", readPeriod);
  if (period) {
    result.wagePeriod = period;
    return;
  }
  const closing = r.read("closingDate", readClosing);
  if (!closing) return;
  const fromClosing = periodOfClosing(closing, result.period);
  if (fromClosing) result.wagePeriod = fromClosing;
  else r.add("closingDate", "warning", `締め日が日だけで対象年月の列がない${UNREAD}`);
}
