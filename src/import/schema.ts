/**
 * Header texts compared as people write them: the forms of one header that differ only in width, case,
 * spaces, separators and required-marks are one header.
 */

/**
 * Header text → comparison key: NFKC (full-width → half-width, ｶﾅ → カナ), lower case, no spaces, no
 * required-marks ("社員番号*", "※社員番号", "社員番号（必須）"), and no separators ("社員_番号").
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[(\[【]\s*必須\s*[)\]】]/g, "")
    .replace(/[\s*※＊_・:：]/g, "")
    .replace(/^[#＃]/, "");
}

/** Without bracketed parts: "基本給(月額)" → "基本給". */
export function withoutBrackets(normalized: string): string {
  return normalized.replace(/[(\[【][^)\]】]*[)\]】]/g, "");
}

/** "A", "B", … "AA" for column index 0, 1, … 26. */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
