/**
 * 時間の表記 of a 勤怠 export. KING OF TIME and オフィスステーション let the office choose how hours are written:
 * 10進 (1時間15分 = `1.25`), 60進 (`1.15`) or 分 (`75`). Read with the wrong notation, `7.30` (7時間30分) becomes
 * 7.3 hours — 12 minutes short per entry, with nothing to see. The notation is therefore a per-file setting, and a
 * 10進 file that looks like 60進 is questioned.
 */
import { clockMinutes, fold, normalizeQuantity, Normalizer } from "./normalize";

export type HourNotation = "decimal" | "sexagesimal" | "minutes";

export const HOUR_NOTATION_LABELS: Readonly<Record<HourNotation, string>> = { decimal: "10進", sexagesimal: "60進", minutes: "分" };

export type HoursReading = { hours: number; minutes: number } | { error: string };

/**
 * One cell's hours in a notation. `7:30` (時:分) is unambiguous and read in any notation. In 60進 the digits after the
 * point are minutes: `7.3` is how a spreadsheet shows `7.30`, so it is 7時間30分; minutes of 60 or more are an error.
 * @example readHours("7.30", "sexagesimal") // { hours: 7.5, minutes: 450 }
 */
export function readHours(text: string, notation: HourNotation): HoursReading {
  const clock = clockMinutes(text);
  if (clock !== undefined) return ofMinutes(clock);
  if (notation === "minutes") {
    if (!/^\d+$/.test(text)) return { error: `分の表記では整数の分数で書いてください（1時間15分は 75）。` };
    return ofMinutes(Number(text));
  }
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return { error: `${HOUR_NOTATION_LABELS[notation]}の時間数として読めません。` };
  if (notation === "decimal") return { hours: Number(text), minutes: Number(text) * 60 };
  const fraction = m[2] ?? "0";
  if (fraction.length > 2) return { error: "60進の表記では小数点以下は2桁の分です（1時間15分は 1.15）。" };
  const minutes = Number(fraction.padEnd(2, "0"));
  if (minutes >= 60) return { error: `60進の表記で分が${minutes}です（60分未満のはずです）。10進の表記のファイルではありませんか。` };
  return ofMinutes(Number(m[1]) * 60 + minutes);
}

function ofMinutes(minutes: number): { hours: number; minutes: number } {
  return { hours: minutes / 60, minutes };
}

/** How the mapping step shows a value as Sonae reads it: `7.30 → 7時間30分`. */
export function describeHours(text: string, notation: HourNotation): string {
  const r = readHours(text, notation);
  if ("error" in r) return `${text} → 読めません`;
  return `${text} → ${formatHours(r.hours)}`;
}

/**
 * Hours as the clerk counts them: 7.5 → 「7時間30分」, 8 → 「8時間」 (a fraction of a minute, from a 10進 value such as
 * 7.33, is kept to three decimals: 「7時間19.8分」).
 */
export function formatHours(hours: number): string {
  const minutes = hours * 60;
  const whole = Math.floor(Math.round(minutes * 1000) / 1000 / 60);
  const rest = Math.round((minutes - whole * 60) * 1000) / 1000;
  return `${whole}時間${rest === 0 ? "" : `${rest}分`}`;
}

/**
 * Whether a column read as 10進 looks like 60進: every fraction is .00–.59 and some are the quarter hours written
 * the 60進 way (.15, .30, .45). A 10進 file would show .25 and .75 for quarter hours, and fractions above .59.
 * @example looksSexagesimal(["7.30", "8.15", "1.45", "8.00"]) // true
 */
export function looksSexagesimal(texts: readonly string[]): boolean {
  const fractions = texts.map((t) => /^\d+\.(\d{1,2})$/.exec(t.trim())?.[1]).filter((f): f is string => f !== undefined).map((f) => Number(f.padEnd(2, "0")));
  if (fractions.length === 0) return false;
  return fractions.every((f) => f < 60) && fractions.some((f) => f === 15 || f === 30 || f === 45);
}

/**
 * The hours of a cell in the file's notation, up to `max` (a month has at most 744). 10進 reads as before
 * (`7.5`, `7:30`, `10時間`); 60進 and 分 go through readHours, whose errors say what the notation allows.
 */
export function normalizeHours(max: number, notation: HourNotation): Normalizer<number> {
  const decimal = normalizeQuantity(max, "時間");
  if (notation === "decimal") return decimal;
  return (text, context) => {
    const t = fold(text).replace(/\s*(時間|h|分)$/i, "");
    const r = readHours(t, notation);
    if ("error" in r) return r;
    if (r.hours > max) return decimal(String(r.hours), context);
    return { value: r.hours };
  };
}
