/**
 * The WHT_* formulas through the registry, as Excel and the command line evaluate them: argument forms,
 * errors element by element, broadcasting, the CLI's answer, and the JSDoc metadata matching each FormulaDef.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CalcError } from "../../src/calc/law/errors";
import { evaluate } from "../../src/functions/define";
import { REGISTRY } from "../../src/functions/registry";
import { WITHHOLDING_FORMULAS } from "../../src/functions/withholding";
import { evaluateLine } from "../../src/cli/evaluate";
import { call, callError } from "../support/formula";
import { referenceTable, referenceTax } from "../calc/withholding/reference";
import { bonusRateTables, computerMethodTables, dailyTaxTables, monthlyTaxTables } from "../../src/calc/law/withholding";
import { pastHorizon } from "../support/lawHorizon";

// The first year each table does not have: the cases below stay past the data when a year is added.
const MONTHLY = pastHorizon(monthlyTaxTables);
const DAILY = pastHorizon(dailyTaxTables);
const BONUS = pastHorizon(bonusRateTables);
const COMPUTER = pastHorizon(computerMethodTables);

const codeOf = (v: unknown) => (v instanceof CalcError ? v.code : v);

test("every withholding formula is in the registry and its example evaluates to a number", () => {
  expect(WITHHOLDING_FORMULAS.map((f) => f.id)).toEqual(["WHT_MONTHLY", "WHT_DAILY", "WHT_COMPUTER", "WHT_BONUS_RATE", "WHT_BONUS", "WHT_COMMUTE_EXEMPT"]);
  for (const def of WITHHOLDING_FORMULAS) {
    expect(REGISTRY.get(def.id)).toBe(def);
    const [[v]] = evaluate(def, def.example);
    expect({ id: def.id, v: codeOf(v), message: v instanceof CalcError ? v.message : "" }).toEqual({ id: def.id, v: expect.any(Number), message: "" });
  }
});

describe("argument forms staff type", () => {
  test.each([
    ["甲欄, full-width amount", ["３００，０００", 0, "甲欄", "2026-11-25"], 7_930],
    ["Japanese date", [300_000, 0, "甲", "令和8年11月25日"], 7_930],
    ["Excel serial date (2026-11-25 = 46351)", [300_000, 0, "甲", 46_351], 7_930],
    ["乙 by its reading", [300_000, 0, "otsu", "R8.11.25"], 53_600],
  ])("WHT_MONTHLY %s", (_id, args, expected) => {
    expect(call("WHT_MONTHLY", ...(args as unknown[]))).toBe(expected);
  });

  test("WHT_BONUS takes the 計算期間 as an optional last argument (default 6)", () => {
    // 前月なし, 2,400,000円: 6か月 → 400,000 の行 15,650 × 6; 7か月 → 200,000 の行 4,340 × 12.
    expect(call("WHT_BONUS", 2_400_000, 0, 0, "甲", "2026-12-10")).toBe(15_650 * 6);
    expect(call("WHT_BONUS", 2_400_000, 0, 0, "甲", "2026-12-10", 7)).toBe(4_340 * 12);
  });

  test("WHT_COMMUTE_EXEMPT reads methods in Japanese and distances with units", () => {
    expect(call("WHT_COMMUTE_EXEMPT", 20_000, "マイカー", "2026-11-25", "12km")).toBe(7_300);
    expect(call("WHT_COMMUTE_EXEMPT", 200_000, "電車", "2026-11-25")).toBe(150_000);
  });
});

describe("errors name the argument, the value and what is allowed", () => {
  test.each([
    ["fractional dependents", "WHT_MONTHLY", [300_000, 1.5, "甲", "2026-11-25"], "#VALUE!", /扶養親族等の数「1.5」/],
    ["negative dependents", "WHT_DAILY", [10_000, -1, "甲", "2026-11-25"], "#VALUE!", /扶養親族等の数「-1」/],
    ["fractional dependents (bonus)", "WHT_BONUS", [500_000, 300_000, 0.5, "甲", "2026-12-10"], "#VALUE!", /扶養親族等の数/],
    ["unknown column", "WHT_MONTHLY", [300_000, 0, "丁", "2026-11-25"], "#VALUE!", /税区分「丁」.*"甲" または "乙"/],
    ["丙 on the 月額表", "WHT_MONTHLY", [300_000, 0, "丙", "2026-11-25"], "#VALUE!", /丙欄は日額表だけ/],
    ["丙 on the bonus", "WHT_BONUS_RATE", [300_000, 0, "丙", "2026-12-10"], "#VALUE!", /税区分「丙」/],
    ["fractional yen", "WHT_MONTHLY", [300_000.5, 0, "甲", "2026-11-25"], "#VALUE!", /社会保険料等控除後の給与等の金額/],
    ["blank date", "WHT_MONTHLY", [300_000, 0, "甲", ""], "#VALUE!", /支払日 が空欄/],
    ["car without distance", "WHT_COMMUTE_EXEMPT", [20_000, "car", "2026-11-25"], "#VALUE!", /片道の通勤距離/],
    ["unknown method", "WHT_COMMUTE_EXEMPT", [20_000, "徒歩", "2026-11-25"], "#VALUE!", /通勤の方法「徒歩」/],
    [`月額表 ${MONTHLY.reiwaYear}`, "WHT_MONTHLY", [300_000, 0, "甲", `${MONTHLY.year}-01-25`], "#N/A", new RegExp(`月額表.*${MONTHLY.reiwaYear}`)],
    [`日額表 ${DAILY.reiwaYear}`, "WHT_DAILY", [10_000, 0, "丙", `${DAILY.year}-01-25`], "#N/A", new RegExp(`日額表.*${DAILY.reiwaYear}`)],
    ["日額表 令和7年分", "WHT_DAILY", [10_000, 0, "甲", "2025-12-25"], "#N/A", /日額表.*令和7年分/],
    [`賞与の算出率の表 ${BONUS.reiwaYear}`, "WHT_BONUS_RATE", [300_000, 0, "甲", `${BONUS.year}-06-10`], "#N/A", new RegExp(`賞与に対する源泉徴収税額の算出率の表は${BONUS.reiwaYear}`)],
    [`賞与 ${BONUS.reiwaYear} (表による場合)`, "WHT_BONUS", [500_000, 300_000, 0, "甲", `${BONUS.year}-06-10`], "#N/A", new RegExp(`算出率の表は${BONUS.reiwaYear}`)],
    [`電算機特例 ${COMPUTER.reiwaYear}`, "WHT_COMPUTER", [300_000, 0, `${COMPUTER.year}-01-25`], "#N/A", new RegExp(`電算機計算の特例.*${COMPUTER.reiwaYear}`)],
    ["算出率 with no previous pay", "WHT_BONUS_RATE", [0, 0, "甲", "2026-12-10"], "#N/A", /月額表による計算/],
  ])("%s: %s(%j) is %s", (_id, id, args, code, message) => {
    const e = callError(id as string, ...(args as unknown[]));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message as RegExp);
  });
});

describe("broadcasting", () => {
  const rows = referenceTable("monthly-table-r08-2026.csv");
  const amounts = Array.from({ length: 10_000 }, (_, i) => 60_000 + ((i * 7919) % 2_000_000));

  test("a 10,000-row column spills the 令和8年分 月額表 for every row", () => {
    const r = evaluate(REGISTRY.get("WHT_MONTHLY")!, [amounts.map((a) => [a]), [[2]], [["甲"]], [["2026-11-25"]]]);
    expect(r.length).toBe(10_000);
    const wrong = amounts.filter((a, i) => r[i][0] !== referenceTax(rows, a, "甲", 2, 1_610));
    expect(wrong).toEqual([]);
  });

  test("rows × dependents 0–7 broadcast to a matrix", () => {
    const sample = [105_000, 300_000, 740_000, 3_600_000];
    const r = evaluate(REGISTRY.get("WHT_MONTHLY")!, [sample.map((a) => [a]), [[0, 1, 2, 3, 4, 5, 6, 7]], "甲", "2026-11-25"]);
    expect(r).toEqual(sample.map((a) => [0, 1, 2, 3, 4, 5, 6, 7].map((d) => referenceTax(rows, a, "甲", d, 1_610))));
  });

  test("an invalid element is an error in that element only; a blank amount is a blank", () => {
    const r = evaluate(REGISTRY.get("WHT_MONTHLY")!, [[[300_000], [300_000], [""], [300_000]], [[0], [1.5], [0], [0]], [["甲"], ["甲"], ["甲"], ["乙"]], "2026-11-25"]);
    expect(r.map((row) => row.map(codeOf))).toEqual([[7_930], ["#VALUE!"], [""], [53_600]]);
  });
});

test("the command line answers every WHT formula as the registry does", () => {
  for (const def of WITHHOLDING_FORMULAS) {
    const [[v]] = evaluate(def, def.example);
    expect(evaluateLine(JSON.stringify({ fn: def.id, args: def.example }))).toEqual({ value: v });
  }
});

test("the JSDoc wrappers name the same parameters as the FormulaDefs, each with a Japanese description", () => {
  const source = fs.readFileSync(path.resolve(__dirname, "../../src/functions/withholding.ts"), "utf8");
  const blocks = source.split("/**").filter((b) => b.includes("@customfunction"));
  expect(blocks.length).toBe(WITHHOLDING_FORMULAS.length);
  for (const def of WITHHOLDING_FORMULAS) {
    const block = blocks.find((b) => new RegExp(`@customfunction ${def.id}\\b`).test(b));
    expect(block).toBeDefined();
    const params = [...block!.matchAll(/@param (\[?)(\w+)\]? (.+)/g)].map((m) => ({ name: m[2], optional: m[1] === "[", japanese: /[\u3040-\u30ff\u4e00-\u9fff]/.test(m[3]) }));
    expect(params).toEqual(def.params.map((p) => ({ name: p.name, optional: !!p.optional, japanese: true })));
    expect(block).toMatch(/^\s*\*\s*[^@\s].*[\u3040-\u30ff\u4e00-\u9fff]/m);
  }
});
