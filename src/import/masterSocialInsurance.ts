/**
 * The master's columns for the 届書 (算定基礎届・月額変更届・賞与支払届): 被保険者整理番号, 従前の改定月, 勤務区分,
 * 二以上勤務. All optional;
 * payroll itself does not use them.
 */
import type { Employee } from "../calc/payroll/employee";
import type { MasterField } from "../calc/records/master";
import type { RowReader } from "./engine";
import { fold, Normalizer } from "./normalize";

const normalizeInsuredNumber: Normalizer<string> = (text) => {
  const t = fold(text).replace(/\s+/g, "");
  return /^\d{1,6}$/.test(t) ? { value: t } : { error: "被保険者整理番号は数字 6 桁までです（年金事務所の決定通知書にある番号）。" };
};

const normalizeRevisionMonth: Normalizer<string> = (text) => {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(fold(text).trim());
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) return { error: "従前の改定月は「2025-09」「2025/9」「2025年9月」の形で書いてください。" };
  return { value: `${m[1]}-${String(month).padStart(2, "0")}` };
};

const WORKER_TYPES: Record<string, NonNullable<Employee["workerType"]>> = {
  一般: "general", 正社員: "general", 通常: "general",
  パート: "short", パートタイマー: "short", 短時間就労者: "short", アルバイト: "short",
  短時間労働者: "specified", 特定適用: "specified", 特定適用事業所等の短時間労働者: "specified",
};

const normalizeWorkerType: Normalizer<NonNullable<Employee["workerType"]>> = (text) => {
  const value = WORKER_TYPES[fold(text).replace(/\s+/g, "")];
  return value ? { value } : { error: "勤務区分は「一般」「パート」（短時間就労者）「短時間労働者」（特定適用事業所等）のいずれかです。" };
};

const YES = new Set(["はい", "あり", "有", "該当", "○", "〇", "1", "true", "yes"]);
const NO = new Set(["いいえ", "なし", "無", "非該当", "×", "0", "false", "no"]);

/** 二以上勤務: はい (or あり, ○, 1) / いいえ; blank is いいえ. */
const normalizeMultipleOffices: Normalizer<boolean> = (text) => {
  const k = fold(text).replace(/\s+/g, "").toLowerCase();
  if (YES.has(k)) return { value: true };
  if (NO.has(k)) return { value: false };
  return { error: "二以上勤務は「はい」か空欄（いいえ）で書いてください（2つ以上の事業所で被保険者のとき「はい」）。" };
};

/** Reads the 届書 columns into the employee (nothing is set for a blank cell). */
export function readInsuredFields(r: RowReader<MasterField>, e: Pick<Employee, "insuredNumber" | "previousRevisionMonth" | "workerType" | "multipleOffices">): void {
  const insuredNumber = r.read("insuredNumber", normalizeInsuredNumber);
  if (insuredNumber) e.insuredNumber = insuredNumber;
  const month = r.read("previousRevisionMonth", normalizeRevisionMonth);
  if (month) e.previousRevisionMonth = month;
  const workerType = r.read("workerType", normalizeWorkerType);
  if (workerType) e.workerType = workerType;
  if (r.read("multipleOffices", normalizeMultipleOffices)) e.multipleOffices = true;
}
