/** Excel's array broadcasting in the registry: one call per column is how a payroll sheet uses formulas. */
import { CalcError } from "../../src/calc/law/errors";
import { evaluate } from "../../src/functions/define";
import { REGISTRY } from "../../src/functions/registry";

const health = REGISTRY.get("SI_HEALTH")!;
const codeOf = (v: unknown) => (v instanceof CalcError ? v.code : v);

test("a column of amounts with scalar insurer and period spills one result per row", () => {
  // 東京 R8 9.85%: 300,000 → 14,775; 410,000 → 20,192.5 → 20,192; 58,000 → 2,856.5 → 2,856.
  const r = evaluate(health, [[[300_000], [410_000], [58_000]], [["東京都"]], [["2026-11"]]]);
  expect(r).toEqual([[14_775], [20_192], [2_856]]);
});

test("per-row insurer and care columns broadcast with a scalar period and part", () => {
  // 大阪 R8 10.13% + 介護 1.62% = 11.75%: 300,000 → 35,250 → 17,625.
  const r = evaluate(health, [[[300_000], [300_000]], [["東京都"], ["大阪府"]], [["2026-11"]], [[false], [true]], [["employee"]]]);
  expect(r).toEqual([[14_775], [17_625]]);
});

test("an invalid element is an error in that element only", () => {
  const r = evaluate(health, [[[300_000], ["abc"], [300_000]], [["東京都"], ["東京都"], ["火星"]], [["2026-11"]]]);
  expect(r.map((row) => row.map(codeOf))).toEqual([[14_775], ["#VALUE!"], ["#VALUE!"]]);
  expect((r[1][0] as CalcError).message).toContain("標準報酬月額");
  expect((r[2][0] as CalcError).message).toContain("火星");
});

test("a blank row in the first argument gives a blank result; a blank required argument is #VALUE!", () => {
  const r = evaluate(health, [[[300_000], [""], [null]], [["東京都"], [""], ["東京都"]], [["2026-11"]]]);
  expect(r.map((row) => row.map(codeOf))).toEqual([[14_775], [""], [""]]);
  const s = evaluate(health, [[[300_000]], [[""]], [["2026-11"]]]);
  expect(codeOf(s[0][0])).toBe("#VALUE!");
});

test("ranges of different lengths: positions beyond the shorter one are #N/A", () => {
  const r = evaluate(health, [[[300_000], [300_000], [300_000]], [["東京都"], ["東京都"]], [["2026-11"]]]);
  expect(r.map((row) => row.map(codeOf))).toEqual([[14_775], [14_775], ["#N/A"]]);
});

test("a row and a column broadcast to a matrix", () => {
  const pension = REGISTRY.get("SI_PENSION")!;
  // 18.3% ÷ 2: 300,000 → 27,450; 650,000 → 59,475.
  const r = evaluate(pension, [[[300_000], [650_000]], [["2026-11", "2027-09"]]]);
  expect(r).toEqual([[27_450, 27_450], [59_475, 59_475]]);
});

test("omitted optional arguments take their defaults; too many arguments is #VALUE!", () => {
  expect(evaluate(health, [300_000, "東京都", "2026-11", null, null])).toEqual([[14_775]]);
  expect(codeOf(evaluate(health, [1, 2, 3, 4, 5, 6])[0][0])).toBe("#VALUE!");
});

test("JSON callers may pass a list as a column", () => {
  expect(evaluate(health, [[300_000, 58_000], "東京都", "2026-11"])).toEqual([[14_775], [2_856]]);
});

test("a bad one-value argument is an error in every element; a blank first argument still gives a blank", () => {
  const r = evaluate(health, [[[300_000], [""], ["abc"]], [["火星"]], [["2026-11"]]]);
  expect(r.map((row) => row.map(codeOf))).toEqual([["#VALUE!"], [""], ["#VALUE!"]]);
  expect((r[0][0] as CalcError).message).toContain("火星");
  expect((r[2][0] as CalcError).message).toContain("火星");
});
