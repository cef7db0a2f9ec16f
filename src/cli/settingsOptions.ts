/**
 * The office's 設定 on the command line, shared by every command that computes the month (payroll, rebuild,
 * drill, zengin): `--settings FILE` (settings.json, the file the pane's 設定 step writes; docs/settings.md) and the
 * two settings the drill names most, `--premium-timing 翌月|当月` and `--support-rounding 合算|別々`, which
 * override the file. A command spreads SETTINGS_OPTION_VALUES into its readOptions table and passes what was read
 * to readSettingsOptions.
 */
import { CalcError } from "../calc/vocabulary/errors";
import { OfficeSettings, PREMIUM_TIMING_SHORT, readOfficeSettings, SUPPORT_ROUNDING_SHORT } from "../calc/payroll/officeSettings";
import { readJsonFile } from "./inputFile";
import { UsageError } from "./usageError";

export const SETTINGS_OPTION_VALUES = {
  "--settings": "settings",
  "--premium-timing": "premiumTiming",
  "--support-rounding": "supportRounding",
} as const;

export type SettingsOptionName = (typeof SETTINGS_OPTION_VALUES)[keyof typeof SETTINGS_OPTION_VALUES];

export const SETTINGS_OPTIONS_USAGE = `  --settings FILE           事務所の設定（締め日・保険料の徴収時期・所定労働時間など。作業ウィンドウの「設定」で書き出す
                            settings.json。docs/settings.md）。指定しなければ末日締め・翌月徴収・160時間・20日・東京都・一般
  --premium-timing 翌月|当月    保険料の徴収時期（翌月徴収・当月徴収）。--settings の値より優先
  --support-rounding 合算|別々  子ども・子育て支援金の端数処理（健康保険料と合算・支援金だけで別々）。--settings の値より優先
`;

const LABEL = "設定ファイル（--settings）";

/** The short word of an option → its setting value; any other word is a usage error naming the words allowed. */
function choose<V extends string>(option: string, word: string, words: Readonly<Record<V, string>>): V {
  const found = (Object.keys(words) as V[]).find((v) => words[v] === word);
  if (found === undefined) throw new UsageError(`${option} は ${Object.values(words).join("・")} のどちらかです（「${word}」は使えません）。`);
  return found;
}

/** The settings file's value → the office settings; a key or value it cannot have is a usage error. */
function settingsOf(path: string, json: unknown): OfficeSettings {
  try {
    return readOfficeSettings(json);
  } catch (e) {
    if (e instanceof CalcError) throw new UsageError(`${LABEL}「${path}」: ${e.message}`);
    throw e;
  }
}

/** The office settings the options give: the file's, then the shortcuts over them; {} when none is given (the defaults). */
export async function readSettingsOptions(values: Partial<Record<SettingsOptionName, string>>): Promise<OfficeSettings> {
  const settings = values.settings === undefined ? {} : settingsOf(values.settings, await readJsonFile(values.settings, LABEL));
  if (values.premiumTiming !== undefined) settings.premiumTiming = choose("--premium-timing", values.premiumTiming, PREMIUM_TIMING_SHORT);
  if (values.supportRounding !== undefined) settings.childSupportRounding = choose("--support-rounding", values.supportRounding, SUPPORT_ROUNDING_SHORT);
  return settings;
}
