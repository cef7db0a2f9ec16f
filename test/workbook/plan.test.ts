/**
 * The workbook plan as data: sheets in order, headers, the formulas of the first data row, a constant
 * number of custom-function calls, number formats, text format on code columns, imported values that
 * look like formulas kept as text, 前月同額, payslip print setup and page breaks.
 */
import { Employee } from "../../src/calc/payroll/employee";
import { defaultPayrollSettings } from "../../src/calc/payroll/settings";
import { MASTER_TEMPLATE_HEADERS } from "../../src/import/template";
import { columnName } from "../../src/workbook/address";
import { syntheticEmployees } from "../../bench/synthetic";
import { collectLawInfo } from "../../src/workbook/lawInfo";
import { planWorkbook, WorkbookInput } from "../../src/workbook/plan";
import { assertValuesStayValues } from "../../src/workbook/safety";
import { SHEET } from "../../src/workbook/layout";
import { PAYSLIP_ROWS, PAYSLIPS_PER_SHEET } from "../../src/workbook/sheets/payslips";
import { Block, FillBlock, SheetPlan, SpillBlock, ValueBlock, WorkbookPlan } from "../../src/workbook/types";
import { EDGE_EMPLOYEES } from "./fixtures/edgeCases";

const settings = defaultPayrollSettings("2026-11");
const input = (employees: readonly Employee[], extra: Partial<WorkbookInput> = {}): WorkbookInput => ({
  employees, variables: [], settings, lawInfo: collectLawInfo({ settings }), ...extra,
});
const sheet = (plan: WorkbookPlan, name: string): SheetPlan => {
  const s = plan.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const headerRow = (s: SheetPlan) => (s.blocks[0] as ValueBlock).values[0] as string[];
const blockAt = (s: SheetPlan, col: number): Block | undefined => s.blocks.find((b) => b.row === 1 && b.col === col);
/** The column letter of a header on a sheet. */
const letter = (s: SheetPlan, header: string) => {
  const i = headerRow(s).indexOf(header);
  if (i < 0) throw new Error(`${s.name}: no column ${header}`);
  return columnName(i);
};
const firstFormula = (s: SheetPlan, header: string) => {
  const b = blockAt(s, headerRow(s).indexOf(header));
  if (!b || (b.kind !== "fill" && b.kind !== "spill")) throw new Error(`${header} is not a formula column`);
  return b.formula;
};

const plan = planWorkbook(input(EDGE_EMPLOYEES));

describe("sheets", () => {
  test("in order, 検算 only with previous results", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["設定", "従業員", "勤怠・変動", "給与計算", "賞与計算", "給与明細", "振込一覧", "集計", "法令データ"]);
    const withPrevious = planWorkbook(input(EDGE_EMPLOYEES, { previousResults: [{ employeeId: "E01", gross: 1, variables: { employeeId: "E01" } }] }));
    expect(withPrevious.sheets.map((s) => s.name)).toContain("検算");
    expect(withPrevious.sheets.map((s) => s.name).indexOf("検算")).toBe(withPrevious.sheets.length - 2);
  });

  test("従業員 has the master template's headers, one row per employee, frozen header", () => {
    const s = sheet(plan, SHEET.employees);
    expect(headerRow(s)).toEqual([...MASTER_TEMPLATE_HEADERS]);
    expect(s.rows).toBe(EDGE_EMPLOYEES.length + 1);
    expect(s.freeze).toEqual({ rows: 1, cols: 2 });
  });

  test("the same input gives the same plan", () => {
    expect(JSON.stringify(planWorkbook(input(EDGE_EMPLOYEES)))).toBe(JSON.stringify(plan));
  });

  test("no employees: headers only, no empty ranges", () => {
    const empty = planWorkbook(input([]));
    for (const s of empty.sheets) {
      for (const b of s.blocks) {
        if (b.kind === "fill" || b.kind === "spill") expect(b.rows).toBeGreaterThan(0);
        if (b.kind === "values") expect(b.values.length).toBeGreaterThan(0);
      }
    }
  });
});

describe("給与計算: ordinary Excel per row, one custom-function call per column", () => {
  const s = sheet(plan, SHEET.payroll);
  const L = (h: string) => letter(s, h);

  test("visible headers, in a payroll office's order", () => {
    expect(headerRow(s).slice(0, 30)).toEqual([
      "社員番号", "氏名", "状態", "給与形態", "1時間当たり賃金", "基本給", "固定手当", "時間外手当", "時間外手当（60時間超）", "休日手当", "深夜手当",
      "欠勤控除", "通勤手当", "臨時の課税手当", "臨時の非課税手当", "総支給額", "健康保険", "介護保険", "子ども・子育て支援金", "厚生年金", "雇用保険",
      "社会保険料計", "課税対象額", "所得税", "住民税", "臨時の控除", "控除計", "前月精算（支給）", "前月精算（控除）", "差引支給額",
    ]);
  });

  test.each([
    ["総支給額", () => `=${L("基本給")}2+${L("固定手当")}2+${L("時間外手当")}2+${L("時間外手当（60時間超）")}2+${L("休日手当")}2+${L("深夜手当")}2-${L("欠勤控除")}2+${L("通勤手当")}2+${L("臨時の課税手当")}2+${L("臨時の非課税手当")}2`],
    ["時間外手当", () => `=IF(${L("賃金計算期間に在籍")}2,ROUND(${L("割増賃金の基礎（月額）")}2*MIN(N('勤怠・変動'!E2),'設定'!$B$20)*(100+'設定'!$B$18)/(100*'設定'!$B$14),0),0)`],
    ["欠勤控除", () => `=IF(AND(${L("賃金計算期間に在籍")}2,${L("給与形態")}2="月給"),MIN(N('従業員'!I2),ROUNDDOWN(N('従業員'!I2)*N('勤怠・変動'!H2)/'設定'!$B$15,0)),0)`],
    ["課税対象額", () => `=IF(${L("賃金計算期間に在籍")}2,MAX(0,${L("総支給額")}2-MIN(N('従業員'!K2),N('従業員'!L2))-${L("臨時の非課税手当")}2-${L("社会保険料計")}2),0)`],
    ["差引支給額", () => `=${L("総支給額")}2-${L("控除計")}2+${L("前月精算（支給）")}2-${L("前月精算（控除）")}2`],
  ])("%s, first row", (header, expected) => {
    expect(firstFormula(s, header)).toBe(expected());
  });

  test("the custom functions are spills over whole columns of 2..N+1", () => {
    const n = EDGE_EMPLOYEES.length;
    expect(firstFormula(s, "健康保険（控除月）")).toBe(`=SONAE.SI_HEALTH(${L("健保標準報酬（控除月）")}2:${L("健保標準報酬（控除月）")}${n + 1},${L("健康保険の保険者")}2:${L("健康保険の保険者")}${n + 1},'設定'!$B$10,FALSE)`);
    expect(firstFormula(s, "源泉所得税（月額表）")).toBe(`=SONAE.WHT_MONTHLY(${L("税額表の課税対象額")}2:${L("税額表の課税対象額")}${n + 1},'従業員'!S2:S${n + 1},'従業員'!R2:R${n + 1},'設定'!$B$4)`);
  });

  test("the number of custom-function calls does not grow with the number of employees", () => {
    const calls = (p: WorkbookPlan) => p.sheets.flatMap((x) => x.blocks).filter((b): b is SpillBlock => b.kind === "spill" && b.formula.includes("SONAE.")).length;
    const small = calls(planWorkbook(input(syntheticEmployees(3))));
    const large = calls(planWorkbook(input(syntheticEmployees(3_000))));
    expect(small).toBe(large);
    expect(small).toBeLessThanOrEqual(40);
    expect(sheet(plan, SHEET.payroll).blocks.filter((b) => b.kind === "spill").length).toBeLessThanOrEqual(25);
  });

  test("every per-row formula is one fill over all employees; totals row sums the amounts", () => {
    for (const b of s.blocks.filter((x): x is FillBlock => x.kind === "fill")) expect(b.rows).toBe(EDGE_EMPLOYEES.length);
    const totals = s.blocks.find((b) => b.kind === "formulas" && b.row === EDGE_EMPLOYEES.length + 1);
    expect(totals && totals.kind === "formulas" && totals.formulas[0]).toContain(`=SUM(${L("差引支給額")}2:${L("差引支給額")}${EDGE_EMPLOYEES.length + 1})`);
  });

  test("amount columns are #,##0; helper headers are grey; header frozen", () => {
    const f = s.formats.find((x) => x.numberFormat === "#,##0" && x.col <= headerRow(s).indexOf("基本給") && x.col + x.cols > headerRow(s).indexOf("基本給"));
    expect(f).toBeDefined();
    expect(s.formats.some((x) => x.row === 0 && x.fill === "#EDEDED")).toBe(true);
    expect(s.freeze).toEqual({ rows: 1, cols: 2 });
  });
});

describe("imported values are values: text format on text and code columns, formula-looking text stays text", () => {
  const tricky: Employee = {
    ...EDGE_EMPLOYEES[0],
    id: "0012",
    name: '=HYPERLINK("http://example.invalid","x")',
    nameKana: "-1+1",
    department: "+81-3-0000",
    bank: { bankCode: "0001", branchCode: "001", accountType: "1", accountNumber: "0012345", holderKana: "@SUM(A1)" },
  };
  const p = planWorkbook(input([tricky]));
  const s = sheet(p, SHEET.employees);
  const values = (s.blocks.find((b) => b.kind === "values" && b.row === 1) as ValueBlock).values[0];
  const headers = headerRow(s);
  const at = (h: string) => values[headers.indexOf(h)];
  const formatOf = (h: string) => s.formats.filter((f) => f.numberFormat && f.row <= 1 && f.col <= headers.indexOf(h) && headers.indexOf(h) < f.col + f.cols).map((f) => f.numberFormat).pop();

  test.each([
    ["社員番号", "0012"], ["氏名", '=HYPERLINK("http://example.invalid","x")'], ["氏名カナ", "-1+1"], ["所属", "+81-3-0000"],
    ["銀行コード", "0001"], ["支店コード", "001"], ["口座番号", "0012345"], ["口座名義カナ", "@SUM(A1)"],
  ])("%s: %s is a text value in a cell formatted \"@\"", (h, v) => {
    expect(at(h)).toBe(v);
    expect(formatOf(h)).toBe("@");
  });

  test("amounts and dates are numbers with their formats", () => {
    expect(typeof at("基本給")).toBe("number");
    expect(formatOf("基本給")).toBe("#,##0");
    expect(at("生年月日")).toBe(29_346); // 1980-05-05 as an Excel serial (25,569 = 1970-01-01; + 3,777 days)
    expect(formatOf("生年月日")).toBe("yyyy/m/d");
  });

  test("the check refuses a plan that would write formula-looking text to a cell that is not text", () => {
    const broken: SheetPlan = { ...s, formats: s.formats.filter((f) => f.numberFormat !== "@") };
    expect(() => assertValuesStayValues(broken)).toThrow(/数式として読まれる/);
  });

  test("no imported text appears outside value blocks (formulas only refer to it)", () => {
    for (const sh of p.sheets) {
      for (const b of sh.blocks) {
        const texts = b.kind === "formulas" ? b.formulas.flat() : b.kind === "tile" ? b.pattern.flat() : b.kind === "values" ? [] : [b.formula];
        for (const t of texts) if (typeof t === "string") expect(t.includes("HYPERLINK") || t.includes("@SUM")).toBe(false);
      }
    }
  });
});

describe("勤怠・変動: the variables file first, else the previous month's inputs (前月同額)", () => {
  const p = planWorkbook(
    input(EDGE_EMPLOYEES.slice(0, 3), {
      variables: [{ employeeId: "E01", overtimeHours: 10 }],
      previousResults: [
        { employeeId: "E01", variables: { employeeId: "E01", overtimeHours: 99 } },
        { employeeId: "E02", variables: { employeeId: "E02", overtimeHours: 4.5, extraTaxable: 1_000 } },
      ],
      needsInput: ["E03"],
    }),
  );
  const s = sheet(p, SHEET.variables);
  const values = s.blocks.find((b): b is ValueBlock => b.kind === "values" && b.row === 1)!.values;
  const headers = headerRow(s);
  const v = (row: number, h: string) => values[row][headers.indexOf(h) - 2];

  test.each([
    [0, "残業時間（時間）", 10], [0, "入力元", "変動ファイル"],
    [1, "残業時間（時間）", 4.5], [1, "臨時の課税手当", 1_000], [1, "入力元", "前月同額"],
    [2, "残業時間（時間）", null], [2, "入力元", "取り込めませんでした（入力してください）"],
  ] as const)("row %i %s = %j", (row, h, expected) => expect(v(row, h)).toBe(expected));

  test("社員番号 and 氏名 are shown from 従業員", () => {
    expect((blockAt(s, 0) as FillBlock).formula).toBe("='従業員'!A2");
  });
});

describe("給与明細: A4 portrait, two payslips a page, a break after every second, at most 2,000 a sheet", () => {
  test("5 employees: one laid-out payslip copied 5 times, breaks at rows 34 and 68", () => {
    const s = sheet(planWorkbook(input(EDGE_EMPLOYEES.slice(0, 5))), SHEET.payslips);
    const tile = s.blocks.find((b) => b.kind === "tile");
    expect(tile && tile.kind === "tile" && tile.times).toBe(5);
    expect(tile && tile.kind === "tile" && tile.pattern.length).toBe(PAYSLIP_ROWS);
    expect(s.print).toMatchObject({ paper: "A4", orientation: "Portrait", pageBreaks: [34, 68], printArea: { row: 0, col: 0, rows: 85, cols: 8 } });
  });

  test("4,001 employees: three sheets, each under Excel's 1,026 manual breaks", () => {
    const p = planWorkbook(input(syntheticEmployees(4_001)));
    const slips = p.sheets.filter((x) => x.name.startsWith(SHEET.payslips));
    expect(slips.map((x) => x.name)).toEqual(["給与明細", "給与明細2", "給与明細3"]);
    expect(slips.map((x) => x.print!.pageBreaks.length)).toEqual([999, 999, 0]);
    const third = slips[2].blocks[0];
    expect(third.kind === "tile" && third.pattern[0][8]).toBe(`=INT((ROW()-1)/${PAYSLIP_ROWS})+1+${2 * PAYSLIPS_PER_SHEET}`);
  });
});

test("法令データ lists the tables used in Japanese, each with a revision, its value in % and sources", () => {
  const s = sheet(plan, SHEET.law);
  const rows = (s.blocks[1] as ValueBlock).values;
  expect(rows.length).toBeGreaterThan(0);
  const names = rows.map((r) => r[1]);
  expect(names).toEqual(expect.arrayContaining(["協会けんぽ 健康保険料率", "厚生年金保険料率", "雇用保険料率", "割増賃金率", "給与所得の源泉徴収税額表（月額表）", "賞与に対する源泉徴収税額の算出率の表"]));
  expect(rows.find((r) => r[1] === "厚生年金保険料率")![2]).toBe("18.3%");
  for (const r of rows) {
    expect(r[5]).not.toBe("収録範囲外");
    expect(String(r[7]).length).toBeGreaterThan(0);
    expect(["高", "中", "低"]).toContain(r[8]);
    expect(r.join(" ")).not.toMatch(/ppm|socialInsurance\.|withholding\./);
  }
});
