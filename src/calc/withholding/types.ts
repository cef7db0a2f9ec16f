import { invalid } from "../vocabulary/errors";

/**
 * 税区分 of the 源泉徴収税額表: 甲 (扶養控除等申告書を提出した人), 乙 (提出していない人),
 * 丙 (日雇い等 — 日額表だけにある欄).
 */
export type WithholdingColumn = "甲" | "乙" | "丙";

/** 扶養親族等の数: a whole number, 0 or more (所得税法第187条 の扶養控除等申告書による数). */
export function checkDependents(dependents: number): number {
  if (!Number.isInteger(dependents) || dependents < 0) throw invalid("扶養親族等の数", dependents, "0以上の整数で指定してください。");
  return dependents;
}

/** An amount in whole yen, 0 or more. */
export function checkYen(label: string, yen: number): number {
  if (!Number.isSafeInteger(yen) || yen < 0) throw invalid(label, yen, "0以上の整数（円）で指定してください。");
  return yen;
}
