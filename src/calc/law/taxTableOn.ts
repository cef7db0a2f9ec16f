/**
 * The 源泉徴収税額表 in force on a payment date: the built-in table wherever the built-in data has one (it
 * always wins), else the table of that year a user added (userTaxTable.ts), else #N/A naming the table and 年分.
 */
import { Day, ymdOf } from "../dates/calendar";
import { LawContext } from "./lawContext";
import { Timeline } from "./timeline";
import { UserTaxTableKind } from "./userTaxTable";
import { BonusRateTable, bonusRateTables, dailyTaxTables, onPaymentDate, TaxTable } from "./withholding";

/** The table in force on a payment date: the built-in one (it always wins), else the user's of that year, else #N/A. */
function tableOn<T extends BonusRateTable | TaxTable>(kind: UserTaxTableKind, timeline: Timeline<T>, day: Day, law: LawContext | undefined): T {
  const builtIn = timeline.find(day);
  if (builtIn !== undefined) return builtIn;
  const year = ymdOf(day).year;
  const user = law?.userTaxTables?.find((t) => t.kind === kind && t.year === year);
  return user !== undefined ? (user.table as T) : onPaymentDate(timeline, day);
}

/** 賞与の算出率の表 for a payment date, from the built-in data or the user's table of that year. */
export const bonusRateTableOn = (day: Day, law?: LawContext): BonusRateTable => tableOn("賞与の算出率の表", bonusRateTables, day, law);
/** 日額表 for a payment date, from the built-in data or the user's table of that year. */
export const dailyTaxTableOn = (day: Day, law?: LawContext): TaxTable => tableOn("日額表", dailyTaxTables, day, law);
