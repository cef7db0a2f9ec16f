/**
 * SUMIF and COUNTIF criteria as Excel reads them: a value matches equal cells (text without regard to
 * case, "*" and "?" as wildcards); "<>x", ">=5" and the like compare; a criterion "5" matches the number 5.
 */
import { EvaluatedValue, isCellError } from "./values";
import { compare, VALUE } from "./excelValues";
import { Raw, Ref } from "./ref";

function matcher(criterion: EvaluatedValue): (v: EvaluatedValue) => boolean {
  if (typeof criterion !== "string") return (v) => v !== null && compare(v, criterion) === 0 && typeof v === typeof criterion;
  const m = /^(<>|<=|>=|=|<|>)?(.*)$/s.exec(criterion)!;
  const op = m[1] ?? "=";
  const operand: EvaluatedValue = m[2] !== "" && Number.isFinite(Number(m[2])) ? Number(m[2]) : m[2];
  const pattern = typeof operand === "string" && /[*?]/.test(operand)
    ? new RegExp(`^${operand.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "is")
    : undefined;
  const equal = (v: EvaluatedValue) => {
    if (v === null) return operand === "";
    if (pattern) return typeof v === "string" && pattern.test(v);
    return typeof v === typeof operand && compare(v, operand) === 0;
  };
  if (op === "=") return equal;
  if (op === "<>") return (v) => !equal(v);
  return (v) => {
    if (v === null || typeof v !== typeof operand) return false;
    const c = compare(v, operand);
    return op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0;
  };
}

export function countIf(range: Raw, criterion: EvaluatedValue): EvaluatedValue {
  if (!(range instanceof Ref)) return VALUE;
  if (isCellError(criterion)) return criterion;
  const match = matcher(criterion);
  let n = 0;
  for (let r = 0; r < range.rows; r++) for (let c = 0; c < range.cols; c++) if (match(range.at(r, c))) n++;
  return n;
}

export function sumIf(range: Raw, criterion: EvaluatedValue, sumRange: Raw | undefined): EvaluatedValue {
  if (!(range instanceof Ref)) return VALUE;
  if (isCellError(criterion)) return criterion;
  const target = sumRange instanceof Ref ? sumRange : range;
  const match = matcher(criterion);
  let total = 0;
  for (let r = 0; r < range.rows; r++) {
    for (let c = 0; c < range.cols; c++) {
      if (!match(range.at(r, c))) continue;
      const v = target.at(r, c);
      if (isCellError(v)) return v;
      if (typeof v === "number") total += v;
    }
  }
  return total;
}
