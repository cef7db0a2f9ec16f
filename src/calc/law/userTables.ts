/**
 * The rate tables a payroll clerk may extend without a release (利用者が追加する法令データ): one rate per
 * table, 区分 and start date. Each says which 区分 it knows, how far one announced rate runs by default, and
 * where the built-in data keeps the same value, so that a user row can be checked against it.
 */
import { Day, dayOf, ymdOf } from "../dates/calendar";
import { Ppm } from "../money/rate";
import { DateKey } from "./types";
import { Timeline } from "./timeline";
import { careInsuranceRate, childSupportLevyRate, kyoukaiKenpoRates, PREFECTURES } from "./socialInsurance";
import { BusinessType, employmentInsuranceRates } from "./employmentInsurance";
import { readInsurer } from "../socialInsurance/insurer";

export type UserTableName = "協会けんぽ健康保険料率" | "介護保険料率" | "子ども・子育て支援金率" | "雇用保険料率";

export interface UserTable {
  readonly name: UserTableName;
  readonly keyedOn: DateKey;
  /** The built-in timeline with the same meaning (its title names the table in #N/A messages). */
  readonly timeline: Timeline<unknown>;
  /** The 区分 as written → its canonical form, or undefined when it is not one of `keys`. */
  readonly readKey: (raw: string) => string | undefined;
  readonly keysAllowed: string;
  /** The built-in rate for a 区分 on a day, or undefined outside the built-in data. */
  readonly builtIn: (key: string, day: Day) => Ppm | undefined;
  /** The last day one announced rate runs when the row gives no 適用終了 (the table's usual revision cycle). */
  readonly defaultUntil: (from: Day) => Day;
  /** Plausible rates in ppm (以上・以下): a rate outside is a typing mistake, not a law. */
  readonly range: readonly [Ppm, Ppm];
}

const NATIONWIDE = "全国";
const readNationwide = (raw: string) => (raw === "" || raw === NATIONWIDE ? NATIONWIDE : undefined);

/** 協会けんぽの料率は「3月分から翌年2月分まで」(各年度の告示): the last day of the next February. */
function untilNextFebruary(from: Day): Day {
  const { year, month } = ymdOf(from);
  return dayOf(month >= 3 ? year + 1 : year, 3, 1) - 1;
}

/** 年度 (4月1日〜3月31日): 支援金率 by premium month, 雇用保険料率 by 賃金締切日. */
function untilMarch(from: Day): Day {
  const { year, month } = ymdOf(from);
  return dayOf(month >= 4 ? year + 1 : year, 4, 1) - 1;
}

const PREFECTURE_NAME = new Map<number, string>(PREFECTURES.map(([code, name]) => [code, name]));

/** A 協会けんぽ branch as staff write it (東京都・東京・東京都支部・13), by the same reader as the formulas. */
function prefectureCode(raw: string): number | undefined {
  try {
    const insurer = readInsurer(raw, "区分");
    return insurer.kind === "kyoukai" ? insurer.prefectureCode : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A 区分 parsed once per distinct text: a formula column asks the built-in table for the same 区分 on every
 * row, and reading 「東京都」 as an insurer costs far more than the lookup itself.
 */
function parsedOnce<T>(parse: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as T;
    const value = parse(key);
    memo.set(key, value);
    return value;
  };
}

/** The index of a 協会けんぽ branch in the table's 47 rates (-1 when the 区分 is not one). */
const kyoukaiIndex = parsedOnce((key) => (prefectureCode(key) ?? 0) - 1);

const BUSINESS: Record<string, BusinessType> = {
  一般: "general", 一般の事業: "general",
  農林水産・清酒製造: "agriculture", 農林水産・清酒製造の事業: "agriculture",
  建設: "construction", 建設の事業: "construction",
};
const SIDE: Record<string, "employee" | "employer"> = { 労働者: "employee", 被保険者: "employee", 事業主: "employer" };
const BUSINESS_NAME: Record<BusinessType, string> = { general: "一般", agriculture: "農林水産・清酒製造", construction: "建設" };

/** The side and business of a 雇用保険料率 区分 (「一般/労働者」), read once per distinct text. */
const employmentSlot = parsedOnce((key) => {
  const [business, side] = key.split("/");
  return [SIDE[side], BUSINESS[business]] as const;
});

function employmentKey(raw: string): string | undefined {
  const [business, side, extra] = raw.split("/");
  const t = BUSINESS[business];
  if (t === undefined || SIDE[side] === undefined || extra !== undefined) return undefined;
  return `${BUSINESS_NAME[t]}/${side === "被保険者" ? "労働者" : side}`;
}

/** A rate that is the same for every insurer (区分「全国」or blank). */
function nationwide(name: UserTableName, timeline: Timeline<Ppm>, defaultUntil: (from: Day) => Day, range: readonly [Ppm, Ppm]): UserTable {
  return { name, keyedOn: "premiumMonth", timeline: timeline as Timeline<unknown>, readKey: readNationwide, keysAllowed: "「全国」または空欄", builtIn: (_key, day) => timeline.find(day), defaultUntil, range };
}

export const USER_TABLES: readonly UserTable[] = [
  {
    name: "協会けんぽ健康保険料率",
    keyedOn: "premiumMonth",
    timeline: kyoukaiKenpoRates as Timeline<unknown>,
    readKey: (raw) => PREFECTURE_NAME.get(prefectureCode(raw) ?? 0),
    keysAllowed: "都道府県名（例: 東京都）",
    builtIn: (key, day) => kyoukaiKenpoRates.find(day)?.[kyoukaiIndex(key)],
    defaultUntil: untilNextFebruary,
    range: [50_000, 150_000],
  },
  nationwide("介護保険料率", careInsuranceRate, untilNextFebruary, [5_000, 40_000]),
  nationwide("子ども・子育て支援金率", childSupportLevyRate, untilMarch, [0, 20_000]),
  {
    name: "雇用保険料率",
    keyedOn: "wageClosingDate",
    timeline: employmentInsuranceRates as Timeline<unknown>,
    readKey: employmentKey,
    keysAllowed: "事業の種類/負担者（例: 一般/労働者、建設/事業主。事業の種類は 一般・農林水産・清酒製造・建設）",
    builtIn: (key, day) => {
      const [side, business] = employmentSlot(key);
      return employmentInsuranceRates.find(day)?.[side][business];
    },
    defaultUntil: untilMarch,
    range: [1_000, 30_000],
  },
];

const TABLE_BY_NAME = new Map<string, UserTable>(USER_TABLES.map((t) => [t.name, t]));

export function userTable(name: string): UserTable | undefined {
  return TABLE_BY_NAME.get(name);
}

/** The 区分 of 雇用保険料率 for a business type and side, as user rows write it. */
export function employmentUserKey(type: BusinessType, side: "employee" | "employer"): string {
  return EMPLOYMENT_USER_KEYS[type][side];
}

/** Made once: a new string per row would be hashed again on every look-up of a premium column. */
const EMPLOYMENT_USER_KEYS = Object.fromEntries(
  (Object.keys(BUSINESS_NAME) as BusinessType[]).map((t) => [t, { employee: `${BUSINESS_NAME[t]}/労働者`, employer: `${BUSINESS_NAME[t]}/事業主` }]),
) as Record<BusinessType, Record<"employee" | "employer", string>>;
