/**
 * Range.text of the stand-in: a cell's value as Excel displays it through its number format ("Text values
 * of the specified range", https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member).
 */

/** A cell's value as Excel displays it (Range.text). */
export function displayText(value: string | number | boolean | null, numberFormat: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatNumber(value, numberFormat);
}

const DAY_MS = 86_400_000;

/**
 * A number through one of the number formats the stand-in renders: General; "@" (a number stays General);
 * digit patterns of 0 # , . (e.g. "0000", "#,##0", "#,##0.00"); dates of y m d with literal / - . and
 * quoted or \-escaped text (e.g. "yyyy/m/d", 'yyyy"年"m"月"d"日"'), serials counted from 1899-12-30 as in
 * the 1900 date system (serials from 61 on; Excel's fictitious 1900-02-29 is not modelled). Only the first
 * section of "pos;neg;zero;text" is used (a trailing ";@" is ignored). Anything else throws.
 */
export function formatNumber(value: number, numberFormat: string): string {
  const fmt = numberFormat.split(";")[0];
  if (fmt === "General" || fmt === "@") return generalText(value);
  const bare = fmt.replace(/"[^"]*"|\\./g, "");
  if (/^[#0,.]+$/.test(bare)) return digitPattern(value, fmt);
  if (/^[ymd/\-. ]+$/i.test(bare) && /[yd]/i.test(bare)) return datePattern(value, fmt);
  throw new Error(`fakeExcel: number format ${numberFormat} is not modelled (Range.text)`);
}

/** General: integers in full up to 11 digits, otherwise at most 10 significant digits. */
function generalText(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  return String(Number(v.toPrecision(10)));
}

function literals(fmt: string, f: (token: string) => string): string {
  return fmt.replace(/"([^"]*)"|\\(.)|([^"\\]+)/g, (_, quoted, escaped, plain) => quoted ?? escaped ?? f(plain));
}

function digitPattern(value: number, fmt: string): string {
  return literals(fmt, (p) => {
    const [intPart, decPart = ""] = p.split(".");
    const decimals = (decPart.match(/0/g) ?? []).length;
    const minInt = (intPart.match(/0/g) ?? []).length;
    const fixed = Math.abs(value).toFixed(decimals);
    let [i, d] = fixed.split(".");
    if (i === "0" && minInt === 0) i = "";
    i = i.padStart(minInt, "0");
    if (intPart.includes(",")) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return (value < 0 && Number(fixed) !== 0 ? "-" : "") + i + (decimals > 0 ? `.${d}` : "");
  });
}

function datePattern(value: number, fmt: string): string {
  if (value < 61) throw new Error(`fakeExcel: date serial ${value} is before 1900-03-01 (not modelled)`);
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * DAY_MS);
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    yy: String(date.getUTCFullYear() % 100).padStart(2, "0"),
    mm: String(date.getUTCMonth() + 1).padStart(2, "0"),
    m: String(date.getUTCMonth() + 1),
    dd: String(date.getUTCDate()).padStart(2, "0"),
    d: String(date.getUTCDate()),
  };
  return literals(fmt, (p) => p.replace(/yyyy|yy|mm|m|dd|d/gi, (t) => parts[t.toLowerCase()]));
}
