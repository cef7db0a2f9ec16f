/**
 * Normalisers: one cell's text (already trimmed, never blank) → the value the core uses, or what is
 * wrong with it. They accept what payroll exports and people type — full-width digits, 和暦, Excel
 * serials, "300,000円" — and never guess silently: a repair such as restoring a leading zero comes back
 * as a warning. Date and number forms are read by the core's vocabulary (src/calc/vocabulary), the same
 * parsers the formulas use, so a cell means the same in the workbook and at import.
 */
import * as A from "../calc/vocabulary";
import { CalcError } from "../calc/vocabulary/errors";
import { isoOf, validDayOf } from "../calc/dates/calendar";
import { serial1900Of1904 } from "../calc/dates/excelSerial";

export type Normalized<T> = { value: T; warning?: string } | { error: string };
export type Normalizer<T> = (text: string, context: NormalizeContext) => Normalized<T>;

export interface NormalizeContext {
  /** Serials count from 1904-01-01 (an .xlsx saved with the 1904 date system). */
  date1904: boolean;
}

export const DEFAULT_CONTEXT: NormalizeContext = { date1904: false };

/** Full-width digits, letters and signs → ASCII (Unicode NFKC), spaces trimmed. */
export function fold(text: string): string {
  // Printable ASCII is its own NFKC form: skip the Unicode call for the common case.
  return (PRINTABLE_ASCII.test(text) ? text : text.normalize("NFKC")).trim();
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** What a vocabulary parser allows, without the argument and value (row, column and value are shown apart). */
export function allowedOf(error: unknown): string {
  if (!(error instanceof CalcError)) throw error;
  return error.allowed ?? error.message;
}

function parsed<T>(lead: string, run: () => T): Normalized<T> {
  try {
    return { value: run() };
  } catch (e) {
    return { error: `${lead}${allowedOf(e)}` };
  }
}

/** Excel writes ="0012" into CSV to keep leading zeros; read it as 0012. */
function unwrapExcelText(t: string): string {
  const m = /^="(.*)"$/.exec(t);
  return m ? m[1] : t;
}

const EXPONENT = /^\d(\.\d+)?E\+?\d+$/i;
const EXPONENT_MESSAGE = "Excel が数値として扱い、指数表記（1.23E+05 など）に変えています。元のシステムから出力し直すか、列を「文字列」にしてから保存してください。";

// ---- text --------------------------------------------------------------------------------------

/** 氏名・所属・カナ: kept exactly as written (only surrounding spaces trimmed); "=HYPERLINK(…)" stays text. */
export const normalizeText: Normalizer<string> = (text) => {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return { error: "制御文字が含まれています。文字だけにしてください。" };
  return { value: text.trim() };
};

/**
 * 社員番号: text, never a number, so that "0012" keeps its zeros (full-width digits folded). Its width is
 * the company's own, so a dropped zero cannot be restored here: see checkIdWidths in validate.ts.
 */
export const normalizeEmployeeId: Normalizer<string> = (text) => {
  const t = unwrapExcelText(fold(text));
  if (EXPONENT.test(t)) return { error: EXPONENT_MESSAGE };
  if (!/^[0-9A-Za-z_\-.]{1,20}$/.test(t)) return { error: "社員番号は英数字（と - _ .）20文字以内で指定してください。" };
  return { value: t };
};

/**
 * A fixed-width code of digits (銀行コード 4桁, 支店コード 3桁) or an account number (口座番号 up to 7桁,
 * written zero-filled as in 全銀データ). A shorter number is a code whose leading zeros a spreadsheet
 * dropped ("1" → "0001"): padded, with a warning.
 */
export function normalizeDigits(width: number, name: string): Normalizer<string> {
  return (text) => {
    const t = unwrapExcelText(fold(text)).replace(/\s+/g, "");
    if (EXPONENT.test(t)) return { error: EXPONENT_MESSAGE };
    if (!/^\d+$/.test(t)) return { error: `${name}は数字${width}桁で指定してください。` };
    if (t.length > width) return { error: `${name}は${width}桁です（${t.length}桁あります）。` };
    if (t.length === width) return { value: t };
    const padded = t.padStart(width, "0");
    return { value: padded, warning: `${name}は${width}桁なので、先頭の0が欠けたものとみなして「${padded}」としました（Excel で数値として扱うと先頭の0が消えます）。正しいか確認してください。` };
  };
}

// ---- numbers -----------------------------------------------------------------------------------

/** "¥300,000", "300,000円", "３００，０００" → "300,000" for the vocabulary's parsers; "300000.00" → "300000". */
function moneyText(text: string): string {
  return fold(text).replace(/^¥\s*/, "").replace(/\s*円$/, "").replace(/\.0+$/, "");
}

/** A whole amount of yen, 0 or more (基本給・手当・住民税・標準報酬月額). */
export const normalizeYen: Normalizer<number> = (text) => {
  // Plain digits (most cells) need no parsing beyond Number; everything else goes through the vocabulary's yen.
  if (PLAIN_DIGITS.test(text)) return { value: Number(text) };
  const t = moneyText(text).replace(/,/g, "");
  if ((/^\d+$/.test(t) || EXPONENT.test(t)) && Number(t) > MAX_YEN) return { error: TOO_LARGE };
  return parsed("金額として読めません。", () => A.yen(moneyText(text), ""));
};
const PLAIN_DIGITS = /^\d{1,12}$/;
/** The largest amount the vocabulary's yen accepts (1兆円): every sum of a payroll then stays far below Number.MAX_SAFE_INTEGER, so exact. */
const MAX_YEN = 1_000_000_000_000;
const TOO_LARGE = `金額が大きすぎて正確に計算できません。${MAX_YEN.toLocaleString("ja-JP")}円までの整数で指定してください（桁の打ち間違いがないか確認してください）。`;

/** A whole amount of yen that may be negative (差引支給額): "-1,000", "△1,000", "▲1,000". */
export const normalizeSignedYen: Normalizer<number> = (text) => {
  const t = moneyText(text);
  const negative = /^[-−△▲]/.test(t);
  const r = normalizeYen(negative ? t.slice(1) : t, DEFAULT_CONTEXT);
  return "error" in r ? { error: "金額（整数の円、負の値は -1,000 や △1,000）として読めません。" } : { value: negative && r.value !== 0 ? -r.value : r.value };
};

/** A whole count such as 扶養親族等の数 ("3", "３人"). */
export function normalizeCount(min: number, max: number): Normalizer<number> {
  return (text) => parsed("人数として読めません。", () => A.wholeNumber(min, max)(fold(text).replace(/\s*人$/, ""), ""));
}

/**
 * The minutes of a 時:分 cell ("7:30" = 450), or undefined when the text is not one. Minutes above 59 are not
 * 時:分 at all. Every reader of hours takes 時:分 through here, whatever the file's notation.
 */
export function clockMinutes(text: string): number | undefined {
  const clock = /^(\d+):([0-5]\d)$/.exec(text);
  return clock ? Number(clock[1]) * 60 + Number(clock[2]) : undefined;
}

/**
 * Hours or days, 0 or more, with a decimal fraction ("7.5") or, for hours, as h:mm ("12:30" = 12.5).
 * Minutes that are not a whole number of hundredths of an hour (12:20) give a repeating fraction;
 * they are kept as the nearest number and the payroll rounds each 割増賃金 to the yen.
 */
export function normalizeQuantity(max: number, unit: "時間" | "日"): Normalizer<number> {
  return (text) => {
    const t = fold(text).replace(unit === "時間" ? /\s*(時間|h)$/i : /\s*日$/, "");
    const minutes = unit === "時間" ? clockMinutes(t) : undefined;
    let value: number | undefined;
    if (minutes !== undefined) value = minutes / 60;
    else if (/^\d+(\.\d+)?$/.test(t)) value = Number(t);
    if (value === undefined || value > max) {
      const forms = unit === "時間" ? "0以上の時間数（7.5 や 7:30）" : "0以上の日数（20、0.5）";
      return { error: `${forms}で、${max}${unit}以下を指定してください。` };
    }
    return { value };
  };
}

// ---- dates -------------------------------------------------------------------------------------

const WESTERN_NUMERIC = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/**
 * A calendar day → ISO "YYYY-MM-DD". Reads 西暦 ("1985/4/1", "1985-04-01", "1985年4月1日", "19850401"),
 * 和暦 ("昭和60年4月1日", "S60.4.1", "H1.1.8", "令和元年5月1日") and Excel serials ("31138"); a time of
 * day that spreadsheets append ("1985/04/01 0:00:00") is ignored.
 */
export const normalizeDate: Normalizer<string> = (text, context) => {
  const t = fold(text).replace(/^(.+?)(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/, "$1");
  // 西暦 with - or / (the usual export) is read directly; every other form goes through the vocabulary's date.
  const western = WESTERN_NUMERIC.exec(t);
  if (western) {
    const [y, m, d] = [Number(western[1]), Number(western[2]), Number(western[3])];
    if (validDayOf(y, m, d) !== undefined) return { value: `${western[1]}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}` };
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (compact) {
    const day = validDayOf(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    if (day !== undefined) return { value: isoOf(day) };
    const impossible = A.impossibleDate(`${compact[1]}/${compact[2]}/${compact[3]}`);
    return { error: `日付として読めません（8桁は YYYYMMDD として読みます）。${impossible ? `${impossible}。` : ""}` };
  }
  // The day a slip names (1986/02/30) says more than the list of accepted forms the text already follows.
  const impossible = A.impossibleDate(t);
  if (impossible) return { error: `日付として読めません。${impossible}。` };
  let raw: string | number = t;
  if (/^\d{1,6}(\.\d+)?$/.test(t)) raw = context.date1904 ? serial1900Of1904(Number(t)) : Number(t);
  return parsed("日付として読めません。", () => isoOf(A.date(raw, "")));
};
