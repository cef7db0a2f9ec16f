/**
 * The office's 設定 as a file (settings.json): the choices an office keeps from month to month (締め日, 徴収時期,
 * 所定労働時間・日数, 支部, 事業区分, 会社名, 支援金の端数処理) under the PayrollSettings keys and values, without the
 * month's own 対象年月 and 支給日. The pane writes it (officeSettingsJson) and the command line reads it
 * (readOfficeSettings), so what one writes the other accepts; the values are checked by readSettings, the same
 * check the calculation makes. docs/settings.md describes the file.
 */
import { CalcError, invalid } from "../vocabulary/errors";
import { PREFECTURES } from "../law/socialInsurance";
import { defaultPayrollSettings, readSettings } from "./settings";
import type { ChildSupportRounding, PayrollSettings, PremiumTiming } from "./types";

export type OfficeSettingKey = Exclude<keyof PayrollSettings, "period" | "payDate">;
export type OfficeSettings = Partial<Pick<PayrollSettings, OfficeSettingKey>>;

/** Every key of the file, in the order the pane and docs/settings.md show them, with its Japanese name. */
export const OFFICE_SETTING_NAMES: Readonly<Record<OfficeSettingKey, string>> = {
  closingDay: "締め日",
  premiumTiming: "保険料の徴収時期",
  scheduledHoursPerMonth: "月平均所定労働時間",
  scheduledDaysPerMonth: "月所定労働日数",
  defaultInsurer: "協会けんぽ支部（既定）",
  defaultEmploymentInsurance: "雇用保険の事業区分（既定）",
  companyName: "会社名",
  childSupportRounding: "支援金の端数処理",
};

const KEYS = Object.keys(OFFICE_SETTING_NAMES) as OfficeSettingKey[];

/** The command line's short words for the two settings the drill names: `--premium-timing 当月`, `--support-rounding 別々`. */
export const PREMIUM_TIMING_SHORT: Readonly<Record<PremiumTiming, string>> = { nextMonth: "翌月", sameMonth: "当月" };
export const SUPPORT_ROUNDING_SHORT: Readonly<Record<ChildSupportRounding, string>> = { withHealth: "合算", separate: "別々" };

/** "--premium-timing 当月": how to choose a value on the command line, for messages that name a setting. */
export function premiumTimingOption(t: PremiumTiming): string {
  return `--premium-timing ${PREMIUM_TIMING_SHORT[t]}`;
}
export function supportRoundingOption(r: ChildSupportRounding): string {
  return `--support-rounding ${SUPPORT_ROUNDING_SHORT[r]}`;
}

const EMPLOYMENT_TYPES = ["general", "agriculture", "construction"] as const;
const PREFECTURE_NAMES: readonly string[] = PREFECTURES.map(([, name]) => name);

/** What readSettings does not check: the 支部 and 事業区分 the pane offers, and a 会社名 of text. */
function checkChoices(s: OfficeSettings, label: (k: OfficeSettingKey) => string): void {
  if (s.defaultInsurer !== undefined && !PREFECTURE_NAMES.includes(s.defaultInsurer)) {
    throw invalid(label("defaultInsurer"), s.defaultInsurer, "協会けんぽの支部の都道府県名（例: \"東京都\"、\"大阪府\"、\"北海道\"）で指定してください。");
  }
  if (s.defaultEmploymentInsurance !== undefined && !(EMPLOYMENT_TYPES as readonly unknown[]).includes(s.defaultEmploymentInsurance)) {
    throw invalid(label("defaultEmploymentInsurance"), s.defaultEmploymentInsurance, "\"general\"（一般の事業）・\"agriculture\"（農林水産・清酒製造の事業）・\"construction\"（建設の事業）のどれかで指定してください。");
  }
  if (s.companyName !== undefined && (typeof s.companyName !== "string" || s.companyName.length > 100)) {
    throw invalid(label("companyName"), s.companyName, "100文字以内の文字列で指定してください。");
  }
}

/** readSettings' message names 設定「締め日」; the file's reader names its key as well: 設定ファイルの「closingDay」（締め日）の値. */
const keyLabel = (k: OfficeSettingKey) => `設定ファイルの「${k}」（${OFFICE_SETTING_NAMES[k]}）の値`;

/**
 * The settings in a parsed settings.json: an object of some of the keys; a key the file cannot have, or a value the
 * calculation would refuse, is a CalcError naming the key, the value and what is allowed. Absent keys keep the default.
 * @example readOfficeSettings({ closingDay: 20, premiumTiming: "sameMonth" }) // { closingDay: 20, premiumTiming: "sameMonth" }
 */
export function readOfficeSettings(json: unknown): OfficeSettings {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw invalid("設定ファイル", Array.isArray(json) ? "[…]" : json, `{ "closingDay": 20, "premiumTiming": "sameMonth" } のような JSON のオブジェクトで書いてください。`);
  }
  for (const key of Object.keys(json)) {
    if (!(KEYS as string[]).includes(key)) throw unknownKey(key);
  }
  const s = json as OfficeSettings;
  checkChoices(s, keyLabel);
  try {
    readSettings(defaultPayrollSettings("2026-04", s));
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    const key = KEYS.find((k) => e.argument === `設定「${OFFICE_SETTING_NAMES[k]}」`);
    throw key === undefined ? e : invalid(keyLabel(key), e.value, e.allowed ?? "");
  }
  return Object.fromEntries(KEYS.filter((k) => s[k] !== undefined).map((k) => [k, s[k]])) as OfficeSettings;
}

function unknownKey(key: string): CalcError {
  const month = key === "period" || key === "payDate" ? `（${key === "period" ? "対象年月は --period" : "支給日は --pay-date"} で指定します）` : "";
  const allowed = KEYS.map((k) => `${k}（${OFFICE_SETTING_NAMES[k]}）`).join("、");
  return new CalcError("#VALUE!", `設定ファイルの項目「${key}」は使えません${month}。使える項目: ${allowed}`);
}

/** The file the pane downloads for the command line: every office setting of the month's settings, one key a line. */
export function officeSettingsJson(s: PayrollSettings): string {
  const office = Object.fromEntries(KEYS.map((k) => [k, k === "childSupportRounding" ? (s[k] ?? "withHealth") : s[k]]));
  return `${JSON.stringify(office, null, 2)}\n`;
}
