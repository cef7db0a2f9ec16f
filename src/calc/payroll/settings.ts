import { invalid } from "../vocabulary/errors";
import { Day, readIsoDay, readIsoMonth } from "../dates/calendar";
import { PayrollSettings } from "./types";
import { WagePeriod, wagePeriod } from "./wagePeriod";

/** 対象年月 "YYYY-MM" → the month's first day. */
export function parsePeriod(text: unknown, label = "対象年月"): Day {
  const d = typeof text === "string" ? readIsoMonth(text.trim()) : undefined;
  if (d === undefined) throw invalid(label, text, "\"2026-04\" の形（YYYY-MM）で指定してください。");
  return d;
}

/** An ISO date "YYYY-MM-DD" → its Day. */
export function parseIsoDay(text: unknown, label: string): Day {
  const d = typeof text === "string" ? readIsoDay(text.trim()) : undefined;
  if (d === undefined) throw invalid(label, text, "\"2026-04-25\" の形（YYYY-MM-DD）の実在する日付で指定してください。");
  return d;
}

/**
 * The settings Sonae uses when the user gives none: 支給日 the 25th of the 対象年月 (当月払い), 末日締め, 翌月徴収,
 * 月平均所定労働時間 160 and 所定労働日数 20, 協会けんぽ東京都支部, 雇用保険 一般の事業. These are defaults for a
 * typical small office, not law: every office should set its own in the 設定 sheet.
 * @example defaultPayrollSettings("2026-04").payDate // "2026-04-25"
 */
export function defaultPayrollSettings(period: string, overrides: Partial<PayrollSettings> = {}): PayrollSettings {
  parsePeriod(period);
  return {
    period,
    payDate: `${period}-25`,
    closingDay: 31,
    premiumTiming: "nextMonth",
    scheduledHoursPerMonth: 160,
    scheduledDaysPerMonth: 20,
    defaultInsurer: "東京都",
    defaultEmploymentInsurance: "general",
    companyName: "",
    childSupportRounding: "withHealth",
    ...overrides,
  };
}

export interface ReadSettings {
  period: WagePeriod;
  payDay: Day;
}

/** Validates the settings the core needs, with messages that name the setting. */
export function readSettings(s: PayrollSettings): ReadSettings {
  const month = parsePeriod(s.period, "設定「対象年月」");
  const payDay = parseIsoDay(s.payDate, "設定「支給日」");
  if (!Number.isInteger(s.closingDay) || s.closingDay < 1 || s.closingDay > 31) {
    throw invalid("設定「締め日」", s.closingDay, "1〜31の整数（末日は31）で指定してください。");
  }
  for (const [label, v] of [["設定「月平均所定労働時間」", s.scheduledHoursPerMonth], ["設定「月所定労働日数」", s.scheduledDaysPerMonth]] as const) {
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0 || v > 744) throw invalid(label, v, "0より大きい数値で指定してください。");
  }
  if (s.premiumTiming !== "nextMonth" && s.premiumTiming !== "sameMonth") {
    throw invalid("設定「保険料の徴収時期」", s.premiumTiming, "\"nextMonth\"（翌月徴収）または \"sameMonth\"（当月徴収）で指定してください。");
  }
  if (s.childSupportRounding !== undefined && s.childSupportRounding !== "withHealth" && s.childSupportRounding !== "separate") {
    throw invalid("設定「支援金の端数処理」", s.childSupportRounding, "\"withHealth\"（健康保険料と合算して端数処理）または \"separate\"（別々に端数処理）で指定してください。");
  }
  return { period: wagePeriod({ month, closingDay: s.closingDay }), payDay };
}

