/**
 * 給与明細 as a 給与明細書: the blocks 勤怠・支給・控除・差引 in order, items that are 0 for every employee left
 * out, days as whole numbers, the amounts per bank account equal to 振込一覧, 備考, the きりとり線, and —
 * evaluated — every figure of every example employee equal to computePayroll's.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Employee, MonthlyVariables } from "../../src/calc/payroll/employee";
import { computePayroll } from "../../src/calc/payroll/computePayroll";
import { PayrollDetail } from "../../src/calc/payroll/payrollResult";
import { defaultPayrollSettings } from "../../src/calc/payroll/settings";
import { importMasterFile, importVariablesFile } from "../../src/import";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { planWorkbook, WorkbookInput } from "../../src/workbook/plan";
import { evaluatePlan, EvaluatedValue } from "../support/referenceEvaluator";
import { SHEET } from "../../src/workbook/layout";
import { columnName } from "../../src/workbook/address";
import { payslipSheets, PAYSLIP_ROW, PAYSLIP_ROWS } from "../../src/workbook/sheets/payslips";
import { payrollSheet } from "../../src/workbook/sheets/payroll";
import { ATTENDANCE_ITEMS, DEDUCTION_ITEMS, PAY_ITEMS, shownPayslipItems } from "../../src/workbook/sheets/payslipItems";
import { SheetPlan, TileBlock } from "../../src/workbook/types";
import { kyoukaiKenpoRates } from "../../src/calc/law/socialInsurance";
import { pastHorizon } from "../support/lawHorizon";

const example = (f: string) => new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../examples", f)));
const settings = defaultPayrollSettings("2026-11", { companyName: "ソナエ商事株式会社" });
let employees: Employee[];
let variables: MonthlyVariables[];
const input = (extra: Partial<WorkbookInput> = {}): WorkbookInput => ({ employees, variables, settings, lawInfo: collectLawInfo({ settings }), ...extra });
const tileOf = (s: SheetPlan) => s.blocks.find((b): b is TileBlock => b.kind === "tile")!;
const payslipSheet = (i: WorkbookInput) => planWorkbook(i).sheets.find((s) => s.name === SHEET.payslips)!;
/** The names of a payslip's label cells (the plan's own constants, not formulas). */
const labels = (s: SheetPlan) => tileOf(s).pattern.flat().filter((c): c is string => c !== null && !c.startsWith("="));

beforeAll(async () => {
  employees = (await importMasterFile(example("master.csv"), "master.csv")).employees;
  variables = (await importVariablesFile(example("variables.csv"), "variables.csv", undefined, employees)).variables;
});

/** The label → value pairs of payslip k: every label row of the blocks 勤怠 … 差引 above its values. */
function slip(m: EvaluatedValue[][], k: number): Map<string, EvaluatedValue> {
  const top = k * PAYSLIP_ROWS;
  const out = new Map<string, EvaluatedValue>();
  for (let r = PAYSLIP_ROW.attendance; r <= PAYSLIP_ROW.net; r += 2) {
    for (let c = 1; c <= 7; c++) {
      const label = m[top + r][c];
      if (typeof label === "string" && label !== "") out.set(label, m[top + r + 1][c]);
    }
  }
  return out;
}

test("the blocks 勤怠, 支給, 控除, 差引 and 備考, in this order, down column A", () => {
  const column = tileOf(payslipSheet(input())).pattern.map((row) => row[0]).filter((c) => c !== null && !c.startsWith("="));
  expect(column).toEqual(["勤怠", "支給", "控除", "差引", "備考"]);
});

test("the header: company, a large 給与明細書, 対象月, 支給日, 社員番号・所属, 氏名 様 — no internal 状態", () => {
  const m = evaluatePlan(planWorkbook(input())).matrix(SHEET.payslips);
  expect(m[0].slice(0, 8)).toEqual(["ソナエ商事株式会社", null, null, null, "給与明細書", null, null, "2026年11月分"]);
  expect(m[1][7]).toBe("支給日　2026年11月25日");
  expect([m[2][0], m[2][4]]).toEqual(["社員番号 0001　　所属 総務部", "山田 太郎 様"]);
  const title = tileOf(payslipSheet(input())).formats.find((f) => f.row === 0 && f.col === 4 && f.fontSize);
  expect(title?.fontSize).toBeGreaterThanOrEqual(16);
  // 「支給」 is the name of the block, once a payslip: the 状態 of 給与計算 is not printed.
  expect(m.flat().filter((c) => c === "支給").length).toBe(employees.length);
});

test("an item 0 for every employee is left out: nobody works over 60 hours of overtime in the example", () => {
  const most = Math.max(...variables.map((v) => v.overtimeHours ?? 0));
  expect(most).toBe(12); // 0003 鈴木 一郎
  const names = labels(payslipSheet(input()));
  expect(names).not.toContain("時間外手当（60時間超）");
  // 休日時間 8 (0008), 欠勤 1日 (0010), 臨時の控除 3,000 (0003): shown because one employee has them.
  expect(names).toEqual(expect.arrayContaining(["休日時間", "休日手当", "欠勤日数", "欠勤控除", "その他"]));
});

test("the same item appears as soon as one employee has it: 0003 with 61 hours of overtime", () => {
  const more = variables.map((v) => (v.employeeId === "0003" ? { ...v, overtimeHours: 61 } : v));
  expect(labels(payslipSheet(input({ variables: more })))).toContain("時間外手当（60時間超）");
});

test("exactly 60 hours leave nothing beyond 60 (労働基準法第37条第1項ただし書): the item stays out", () => {
  const sixty = variables.map((v) => (v.employeeId === "0003" ? { ...v, overtimeHours: 60 } : v));
  expect(labels(payslipSheet(input({ variables: sixty })))).not.toContain("時間外手当（60時間超）");
});

test("when the core cannot compute the month (its premiums are past the built-in law data), every item is shown", () => {
  const later = defaultPayrollSettings(pastHorizon(kyoukaiKenpoRates).monthPlus(1), { companyName: "ソナエ商事株式会社" });
  const names = labels(payslipSheet({ ...input(), settings: later, lawInfo: collectLawInfo({ settings: later }) }));
  expect(names).toContain("時間外手当（60時間超）");
});

test("days and hours are shown as entered (General: 20, 0.5), never as 0.0", () => {
  const s = payslipSheet(input());
  const tile = tileOf(s);
  const attendanceValues = tile.formats.filter((f) => f.row === PAYSLIP_ROW.attendance + 1 && f.numberFormat !== undefined);
  expect(attendanceValues).toEqual([]);
  const m = evaluatePlan(planWorkbook(input())).matrix(SHEET.payslips);
  expect(slip(m, 4).get("出勤日数")).toBe(20); // 0005 田中 美咲, 日給, 20 days
});

test("every figure of every example employee is computePayroll's", () => {
  const m = evaluatePlan(planWorkbook(input())).matrix(SHEET.payslips);
  const shownPay = PAY_ITEMS.filter((i) => i.key !== "overtimeOver60");
  employees.forEach((e, k) => {
    const v = variables.find((x) => x.employeeId === e.id);
    const o = computePayroll({ employee: e, variables: v, settings });
    if (o.status !== "paid") throw new Error(`${e.id} not paid`);
    const d: PayrollDetail = o.detail;
    const got = Object.fromEntries(slip(m, k));
    const expected: Record<string, EvaluatedValue> = { 総支給額: d.gross, 控除合計: d.deductions, 差引支給額: d.net };
    for (const i of shownPay) expected[i.label] = i.negative && d[i.key] !== 0 ? -d[i.key] : d[i.key];
    for (const i of DEDUCTION_ITEMS.flat()) expected[i.label] = d[i.key];
    for (const i of ATTENDANCE_ITEMS) expected[i.label] = v?.[i.key] ?? 0;
    for (const [label, value] of Object.entries(expected)) expect({ id: e.id, label, value: got[label] }).toEqual({ id: e.id, label, value });
  });
});

test("差引支給額 per bank account is what 振込一覧 pays: 0007 渡辺 直樹 has 50,000 into a second account", () => {
  const ev = evaluatePlan(planWorkbook(input()));
  const m = ev.matrix(SHEET.payslips);
  const transfers = ev.matrix(SHEET.transfers).slice(1, -1);
  employees.forEach((e, k) => {
    const row = k * PAYSLIP_ROWS + PAYSLIP_ROW.net + 1;
    const paid = transfers.filter((t) => t[0] === e.id).map((t) => t[8]);
    const onSlip = [m[row][1], m[row][2]].filter((x) => x !== "");
    expect({ id: e.id, amounts: onSlip }).toEqual({ id: e.id, amounts: paid });
    expect((onSlip as number[]).reduce((a, b) => a + b, 0)).toBe(m[row][7]);
  });
  const k = employees.findIndex((e) => e.id === "0007");
  expect([m[k * PAYSLIP_ROWS + PAYSLIP_ROW.net][1], m[k * PAYSLIP_ROWS + PAYSLIP_ROW.net][2], m[k * PAYSLIP_ROWS + PAYSLIP_ROW.net + 1][2]]).toEqual(["振込額（第1口座）", "振込額（第2口座）", 50_000]);
});

describe("備考", () => {
  const remark = (i: WorkbookInput, id: string) => {
    const m = evaluatePlan(planWorkbook(i)).matrix(SHEET.payslips);
    return m[employees.findIndex((e) => e.id === id) * PAYSLIP_ROWS + PAYSLIP_ROW.remarks][1];
  };

  test("「前月同額による仮払い」 for 0009, whose inputs are the previous month's", () => {
    const previousResults = [{ employeeId: "0009", variables: { employeeId: "0009", overtimeHours: 3 } }];
    expect(remark(input({ previousResults }), "0009")).toBe("前月同額による仮払い（後日精算）。");
    expect(remark(input({ previousResults }), "0001")).toBe("");
  });

  test("an employee who left before the period: 対象外, nothing paid", () => {
    const left = employees.map((e) => (e.id === "0002" ? { ...e, leaveDate: "2026-09-30" } : e));
    expect(remark(input({ employees: left }), "0002")).toBe("対象外（退職済み）のため、今月の支給はありません。");
  });
});

describe("the slip adds up, or says it does not", () => {
  test("the amounts shown add up to 総支給額 and 控除合計 (社会保険料計 counted once)", () => {
    const m = evaluatePlan(planWorkbook(input())).matrix(SHEET.payslips);
    const s = slip(m, 2); // 0003: 臨時の控除 3,000
    const n = (l: string) => Number(s.get(l) ?? 0);
    const pay = PAY_ITEMS.map((i) => n(i.label)).reduce((a, b) => a + b, 0);
    expect(pay).toBe(n("総支給額"));
    expect(n("健康保険") + n("介護保険") + n("子ども・子育て支援金") + n("厚生年金") + n("雇用保険")).toBe(n("社会保険料計"));
    expect(n("社会保険料計") + n("所得税") + n("住民税") + n("その他")).toBe(n("控除合計"));
  });

  test("an amount on an item left out (an input typed after the workbook was made) is flagged in 備考", () => {
    const plan = planWorkbook(input());
    const payroll = payrollSheet(employees);
    const all = shownPayslipItems({ employees, variables: employees.map((e) => variables.find((v) => v.employeeId === e.id)), settings });
    const withoutOvertime = { ...all, pay: all.pay.filter((i) => i.key !== "overtime") };
    const slips = payslipSheets(employees, (k) => columnName(payroll.index(k)), withoutOvertime)[0];
    const m = evaluatePlan({ sheets: plan.sheets.map((s) => (s.name === SHEET.payslips ? slips : s)) }).matrix(SHEET.payslips);
    expect(m[0 * PAYSLIP_ROWS + PAYSLIP_ROW.remarks][1]).toBe("※明細にない項目に金額があります。ブックを作り直してください。"); // 0001: 10 hours of overtime
    expect(m[3 * PAYSLIP_ROWS + PAYSLIP_ROW.remarks][1]).toBe(""); // 0004: none
  });
});

test("a きりとり線 under the first payslip of each page only, none under the last", () => {
  const m = evaluatePlan(planWorkbook(input({ employees: employees.slice(0, 3) }))).matrix(SHEET.payslips);
  const cut = (k: number) => String(m[k * PAYSLIP_ROWS + PAYSLIP_ROW.cut][0]);
  expect([cut(0), cut(1), cut(2)].map((t) => t.includes("きりとり線"))).toEqual([true, false, false]);
});

test("游ゴシック over the whole payslip; the payslip's number column hidden and outside the print area", () => {
  const s = payslipSheet(input());
  expect(tileOf(s).formats[0]).toEqual({ row: 0, col: 0, rows: PAYSLIP_ROWS, cols: 8, fontName: "游ゴシック" });
  expect(s.hiddenColumns).toEqual([{ col: 8, cols: 1 }]);
  expect(s.print?.printArea?.cols).toBe(8);
});

test("two payslips fit an A4 portrait page at the print scale, with room to spare", () => {
  const s = payslipSheet(input());
  const p = s.print!;
  const scale = p.scale! / 100;
  // A4 is 210 × 297 mm = 595 × 842 pt; margins are in inches (72 pt).
  const printableWidth = 595 - 72 * (p.margins.left + p.margins.right);
  const printableHeight = 842 - 72 * (p.margins.top + p.margins.bottom);
  const heightOf = (row: number) => [...s.rowHeights!].reverse().find((h) => row >= h.row && row < h.row + h.rows)!.height;
  const page = Array.from({ length: 2 * PAYSLIP_ROWS }, (_, r) => heightOf(r)).reduce((a, b) => a + b, 0);
  expect(page).toBe(2 * (30 + 16 * 22));
  expect(page * scale).toBeLessThanOrEqual(printableHeight * 0.9);
  // A column of w characters is w × 7 px + 5 px in Excel (Calibri 11 Normal style); LibreOffice's rendering
  // of the example measured 8.9 px a character. 96 px = 72 pt.
  const printed = s.columnWidths.slice(0, p.printArea!.cols);
  const width = (px: number) => printed.reduce((a, w) => a + w * px + 5, 0) * 0.75 * scale;
  expect(width(7)).toBeLessThanOrEqual(printableWidth * 0.9);
  expect(width(8.9)).toBeLessThanOrEqual(printableWidth);
});
