/**
 * The cached values the .xlsx stores must be what Excel computes from the formulas. The fast evaluator
 * (compiled formulas, one SONAE.* call per spill) is held to the reference evaluator (fast-formula-parser
 * with Excel's own semantics modelled, test/support/referenceEvaluator.ts) on every cell of workbooks that carry every kind of
 * row and sheet: the example office with the system's previous results (検算, 前月同額), the edge-case
 * employees with bonuses (賞与計算, leavers, 70/75-year-olds, no insurance), and the 年末調整検算 workbook.
 * Then Excel's rules the payslips and settings rely on, with hand-computed figures.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { runPayrollFromFiles } from "../../src/cli/payrollRun";
import { defaultPayrollSettings } from "../../src/calc/payroll/settings";
import { importVariablesFile } from "../../src/import";
import { readStaffList } from "../../src/import/nenchoStaff";
import { readUserLawFile } from "../../src/import/userLaw";
import { loadUserLaw } from "../../src/calc/law/userLaw";
import { evaluatePlan } from "../support/referenceEvaluator";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { planWorkbook } from "../../src/workbook/plan";
import { SheetPlan, WorkbookPlan } from "../../src/workbook/types";
import { isCellError } from "../../src/workbook/xlsx/cachedValues/values";
import { planYearEndWorkbook } from "../../src/workbook/yearEndPlan";
import { computePlanValues } from "../../src/workbook/xlsx/cachedValues/planValues";
import { FORMULA_CATALOGUE } from "../../src/functions/registry";
import { EDGE_EMPLOYEES } from "./fixtures/edgeCases";
import { kyoukaiKenpoRates } from "../../src/calc/law/socialInsurance";
import { pastHorizon } from "../support/lawHorizon";
import { nextYearLawCsv } from "../support/nextYearLaw";

const ROOT = path.resolve(__dirname, "../..");

async function examplePlan(): Promise<WorkbookPlan> {
  const run = await runPayrollFromFiles({ masterPath: path.join(ROOT, "examples/master.csv"), period: "2026-11", variablesPath: path.join(ROOT, "examples/variables.csv") });
  const vars = await importVariablesFile(new Uint8Array(fs.readFileSync(path.join(ROOT, "examples/variables.csv"))), "variables.csv", undefined, run.employees);
  // A 前月精算 of +5,000 and −3,000: the 差引 block's conditional lines and the net formula, cached as evaluated.
  const settled = vars.variables.map((v) => (v.employeeId === "0001" ? { ...v, settlementPay: 5_000 } : v.employeeId === "0002" ? { ...v, settlementDeduction: 3_000 } : v));
  return planWorkbook({
    employees: run.employees,
    variables: settled,
    settings: run.settings,
    lawInfo: collectLawInfo({ settings: run.settings }),
    previousResults: [{ employeeId: "0001", gross: 478_594, net: 376_000, variables: { employeeId: "0001", overtimeHours: 12 } }],
  });
}

function edgePlan(): WorkbookPlan {
  const settings = defaultPayrollSettings("2026-11");
  const payDate = "2026-12-10";
  const items = EDGE_EMPLOYEES.map((e, i) => ({ employeeId: e.id, bonus: 300_000 + i * 101_050, prevMonthTaxable: i % 3 === 0 ? 0 : 250_000 + i * 1_000 }));
  return planWorkbook({ employees: EDGE_EMPLOYEES, variables: [], settings, lawInfo: collectLawInfo({ settings, bonusPayDate: payDate }), bonus: { payDate, items } });
}

function yearEndPlan(): WorkbookPlan {
  const list = readStaffList(fs.readFileSync(path.join(ROOT, "examples/nencho-staff.csv")));
  return planYearEndWorkbook({ rows: list.rows, year: 2026 });
}

/** Every cell where the two evaluators disagree, as "sheet!row,col: reference ≠ fast". */
function differences(plan: WorkbookPlan): { cells: number; formulas: number; differ: string[] } {
  const slow = evaluatePlan(plan);
  const fast = computePlanValues(plan, { formulas: FORMULA_CATALOGUE });
  const differ: string[] = [];
  let cells = 0;
  for (const s of plan.sheets) {
    for (let r = 0; r < s.rows; r++) {
      for (let c = 0; c < s.cols; c++) {
        cells++;
        const [a, b] = [JSON.stringify(slow.value(s.name, r, c)), JSON.stringify(fast.value(s.name, r, c))];
        if (a !== b) differ.push(`${s.name}!${r},${c}: ${a} ≠ ${b}`);
      }
    }
  }
  const formulas = plan.sheets.flatMap((s) => s.blocks).filter((b) => b.kind !== "values").length;
  return { cells, formulas, differ };
}

test.each([
  ["the example office with previous results", examplePlan],
  ["edge-case employees with bonuses", async () => edgePlan()],
  ["the 年末調整検算 workbook", async () => yearEndPlan()],
])("%s: every cell equals the reference evaluator's", async (_name, make) => {
  const r = differences(await make());
  expect(r.cells).toBeGreaterThan(100);
  expect(r.formulas).toBeGreaterThan(5);
  expect(r.differ.slice(0, 20)).toEqual([]);
}, 60_000);

/**
 * Where the reference evaluator is not Excel: fast-formula-parser's SUM skips an error value inside a
 * range, while Excel's SUM returns the error ("If any of the arguments is an error value … Excel displays
 * an error", Microsoft Support, SUM function) — as the fast evaluator does.
 */
function sumOverAnError(sheet: SheetPlan, r: number, c: number, fast: unknown): boolean {
  const b = sheet.blocks.find((x) => x.kind === "formulas" && r >= x.row && r < x.row + x.formulas.length && c >= x.col && c < x.col + x.formulas[0].length);
  const formula = b?.kind === "formulas" ? b.formulas[r - b.row][c - b.col] : null;
  return formula?.startsWith("=SUM(") === true && isCellError(fast);
}

test("under a law the user added (--law), the SONAE.* cells equal the reference evaluator's under that law", async () => {
  const law = loadUserLaw([readUserLawFile("user-law-next.csv", new TextEncoder().encode(nextYearLawCsv()))]);
  const settings = defaultPayrollSettings(pastHorizon(kyoukaiKenpoRates).monthPlus(1));
  const plan = planWorkbook({ employees: EDGE_EMPLOYEES, variables: [], settings, lawInfo: collectLawInfo({ settings, law }), userLaw: law.userRows });
  const slow = evaluatePlan(plan, law);
  const fast = computePlanValues(plan, { formulas: FORMULA_CATALOGUE, law });
  const builtIn = computePlanValues(plan, { formulas: FORMULA_CATALOGUE });
  const sheet = plan.sheets.find((s) => s.name === "給与計算")!;
  const differ: string[] = [];
  let changedByLaw = 0;
  for (let r = 0; r < sheet.rows; r++) {
    for (let c = 0; c < sheet.cols; c++) {
      const [a, b] = [JSON.stringify(slow.value(sheet.name, r, c)), JSON.stringify(fast.value(sheet.name, r, c))];
      if (a !== b && !sumOverAnError(sheet, r, c, fast.value(sheet.name, r, c))) differ.push(`${r},${c}: ${a} ≠ ${b}`);
      if (b !== JSON.stringify(builtIn.value(sheet.name, r, c))) changedByLaw++;
    }
  }
  expect(differ.slice(0, 20)).toEqual([]);
  expect(changedByLaw).toBeGreaterThan(0); // the user's rows were used, not the built-in law
}, 60_000);

/** A one-sheet plan of formulas in column A, for Excel's rules one at a time. */
function values(formulas: string[], data: (string | number | null)[] = []): unknown[] {
  const plan: WorkbookPlan = {
    sheets: [{
      name: "S", rows: formulas.length, cols: 2, formats: [], columnWidths: [],
      blocks: [
        { kind: "formulas", row: 0, col: 0, formulas: formulas.map((f) => [f]) },
        ...(data.length ? [{ kind: "values" as const, row: 0, col: 1, values: data.map((d) => [d]) }] : []),
      ],
    }],
  };
  const v = computePlanValues(plan);
  return formulas.map((_, r) => v.value("S", r, 0));
}

test("TEXT rounds half away from zero to the shown digits and groups thousands", () => {
  expect(values(['=TEXT(1234567.5,"#,##0")', '=TEXT(-2.5,"0")', '=TEXT(0.05,"0.0")', '=TEXT(26562.499999999996,"#,##0")', '=TEXT(7,"0.00")'])).toEqual([
    "1,234,568", "-3", "0.1", "26,563", "7.00",
  ]);
});

test("a blank compares as 0 or \"\", ISBLANK sees only empty cells, a formula reading a blank shows 0", () => {
  // B1 is empty, B2 holds "".
  expect(values(["=B1>-1", '=B1=""', "=ISBLANK(B1)", "=ISBLANK(B2)", "=B1", '=IF(B1,1,"no")'], [null, ""])).toEqual([true, true, true, false, 0, "no"]);
});

test("dates: DATE rolls months over, EOMONTH and EDATE as Excel (serials of the 1900 system)", () => {
  // 2026-11-30 is serial 46356 (46137 = 2026-04-25 + 219 days); 2027-02-28 is 46446; 2026-12-31 is 46387.
  expect(values(["=DATE(2026,11,30)", "=DATE(2026,14,28)", "=EOMONTH(DATE(2026,11,15),1)", "=EDATE(DATE(2026,11,30),3)", "=DAY(EOMONTH(DATE(2028,2,1),0))"])).toEqual([
    46356, 46446, 46387, 46446, 29,
  ]);
});

test("arithmetic reads numeric text, refuses other text, and & writes numbers as Excel does", () => {
  // MOD takes the divisor's sign: MOD(-3,2) = -3 − 2 × INT(-1.5) = -3 + 4 = 1.
  expect(values(["=MOD(7,2)", "=MOD(-3,2)", "=MOD(3,-2)", "=MOD(1,0)"])).toEqual([1, 1, -1, { error: "#DIV/0!" }]);
  expect(values(['="3"+1', '="x"+1', '=1&"年"', "=1/0", '=COUNTIF(B1:B3,"支給")', "=SUM(B1:B3)"], ["支給", 5, "支給"])).toEqual([
    4, { error: "#VALUE!" }, "1年", { error: "#DIV/0!" }, 2, 5,
  ]);
});

test("a function the evaluator lacks fails before anything is written, naming it", () => {
  expect(() => values(["=XLOOKUP(1,B1:B2,B1:B2)"])).toThrow(/XLOOKUP/);
});
