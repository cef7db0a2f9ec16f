/**
 * The law a calculation runs under: the built-in data, plus the rows a user added (利用者が追加した法令データ)
 * for periods the built-in data does not cover yet. Passed down explicitly, never a global: two calls
 * with different contexts cannot disturb each other.
 */
import { Day, isoOf } from "../dates/calendar";
import { CalcError, noData } from "../vocabulary/errors";
import { Ppm } from "../money/rate";
import { UserTableName, userTable } from "./userTables";
import { Timeline } from "./timeline";
import type { UserTaxTable } from "./userTaxTable";

/** One checked user row: a rate for a table and 区分 from a day to a day (both included). */
export interface UserLawRow {
  readonly table: UserTableName;
  readonly key: string;
  readonly rate: Ppm;
  /** The rate as the user wrote it ("10.00%"), shown back on the 法令データ sheet. */
  readonly rateText: string;
  readonly from: Day;
  readonly until: Day;
  /** 出典 as the user gave it. */
  readonly source: string;
  /** The file and its 1-based row, for messages ("law.csv 3行目"). */
  readonly origin: string;
}

export interface LawContext {
  readonly userRows: readonly UserLawRow[];
  /** What the user must be told (a row the built-in data already covers and is not used). */
  readonly notices: readonly string[];
  /** The 賞与の算出率の表 and 日額表 a user added, one per kind and 年分 (userTaxTable.ts). */
  readonly userTaxTables?: readonly UserTaxTable[];
}

export const BUILT_IN_LAW: LawContext = { userRows: [], notices: [] };

/** The user row in force for a table and 区分 on a day. */
export function userRowAt(law: LawContext, table: UserTableName, key: string, day: Day): UserLawRow | undefined {
  for (const r of law.userRows) if (r.table === table && r.key === key && day >= r.from && day <= r.until) return r;
  return undefined;
}

/**
 * A rate a user may extend: the built-in value wherever the built-in data has one (it always wins),
 * else the user's row, else the built-in table's own #N/A naming the table and the date.
 */
export function extensibleRate(law: LawContext, table: UserTableName, key: string, day: Day, describe?: () => string): Ppm {
  const t = userTable(table)!;
  const builtIn = t.builtIn(key, day);
  if (builtIn !== undefined) return builtIn;
  const user = law.userRows.length > 0 ? userRowAt(law, table, key, day) : undefined;
  if (user !== undefined) return user.rate;
  if (law.userRows.some((r) => r.table === table)) {
    const e = missingError(t.timeline, day, describe);
    throw new CalcError(e.code, `${e.message}利用者が追加した法令データにも「${key}」の行はありません。`);
  }
  throw missingError(t.timeline, day, describe);
}

/** The table's own #N/A, naming it and the range it covers. */
function missingError(timeline: Timeline<unknown>, day: Day, describe?: () => string): CalcError {
  try {
    timeline.at(day, describe);
  } catch (e) {
    if (e instanceof CalcError) return e;
    throw e;
  }
  // The built-in tables have every 区分 wherever they have the day, so this is only a safeguard.
  return noData(timeline.spec.title, describe ? describe() : isoOf(day));
}
