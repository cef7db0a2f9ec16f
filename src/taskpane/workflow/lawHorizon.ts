/**
 * The settings step's look ahead: which law tables the month being computed, or the next one, falls
 * outside of — so that an office learns in time that the 協会けんぽ rates of 3月分 or the 令和9年分 賞与の表 are
 * not in Sonae yet, and can add a published rate itself (docs/law-data.md). Pure: settings in, messages out.
 */
import { LawContext } from "../../calc/law/lawContext";
import { PayrollSettings } from "../../calc/payroll/types";
import { dayOf, isoOf, isoToDay, validDayOf, ymdOf } from "../../calc/dates/calendar";
import { collectLawInfo, LawTableUse } from "../../workbook/lawInfo";
import { USER_TABLES } from "../../calc/law/userTables";

/** The same office's settings one month later (対象年月 and 支給日 moved by a month; 支給日 kept in the month's last day). */
export function nextMonthSettings(s: PayrollSettings): PayrollSettings {
  const [y, m] = s.period.split("-").map(Number);
  const period = `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, "0")}`;
  const pay = ymdOf(isoToDay(s.payDate));
  const [py, pm] = pay.month === 12 ? [pay.year + 1, 1] : [pay.year, pay.month + 1];
  const payDay = validDayOf(py, pm, pay.day) ?? dayOf(pm === 12 ? py + 1 : py, pm === 12 ? 1 : pm + 1, 1) - 1;
  return { ...s, period, payDate: isoOf(payDay) };
}

const USER_EXTENSIBLE = new Set(USER_TABLES.map((t) => t.timeline.spec.id));

function message(u: LawTableUse, which: string): string {
  const remedy = USER_EXTENSIBLE.has(u.id)
    ? "公表済みの料率は「法令データを追加」で読み込めます（出典が必要です）。"
    : "Sonae の更新で収録されるまで、この表による計算は国税庁等の表で確かめてください。";
  return `${which}・${u.usedFor}: ${u.title}が収録範囲外です（収録は ${u.knownUntil ?? ""} まで）。この計算は #N/A になります。${remedy}`;
}

/**
 * Warnings for the tables outside the data this month or next, each once (this month first).
 * @example lawHorizonWarnings({ settings: defaultPayrollSettings("2027-02") })[0] // "翌月 2027-03 の給与・給与の保険料 2027年2月分: …" (none: 2027-02分 is in force)
 */
export function lawHorizonWarnings(a: { settings: PayrollSettings; law?: LawContext }): string[] {
  const next = nextMonthSettings(a.settings);
  const months: [PayrollSettings, string][] = [[a.settings, `${a.settings.period} の給与`], [next, `翌月 ${next.period} の給与`]];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [settings, which] of months) {
    for (const u of collectLawInfo({ settings, law: a.law })) {
      if (u.effective !== null || seen.has(u.id)) continue;
      seen.add(u.id);
      out.push(message(u, which));
    }
  }
  return out;
}
