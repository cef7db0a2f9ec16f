/**
 * Columns that payroll does not need and that must not spread: マイナンバー (個人番号: 番号法第19条 limits
 * who may hold and pass it on), 基礎年金番号, and the numbers of insurance cards (健康保険法第194条の2:
 * 被保険者等記号・番号の告知要求制限) and similar identity documents. They are recognised by their header,
 * never read, and only their header is reported.
 */
import { normalizeHeader } from "./schema";

const SENSITIVE = [
  "マイナンバー", "mynumber", "個人番号", "番号法", "基礎年金番号", "年金番号", "年金手帳", "被保険者番号", "被保険者記号",
  "被保険者証", "保険証", "記号番号", "記号・番号", "在留カード", "旅券番号", "パスポート", "運転免許",
].map(normalizeHeader);

export function isSensitiveHeader(header: string): boolean {
  const h = normalizeHeader(header);
  return SENSITIVE.some((s) => h.includes(s));
}
