/**
 * The sheets that read 給与計算 show the same figures: 振込一覧 pays what the 全銀 file pays (the second
 * account's fixed amount), 集計 totals the lines and works out the employer's share per insurer, 給与明細
 * prints each employee's figures (test/workbook/payslips.test.ts checks every item), 検算 shows the
 * differences from the system's last results; 給与計算 hides its 計算用 columns.
 */
import { Employee } from "../../src/calc/payroll/employee";
import { computePayroll } from "../../src/calc/payroll/computePayroll";
import { PayrollLine } from "../../src/calc/payroll/types";
import { healthInsurancePremium } from "../../src/calc/socialInsurance/healthInsurancePremium";
import { childSupportLevy } from "../../src/calc/socialInsurance/childSupportLevy";
import { pensionPremium } from "../../src/calc/socialInsurance/pensionPremium";
import { childContribution } from "../../src/calc/socialInsurance/childContribution";
import { dayOf } from "../../src/calc/dates/calendar";
import { transfersFromPayroll } from "../../src/zengin/transfers";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { planWorkbook } from "../../src/workbook/plan";
import { evaluatePlan } from "../support/referenceEvaluator";
import { SHEET } from "../../src/workbook/layout";
import { PAYSLIP_ROWS } from "../../src/workbook/sheets/payslips";
import { ValueBlock } from "../../src/workbook/types";
import { EDGE_EMPLOYEES, EDGE_SETTINGS, EDGE_VARIABLES } from "./fixtures/edgeCases";
import { insurer as parseInsurer } from "../../src/calc/vocabulary";

// 2026-11, 翌月徴収; a blank 健康保険 falls back to 大阪府.
const settings = EDGE_SETTINGS[0][1];
const employees = EDGE_EMPLOYEES;
const lines = new Map<string, PayrollLine>();
for (const e of employees) {
  const o = computePayroll({ employee: e, variables: EDGE_VARIABLES.find((v) => v.employeeId === e.id), settings });
  if (o.status === "paid") lines.set(e.id, o.detail.line);
}
const previous = [
  { employeeId: "E01", gross: lines.get("E01")!.gross, incomeTax: lines.get("E01")!.incomeTax + 10, variables: { employeeId: "E01" } },
  { employeeId: "X99", net: 1, variables: { employeeId: "X99" } },
];
const plan = planWorkbook({ employees, variables: EDGE_VARIABLES, settings, lawInfo: collectLawInfo({ settings }), previousResults: previous });
const ev = evaluatePlan(plan);
const net = (id: string) => lines.get(id)?.net ?? 0;

test("振込一覧: the 全銀 file's rows (src/zengin/transfers.ts), account by account, and the total", () => {
  const m = ev.matrix(SHEET.transfers);
  const rows = m.slice(1, -1).map((r) => ({ id: r[0], slot: r[2], amount: r[8] }));
  const paid = employees.filter((e) => lines.has(e.id));
  const zengin = transfersFromPayroll(paid.map((e) => ({ employee: e, net: net(e.id) })));
  for (const z of zengin.filter((x) => x.amount > 0)) {
    expect(rows.find((r) => r.id === z.employeeId && r.slot === `第${z.slot}口座`)?.amount).toBe(z.amount);
  }
  expect(m[m.length - 1][8]).toBe([...lines.values()].reduce((s, l) => s + l.net, 0));
  const e20 = rows.filter((r) => r.id === "E20");
  expect(e20.map((r) => r.amount)).toEqual([net("E20") - 30_000, 30_000]);
});

test("振込一覧: a person without an account stays on the list as 振込先なし with the amount to pay otherwise", () => {
  const [first, second] = employees;
  const noAccount = { ...second, bank: undefined, bank2: undefined };
  const small = planWorkbook({ employees: [first, noAccount], variables: EDGE_VARIABLES, settings, lawInfo: collectLawInfo({ settings }) });
  const m = evaluatePlan(small).matrix(SHEET.transfers);
  const row = m.find((r) => r[0] === noAccount.id)!;
  expect(row[2]).toBe("振込先なし");
  expect(row[8]).toBe(net(noAccount.id));
  expect(row[9]).toBe("口座が登録されていないため、全銀ファイルに入れません。現金支給か別の振込で支払ってください。");
  expect(m.find((r) => r[0] === first.id)![2]).toBe("第1口座");
});

describe("集計", () => {
  const m = ev.matrix(SHEET.summary);
  const row = (label: string) => m.find((r) => r[0] === label)!;

  test.each([["総支給額", "gross"], ["社会保険料計", "socialInsurance"], ["所得税", "incomeTax"], ["差引支給額", "net"]] as const)("%s is the sum of the lines", (label, k) => {
    expect(row(label)[1]).toBe([...lines.values()].reduce((s, l) => s + l[k], 0));
  });

  test("支給人数 counts the employees paid", () => expect(row("支給人数")[1]).toBe(lines.size));

  test("厚生年金: total = Σ each insured's exact premium (both months) + 拠出金, paid rounded down; employer = paid − deducted", () => {
    const oct = dayOf(2026, 10, 1);
    const nov = dayOf(2026, 11, 1);
    let total = 0;
    let contribution = 0;
    for (const e of employees) {
      const o = computePayroll({ employee: e, variables: EDGE_VARIABLES.find((v) => v.employeeId === e.id), settings });
      if (o.status !== "paid") continue;
      for (const p of o.detail.premiumMonths) {
        if (!p.pensionInsured) continue;
        const month = p.month === "2026-10" ? oct : nov;
        total += pensionPremium({ standardAmount: e.pensionStandard!, month, part: "total" });
        contribution += childContribution({ standardAmount: e.pensionStandard!, month });
      }
    }
    const deducted = [...lines.values()].reduce((s, l) => s + l.pension, 0);
    const r = row("厚生年金保険（日本年金機構）");
    expect(r[1]).toBe(deducted);
    expect(r[3]).toBe(Math.floor(total) + Math.floor(contribution));
    expect(r[4]).toBe(Math.floor(total) + Math.floor(contribution) - deducted);
  });

  test.each(["東京都", "9.27%/1.8%", "大阪府"])("健康保険 %s: total = Σ exact premiums of its insured (介護・支援金 included), employer = total rounded down − deducted", (name) => {
    const insurers = m.filter((r) => typeof r[5] === "string" && String(r[5]).startsWith("健康保険")).map((r) => r[0]);
    expect(insurers).toEqual(["東京都", "9.27%/1.8%", "大阪府"]);
    let exact = 0;
    let deducted = 0;
    for (const e of employees) {
      const resolved = e.healthInsurer.trim() === "" ? settings.defaultInsurer : e.healthInsurer;
      const o = computePayroll({ employee: e, variables: EDGE_VARIABLES.find((v) => v.employeeId === e.id), settings });
      if (resolved !== name || o.status !== "paid") continue;
      deducted += o.detail.health + o.detail.care + o.detail.childSupport;
      const insurer = parseInsurer(resolved, "保険者");
      for (const p of o.detail.premiumMonths.filter((x) => x.healthInsured)) {
        const month = dayOf(Number(p.month.slice(0, 4)), Number(p.month.slice(5, 7)), 1);
        const base = { standardAmount: e.healthStandard!, insurer, month, part: "total" as const };
        exact += healthInsurancePremium({ ...base, care: p.careApplies }) + childSupportLevy(base);
      }
    }
    const r = row(name);
    expect(r[1]).toBe(deducted);
    expect(r[2]).toBeCloseTo(exact, 6);
    expect(r[4]).toBe(Math.floor(exact) - deducted);
  });
});

test("給与明細: each payslip shows its employee's 総支給額, 控除合計 and 差引支給額 (0 for 対象外), 0.5 days as 0.5", () => {
  const m = ev.matrix(SHEET.payslips);
  const total = (k: number, label: string) => {
    for (let r = k * PAYSLIP_ROWS; r < (k + 1) * PAYSLIP_ROWS - 1; r++) {
      const c = m[r].indexOf(label);
      if (c >= 0) return m[r + 1][c];
    }
    throw new Error(`payslip ${k}: no ${label}`);
  };
  employees.forEach((e: Employee, k) => {
    const l = lines.get(e.id);
    const deductions = l ? l.gross - l.net : 0; // 控除合計 = 総支給額 − 差引支給額 (臨時の控除 included)
    expect({ id: e.id, gross: total(k, "総支給額"), deductions: total(k, "控除合計"), net: total(k, "差引支給額") }).toEqual({ id: e.id, gross: l?.gross ?? 0, deductions, net: l?.net ?? 0 });
  });
  const e20 = employees.findIndex((e) => e.id === "E20");
  expect(total(e20, "欠勤日数")).toBe(0.5);
});

test("設定 says what a PC without the add-in shows: the saved figures, #NAME? after a change, the values-only workbook", () => {
  const text = ev.matrix(SHEET.settings).map((r) => `${r[0] ?? ""} ${r[2] ?? ""}`).join("\n");
  expect(text).toMatch(/アドイン「備え」がない PC で開くと/);
  expect(text).toMatch(/保存したときの計算結果をそのまま表示します/);
  expect(text).toMatch(/#NAME\? になります/);
  expect(text).toMatch(/rebuild --values-only/);
  // The #NAME? text is 90-odd full-width characters: three lines of the 70-character 説明 column (35 a line at most).
  const s = plan.sheets.find((x) => x.name === SHEET.settings)!;
  const row = ev.matrix(SHEET.settings).findIndex((r) => String(r[2]).includes("#NAME?"));
  expect(s.rowHeights?.find((h) => h.row === row)?.height).toBeGreaterThanOrEqual(3 * 15);
});

test("給与計算: the 計算用 columns (grey headers) are hidden, the figures are not", () => {
  const s = plan.sheets.find((x) => x.name === SHEET.payroll)!;
  const headers = (s.blocks[0] as ValueBlock).values[0] as string[];
  const first = headers.indexOf("賃金計算期間に在籍");
  expect(headers[first - 1]).toBe("差引支給額");
  expect(s.hiddenColumns).toEqual([{ col: first, cols: headers.length - first }]);
});

test("検算: the difference where the system gave a figure, empty elsewhere; unknown 社員番号 listed at the end", () => {
  const m = ev.matrix(SHEET.check);
  const h = m[0] as string[];
  const e01 = m[1];
  expect(e01[h.indexOf("総支給額 差額")]).toBe(0);
  expect(e01[h.indexOf("所得税 差額")]).toBe(-10);
  expect(e01[h.indexOf("健康保険 差額")]).toBe("");
  expect(m[2][h.indexOf("備考")]).toBe("前回の結果にありません");
  const last = m[m.length - 1];
  expect([last[0], last[h.indexOf("差引支給額（前回）")], last[h.indexOf("備考")]]).toEqual(["X99", 1, "従業員マスタにない社員番号です（退職者など）"]);
  expect(plan.notes.join("")).toMatch(/1 人は従業員マスタにない/);
});
