/**
 * Sonae's own master template as a file: the header row of the 従業員 master's record
 * (src/calc/records/master.ts), which maps itself on import.
 */
import { MASTER_TEMPLATE_HEADERS } from "../calc/records/master";

export type { MasterField } from "../calc/records/master";
export { MASTER_SCHEMA, MASTER_TEMPLATE_HEADERS } from "../calc/records/master";

/** The downloadable template: UTF-8 with BOM (so that Excel reads it as UTF-8), CRLF. */
export function masterTemplateCsv(): string {
  return `\uFEFF${MASTER_TEMPLATE_HEADERS.join(",")}\r\n`;
}
