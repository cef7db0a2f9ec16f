/** XML text helpers for the parts of the .xlsx package. */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text safe in element content and in double-quoted attributes; characters XML 1.0 forbids are dropped. */
export function esc(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c]).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Text safe in element content (quotes need no escaping there: formulas are full of them). */
export function escText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** "#2F75B5" → "FF2F75B5" (ARGB, opaque). */
export function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}
