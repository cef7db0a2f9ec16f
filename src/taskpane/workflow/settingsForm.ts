/**
 * The 設定 step as a form: every field is text as the user typed it, checked one by one so that each
 * input shows its own message (name, value, what is allowed), then turned into the PayrollSettings the
 * plan and the core use. The core's own checks (readSettings) run last, so that the pane never accepts
 * settings the calculation would refuse.
 */
import { parseIsoDay, parsePeriod, readSettings, defaultPayrollSettings } from "../../calc/payroll/settings";
import { ChildSupportRounding, PayrollSettings, PremiumTiming } from "../../calc/payroll/types";
import { PREFECTURES } from "../../calc/law/socialInsurance";
import { CalcError } from "../../calc/law/errors";
import { dayOf, isoOf, monthIndex, monthStartAfter, readIsoDay, readIsoMonth, validDayOf, ymdOf } from "../../calc/dates/calendar";

export interface SettingsForm {
  /** 対象年月 "YYYY-MM" (also "2026/4", "2026年4月") */
  period: string;
  /** 支給日 "YYYY-MM-DD" */
  payDate: string;
  /** 締め日: "1"…"30" or "31" (末日) */
  closingDay: string;
  premiumTiming: PremiumTiming;
  scheduledHoursPerMonth: string;
  scheduledDaysPerMonth: string;
  defaultInsurer: string;
  defaultEmploymentInsurance: PayrollSettings["defaultEmploymentInsurance"];
  companyName: string;
  childSupportRounding: ChildSupportRounding;
}

export type SettingsField = keyof SettingsForm;
export type SettingsErrors = Partial<Record<SettingsField, string>>;

export const SETTINGS_LABELS: Readonly<Record<SettingsField, string>> = {
  period: "対象年月",
  payDate: "支給日",
  closingDay: "締め日",
  premiumTiming: "社会保険料の徴収時期",
  scheduledHoursPerMonth: "月平均所定労働時間",
  scheduledDaysPerMonth: "月所定労働日数",
  defaultInsurer: "協会けんぽ支部（既定）",
  defaultEmploymentInsurance: "雇用保険の事業区分（既定）",
  companyName: "会社名",
  childSupportRounding: "子ども・子育て支援金の端数処理",
};

export const EMPLOYMENT_INSURANCE_CHOICES: ReadonlyArray<{ value: PayrollSettings["defaultEmploymentInsurance"]; label: string }> = [
  { value: "general", label: "一般の事業" },
  { value: "agriculture", label: "農林水産・清酒製造の事業" },
  { value: "construction", label: "建設の事業" },
];

export const PREMIUM_TIMING_CHOICES: ReadonlyArray<{ value: PremiumTiming; label: string; help: string }> = [
  { value: "nextMonth", label: "翌月徴収（前月分を控除）", help: "多くの会社の方法です。M月に支払う給与から M−1月分の保険料を控除します。" },
  { value: "sameMonth", label: "当月徴収（当月分を控除）", help: "M月に支払う給与から M月分の保険料を控除します。" },
];

export const CHILD_SUPPORT_ROUNDING_CHOICES: ReadonlyArray<{ value: ChildSupportRounding; label: string; help: string }> = [
  { value: "withHealth", label: "健康保険料と合算して端数処理", help: "一般保険料率と支援金率を合算した率で折半し、本人負担を1回だけ端数処理します（厚生労働省「子ども・子育て支援金に関するQ&A」）。" },
  { value: "separate", label: "支援金だけで端数処理", help: "前の給与システムが支援金を別に端数処理していた場合。1円ずれることがあります。" },
];

/** The prefectures of 協会けんぽ, in JIS order, as the law data names them. */
export const PREFECTURE_NAMES: readonly string[] = PREFECTURES.map(([, name]) => name);

/** The month a pane opened on `today` most likely pays: the current month. `today` comes from the caller (no clock here). */
export function defaultSettingsForm(today: { year: number; month: number }): SettingsForm {
  const period = `${today.year}-${String(today.month).padStart(2, "0")}`;
  return formOfSettings(defaultPayrollSettings(period));
}

export function formOfSettings(s: PayrollSettings): SettingsForm {
  return {
    period: s.period,
    payDate: s.payDate,
    closingDay: String(s.closingDay),
    premiumTiming: s.premiumTiming,
    scheduledHoursPerMonth: String(s.scheduledHoursPerMonth),
    scheduledDaysPerMonth: String(s.scheduledDaysPerMonth),
    defaultInsurer: s.defaultInsurer,
    defaultEmploymentInsurance: s.defaultEmploymentInsurance,
    companyName: s.companyName,
    childSupportRounding: s.childSupportRounding ?? "withHealth",
  };
}

/** "2026/4", "2026年4月", "２０２６－０４" → "2026-04"; anything else is returned as typed (and then refused). */
export function normalizePeriodText(text: string): string {
  const t = text.normalize("NFKC").trim();
  const m = /^(\d{4})\s*[-/年.]\s*(\d{1,2})\s*月?$/.exec(t);
  return m ? `${m[1]}-${m[2].padStart(2, "0")}` : t;
}

/** "2026/4/25", "2026年4月25日" → "2026-04-25". */
export function normalizeDateText(text: string): string {
  const t = text.normalize("NFKC").trim();
  const m = /^(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})\s*日?$/.exec(t);
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : t;
}

function messageOf(e: unknown): string {
  if (e instanceof CalcError) return e.message;
  throw e;
}

/** A positive number of hours or days, as typed ("163.3", "１６０"). */
function positive(text: string, label: string, max: number): { value?: number; error?: string } {
  const t = text.normalize("NFKC").trim().replace(/,/g, "");
  const n = /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
  if (!Number.isFinite(n) || n <= 0 || n > max) {
    return { error: `${label}「${text === "" ? "（空欄）" : text}」は使えません。0より大きく${max}以下の数値で入力してください。` };
  }
  return { value: n };
}

export interface SettingsCheck {
  /** Present when there is no error. */
  settings?: PayrollSettings;
  errors: SettingsErrors;
  /** Things worth a second look that do not stop the build. */
  warnings: string[];
}

/**
 * Checks the form field by field.
 * @example validateSettingsForm({ ...defaultSettingsForm({ year: 2026, month: 4 }), payDate: "2026-04-31" }).errors.payDate
 *   // "支給日「2026-04-31」は使えません。"2026-04-25" の形（YYYY-MM-DD）の実在する日付で指定してください。"
 */
export function validateSettingsForm(form: SettingsForm): SettingsCheck {
  const errors: SettingsErrors = {};
  const warnings: string[] = [];
  const L = SETTINGS_LABELS;

  const period = normalizePeriodText(form.period);
  let periodDay: number | undefined;
  try {
    periodDay = parsePeriod(period, L.period);
  } catch (e) {
    errors.period = messageOf(e);
  }
  const payDate = normalizeDateText(form.payDate);
  let payDay: number | undefined;
  try {
    payDay = parseIsoDay(payDate, L.payDate);
  } catch (e) {
    errors.payDate = messageOf(e);
  }
  const closing = Number(form.closingDay.normalize("NFKC").trim());
  if (!Number.isInteger(closing) || closing < 1 || closing > 31) {
    errors.closingDay = `${L.closingDay}「${form.closingDay}」は使えません。1〜31の日（末日は31）を選んでください。`;
  }
  if (form.premiumTiming !== "nextMonth" && form.premiumTiming !== "sameMonth") {
    errors.premiumTiming = `${L.premiumTiming}を「翌月徴収」か「当月徴収」から選んでください。`;
  }
  const hours = positive(form.scheduledHoursPerMonth, L.scheduledHoursPerMonth, 744);
  if (hours.error) errors.scheduledHoursPerMonth = hours.error;
  const days = positive(form.scheduledDaysPerMonth, L.scheduledDaysPerMonth, 31);
  if (days.error) errors.scheduledDaysPerMonth = days.error;
  if (!PREFECTURE_NAMES.includes(form.defaultInsurer)) {
    errors.defaultInsurer = `${L.defaultInsurer}「${form.defaultInsurer}」は使えません。都道府県名（例: 東京都）を選んでください。`;
  }
  if (!EMPLOYMENT_INSURANCE_CHOICES.some((c) => c.value === form.defaultEmploymentInsurance)) {
    errors.defaultEmploymentInsurance = `${L.defaultEmploymentInsurance}を一覧から選んでください。`;
  }
  if (!CHILD_SUPPORT_ROUNDING_CHOICES.some((c) => c.value === form.childSupportRounding)) {
    errors.childSupportRounding = `${L.childSupportRounding}を一覧から選んでください。`;
  }
  if (form.companyName.length > 100) errors.companyName = `${L.companyName}は100文字以内で入力してください。`;

  if (periodDay !== undefined && payDay !== undefined) {
    // 支給日 usually falls in the 対象年月 (当月払い) or the month after (翌月払い); otherwise a typo is likely.
    const p = ymdOf(periodDay);
    const d = ymdOf(payDay);
    const monthsAfter = (d.year - p.year) * 12 + (d.month - p.month);
    if (monthsAfter < 0 || monthsAfter > 1) {
      warnings.push(`支給日 ${isoOf(payDay)} が対象年月 ${period} の当月・翌月のどちらでもありません。入力の誤りでないか確認してください。`);
    }
  }

  if (Object.keys(errors).length > 0) return { errors, warnings };
  const settings: PayrollSettings = {
    period,
    payDate,
    closingDay: closing,
    premiumTiming: form.premiumTiming,
    scheduledHoursPerMonth: hours.value as number,
    scheduledDaysPerMonth: days.value as number,
    defaultInsurer: form.defaultInsurer,
    defaultEmploymentInsurance: form.defaultEmploymentInsurance,
    companyName: form.companyName.trim(),
    childSupportRounding: form.childSupportRounding,
  };
  try {
    readSettings(settings);
  } catch (e) {
    return { errors: { period: messageOf(e) }, warnings };
  }
  return { settings, errors, warnings };
}

/** Key of the remembered settings in the workbook's settings. */
export const SETTINGS_SETTING_KEY = "sonae.payrollSettings";

/**
 * The form for a new month from what this workbook remembers: the office's own settings (締め日, 徴収時期,
 * 所定労働時間・日数, 支部, 事業区分, 会社名, 支援金の端数処理) come back; 対象年月 is this month and 支給日 the remembered
 * day, as many months after the 対象年月 as before (当月払い・翌月払い); the default when that day does not exist. Anything unreadable
 * is left at its default.
 */
export function restoreSettingsForm(stored: unknown, today: { year: number; month: number }): SettingsForm {
  const form = defaultSettingsForm(today);
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return form;
  const s = stored as Record<string, unknown>;
  const text = (k: keyof SettingsForm): string | undefined => (typeof s[k] === "string" ? (s[k] as string) : undefined);
  const closingDay = text("closingDay");
  if (closingDay !== undefined && /^\d{1,2}$/.test(closingDay)) form.closingDay = closingDay;
  const timing = text("premiumTiming");
  if (timing === "nextMonth" || timing === "sameMonth") form.premiumTiming = timing;
  for (const k of ["scheduledHoursPerMonth", "scheduledDaysPerMonth"] as const) {
    const v = text(k);
    if (v !== undefined && /^\d+(\.\d+)?$/.test(v)) form[k] = v;
  }
  const insurer = text("defaultInsurer");
  if (insurer !== undefined && PREFECTURE_NAMES.includes(insurer)) form.defaultInsurer = insurer;
  const ei = text("defaultEmploymentInsurance");
  const choice = EMPLOYMENT_INSURANCE_CHOICES.find((c) => c.value === ei);
  if (choice) form.defaultEmploymentInsurance = choice.value;
  const rounding = CHILD_SUPPORT_ROUNDING_CHOICES.find((c) => c.value === text("childSupportRounding"));
  if (rounding) form.childSupportRounding = rounding.value;
  const company = text("companyName");
  if (company !== undefined) form.companyName = company.slice(0, 100);
  // 支給日: the same day, the same number of months after the 対象年月 (当月払い 0, 翌月払い 1) as remembered.
  const pay = readIsoDay(text("payDate") ?? "");
  const was = readIsoMonth(text("period") ?? "");
  if (pay !== undefined && was !== undefined) {
    const after = monthIndex(pay) - monthIndex(was);
    if (after === 0 || after === 1) {
      const month = ymdOf(monthStartAfter(dayOf(today.year, today.month, 1), after));
      // e.g. the 31st in a 30-day month does not exist: keep the default.
      const candidate = validDayOf(month.year, month.month, ymdOf(pay).day);
      if (candidate !== undefined) form.payDate = isoOf(candidate);
    }
  }
  return form;
}
