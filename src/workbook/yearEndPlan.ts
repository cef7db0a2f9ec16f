/**
 * The 年末調整検算 workbook as a pure plan: one row per employee of the staff list (src/import/nenchoStaff.ts),
 * the inputs as values and every step of the 年末調整 as live formulas — the SONAE.YE_* functions in spill
 * form (one call per column) and ordinary Excel arithmetic — so that the office can change an input or the
 * year and see the figures follow. The steps are those of yearEndAdjustment (src/calc/yearEnd), in the
 * order of the 源泉徴収簿 年末調整欄; the tests evaluate this plan and compare every step with that core.
 *
 * Layout of the sheet 「年末調整検算」: B1 the 年分 (西暦), B2 the salary above which 年末調整 is not made
 * (所得税法第190条, looked up for B1); the table from row 4 (header) with a totals row; below it the law
 * values the arithmetic needs (障害者・寡婦・ひとり親・勤労学生控除 and the 第190条 limit), one row per year
 * of the law data, looked up with VLOOKUP on B1 — a year outside the data is #N/A, never an old amount.
 */
import { YearEndInput } from "../calc/yearEnd/types";
import { describeTaxYear, personalDeductionRules, salaryIncomeTable, taxYearDay } from "../calc/law/yearEnd";
import { Timeline, dayToIso } from "../calc/law/timeline";
import { RowError, StaffRow, toInput } from "../calc/records/yearEndStaff";
import { columnName } from "./address";
import { LawTableUse } from "./lawInfo";
import { PlannedWorkbook } from "./plan";
import { shiftFormula } from "./relative";
import { assertValuesStayValues } from "./safety";
import { lawDataSheet } from "./sheets/lawData";
import { Column, HEADER_FILL, INPUT_FILL, RowRefs, tableSheet, TableRefs } from "./table";
import { Block, FormatArea, NonZeroHighlight, PlanValue, SheetPlan } from "./types";

export const YEAR_END_SHEET = "年末調整検算";

/** Rows above the table: 年分, the 第190条 limit, a blank line. */
const TOP = 3;
/** The settings cells, absolute. */
export const YEAR_CELL = "$B$1";
export const LIMIT_CELL = "$B$2";

const YEN = "#,##0";

/** The law values of the arithmetic columns, one row per year (column 1 is the year). */
const LAW_COLUMNS = [
  ["maxSalary", "年末調整の対象となる給与の上限（所得税法第190条）"],
  ["disabled", "障害者控除（1人）"],
  ["speciallyDisabled", "特別障害者控除（1人）"],
  ["speciallyDisabledCohabiting", "同居特別障害者控除（1人）"],
  ["widow", "寡婦控除"],
  ["singleParent", "ひとり親控除"],
  ["widowSingleParentIncomeLimit", "寡婦・ひとり親の合計所得金額の上限"],
  ["workingStudent", "勤労学生控除"],
  ["workingStudentIncomeLimit", "勤労学生の合計所得金額の上限"],
  ["workingStudentOtherIncomeLimit", "勤労学生の勤労以外の所得の上限"],
] as const;
type LawKey = (typeof LAW_COLUMNS)[number][0];

export interface YearEndWorkbook extends PlannedWorkbook {
  /** Zero-based column of a step or input on 年末調整検算 (keys as in the plan: "annualTax", "balance", …). */
  column(key: string): number;
  /** Zero-based row of the first employee (employee i is on row firstRow + i), and of the totals. */
  firstRow: number;
  totalsRow: number;
  /** The employees on the sheet, in order (rows without problems). */
  employees: readonly StaffRow[];
}

export interface YearEndWorkbookInput {
  /** The staff list as read (readStaffList). Rows with problems are not put on the sheet; they are in notes. */
  rows: readonly StaffRow[];
  /** 年分 (西暦), written in B1. */
  year: number;
  /** When given, a 法令データ sheet lists these tables. */
  lawInfo?: readonly LawTableUse[];
}

function sourcesOf(t: Timeline<unknown>, year: number): string {
  const day = dayToIso(taxYearDay(year));
  const r = [...t.spec.revisions].reverse().find((v) => v.effective <= day);
  return (r?.sources ?? []).map((s) => [s.title, s.at, s.url].filter(Boolean).join(" ")).join(" / ");
}

/** Every year both tables hold (the law data's own range), ascending. */
function lawYears(): number[] {
  const first = Number(dayToIso(salaryIncomeTable.firstDay).slice(0, 4));
  const last = Number(dayToIso(personalDeductionRules.lastDay).slice(0, 4));
  const years: number[] = [];
  for (let y = first; y <= last; y++) {
    if (salaryIncomeTable.find(taxYearDay(y)) && personalDeductionRules.find(taxYearDay(y))) years.push(y);
  }
  return years;
}

function lawRows(years: number[]): PlanValue[][] {
  return years.map((y) => {
    const p = personalDeductionRules.find(taxYearDay(y))!;
    const s = salaryIncomeTable.find(taxYearDay(y))!;
    const v: Record<LawKey, number> = { maxSalary: s.maxSalary, ...p };
    return [y, ...LAW_COLUMNS.map(([k]) => v[k]), `${sourcesOf(salaryIncomeTable as Timeline<unknown>, y)} / ${sourcesOf(personalDeductionRules as Timeline<unknown>, y)}`];
  });
}

/** The largest number of 特定親族 on one row (at least 1: the column is there for typing one in). */
function relativeSlots(inputs: readonly YearEndInput[]): number {
  return Math.max(1, ...inputs.map((x) => x.specificRelatives?.length ?? 0));
}

/** The plan's note for a row of the staff list that has a problem (that row is left off the sheet). */
export function rowProblemNote(e: RowError): string {
  return `${e.row}行目 列「${e.column}」: ${e.message}（この行はシートに載せていません）`;
}

/**
 * Plan the 年末調整検算 workbook.
 * @example planYearEndWorkbook({ rows: readStaffList(bytes).rows, year: 2026 }).sheets[0].name // "年末調整検算"
 */
export function planYearEndWorkbook(input: YearEndWorkbookInput): YearEndWorkbook {
  const { year } = input;
  const notes: string[] = [];
  const usable = input.rows.filter((r) => r.errors.length === 0);
  for (const r of input.rows) {
    for (const e of r.errors) notes.push(rowProblemNote(e));
  }
  const inputs = usable.map((r) => toInput(r.fields, year));
  const systems = usable.map((r) => ({ annualTax: r.fields.systemAnnualTax as number | undefined, balance: r.fields.systemBalance as number | undefined }));
  const slots = relativeSlots(inputs);
  const years = lawYears();
  if (!years.includes(year)) notes.push(`${describeTaxYear(year)}の法令データがないため、計算の列は #N/A になります。`);
  const count = usable.length;

  // The law block sits below the totals: its absolute address is known once the row count is.
  const lawTop = TOP + count + 2 + 2; // header of the table, the rows, totals, a blank line, the title
  const lawArea = `$A$${lawTop + 2}:$${columnName(LAW_COLUMNS.length)}$${lawTop + 1 + years.length}`;
  const law = (k: LawKey) => `VLOOKUP(${YEAR_CELL},${lawArea},${LAW_COLUMNS.findIndex(([c]) => c === k) + 2},FALSE)`;

  const Y = YEAR_CELL;
  const out = (x: RowRefs) => x.at("out");
  /** A step shown only for an employee within 年末調整. */
  const step = (x: RowRefs, v: string) => `=IF(${out(x)},"",${v})`;
  const val = (f: (x: YearEndInput) => PlanValue) => (i: number) => f(inputs[i]);
  const n = (f: (x: YearEndInput) => number | undefined) => val((x) => f(x) ?? 0);
  const b = (f: (x: YearEndInput) => boolean | undefined) => val((x) => f(x) ?? false);
  const relKeys = Array.from({ length: slots }, (_, k) => `rel${k + 1}`);
  const relDedKeys = Array.from({ length: slots }, (_, k) => `relDed${k + 1}`);

  const columns: Column[] = [
    // ---- inputs (values) ----
    { key: "id", header: "社員番号", width: 10, format: "@", value: (i) => usable[i].id },
    { key: "name", header: "氏名", width: 14, format: "@", value: (i) => usable[i].name },
    { key: "salary", header: "支給総額", width: 12, format: YEN, total: true, value: n((x) => x.salary) },
    { key: "socialInsurance", header: "社会保険料", width: 11, format: YEN, total: true, value: n((x) => x.socialInsurance) },
    { key: "declaredSocialInsurance", header: "申告による社会保険料", width: 11, format: YEN, total: true, value: n((x) => x.declaredSocialInsurance) },
    { key: "smallEnterprise", header: "小規模企業共済等掛金", width: 11, format: YEN, total: true, value: n((x) => x.smallEnterpriseMutualAid) },
    { key: "withheld", header: "源泉徴収済額", width: 11, format: YEN, total: true, value: n((x) => x.withheld) },
    { key: "otherIncome", header: "給与以外の所得", width: 11, format: YEN, value: n((x) => x.otherIncome) },
    { key: "spouseIncome", header: "配偶者の合計所得金額（空欄＝配偶者控除の対象者なし）", width: 13, format: YEN, value: val((x) => x.spouse?.totalIncome ?? null) },
    { key: "spouseElderly", header: "老人控除対象配偶者", width: 8, value: b((x) => x.spouse?.elderly) },
    { key: "general", header: "一般の扶養親族", width: 7, value: n((x) => x.dependents?.general) },
    { key: "specific", header: "特定扶養親族", width: 7, value: n((x) => x.dependents?.specific) },
    { key: "elderly", header: "老人扶養親族", width: 7, value: n((x) => x.dependents?.elderly) },
    { key: "elderlyParents", header: "同居老親等", width: 7, value: n((x) => x.dependents?.elderlyParents) },
    ...relKeys.map((key, k): Column => ({ key, header: `特定親族${k + 1}の合計所得金額`, width: 12, format: YEN, value: val((x) => x.specificRelatives?.[k] ?? null) })),
    { key: "disabled", header: "障害者", width: 7, value: n((x) => x.personal?.disabled) },
    { key: "speciallyDisabled", header: "特別障害者", width: 7, value: n((x) => x.personal?.speciallyDisabled) },
    { key: "speciallyDisabledCohabiting", header: "同居特別障害者", width: 7, value: n((x) => x.personal?.speciallyDisabledCohabiting) },
    { key: "widow", header: "寡婦", width: 7, value: b((x) => x.personal?.widow) },
    { key: "singleParent", header: "ひとり親", width: 7, value: b((x) => x.personal?.singleParent) },
    { key: "workingStudent", header: "勤労学生", width: 7, value: b((x) => x.personal?.workingStudent) },
    { key: "youngDependent", header: "23歳未満の扶養親族", width: 8, value: b((x) => x.youngDependent) },
    { key: "incomeAdjustmentEligible", header: "所得金額調整控除の対象", width: 8, value: b((x) => x.incomeAdjustmentEligible) },
    { key: "newGeneral", header: "一般の生命保険料（新）", width: 10, format: YEN, value: n((x) => x.lifePremiums?.newGeneral) },
    { key: "oldGeneral", header: "一般の生命保険料（旧）", width: 10, format: YEN, value: n((x) => x.lifePremiums?.oldGeneral) },
    { key: "careMedical", header: "介護医療保険料", width: 10, format: YEN, value: n((x) => x.lifePremiums?.careMedical) },
    { key: "newPension", header: "個人年金保険料（新）", width: 10, format: YEN, value: n((x) => x.lifePremiums?.newPension) },
    { key: "oldPension", header: "個人年金保険料（旧）", width: 10, format: YEN, value: n((x) => x.lifePremiums?.oldPension) },
    { key: "earthquake", header: "地震保険料", width: 10, format: YEN, value: n((x) => x.earthquakePremiums?.earthquake) },
    { key: "oldLongTerm", header: "旧長期損害保険料", width: 10, format: YEN, value: n((x) => x.earthquakePremiums?.oldLongTerm) },
    { key: "housingLoanCredit", header: "住宅借入金等特別控除額", width: 10, format: YEN, value: n((x) => x.housingLoanCredit) },
    { key: "systemAnnualTax", header: "システム年調年税額", width: 11, format: YEN, total: true, value: (i) => systems[i].annualTax ?? null },
    { key: "systemBalance", header: "システム過不足額（＋還付・−徴収）", width: 11, format: YEN, total: true, value: (i) => systems[i].balance ?? null },

    // ---- the steps (live formulas) ----
    { key: "judgement", header: "判定", width: 9, formula: (x) =>
      `=IF(${out(x)},"対象外",IF(AND(ISBLANK(${x.at("systemAnnualTax")}),ISBLANK(${x.at("systemBalance")})),"検算のみ",IF(OR(N(${x.at("diffAnnualTax")})<>0,N(${x.at("diffBalance")})<>0),"差異あり","一致")))` },
    { key: "salaryIncome", header: "給与所得控除後の給与等の金額", width: 12, format: YEN, total: true, spill: (t) => `=SONAE.YE_SALARY_INCOME(${t.data("inSalary")},${Y})` },
    { key: "incomeAdjustment", header: "所得金額調整控除", width: 10, format: YEN, total: true, spill: (t) => `=SONAE.YE_INCOME_ADJUSTMENT(${t.data("inSalary")},${t.data("incomeAdjustmentEligible")})` },
    { key: "salaryIncomeAdjusted", header: "給与所得控除後の給与等の金額（調整控除後）", width: 12, format: YEN, total: true, formula: (x) => step(x, `MAX(0,${x.at("salaryIncome")}-${x.at("incomeAdjustment")})`) },
    { key: "totalIncome", header: "合計所得金額", width: 12, format: YEN, total: true, formula: (x) => step(x, `${x.at("salaryIncomeAdjusted")}+${x.at("otherIncome")}`) },
    { key: "socialInsuranceDeduction", header: "社会保険料控除", width: 11, format: YEN, total: true, formula: (x) => step(x, `${x.at("socialInsurance")}+${x.at("declaredSocialInsurance")}`) },
    { key: "smallEnterpriseDeduction", header: "小規模企業共済等掛金控除", width: 11, format: YEN, total: true, formula: (x) => step(x, x.at("smallEnterprise")) },
    { key: "lifeInsurance", header: "生命保険料控除", width: 10, format: YEN, total: true,
      spill: (t) => `=SONAE.YE_LIFE_INSURANCE_DEDUCTION(${t.data("inNewGeneral")},${t.data("oldGeneral")},${t.data("careMedical")},${t.data("newPension")},${t.data("oldPension")},${t.data("youngDependent")},${Y})` },
    { key: "earthquakeInsurance", header: "地震保険料控除", width: 10, format: YEN, total: true, spill: (t) => `=SONAE.YE_EARTHQUAKE_DEDUCTION(${t.data("inEarthquake")},${t.data("oldLongTerm")})` },
    { key: "spouse", header: "配偶者（特別）控除", width: 10, format: YEN, total: true, formula: (x) => step(x, `N(${x.at("spouseSpill")})`) },
    { key: "dependents", header: "扶養控除", width: 10, format: YEN, total: true,
      spill: (t) => `=SONAE.YE_DEPENDENT_DEDUCTION(${t.data("inGeneral")},${t.data("specific")},${t.data("elderly")},${t.data("elderlyParents")},${Y})` },
    { key: "specificRelatives", header: "特定親族特別控除", width: 10, format: YEN, total: true, formula: (x) => step(x, `SUM(${x.at(relDedKeys[0])}:${x.at(relDedKeys[slots - 1])})`) },
    { key: "personal", header: "障害者・寡婦・ひとり親・勤労学生控除", width: 11, format: YEN, total: true, formula: (x) => step(x, [
      `${x.at("disabled")}*${law("disabled")}+${x.at("speciallyDisabled")}*${law("speciallyDisabled")}+${x.at("speciallyDisabledCohabiting")}*${law("speciallyDisabledCohabiting")}`,
      // ひとり親は寡婦に該当しない (所得税法第2条第1項第30号); both need 合計所得金額 within the limit.
      `IF(AND(OR(${x.at("widow")},${x.at("singleParent")}),${x.at("totalIncome")}<=${law("widowSingleParentIncomeLimit")}),IF(${x.at("singleParent")},${law("singleParent")},${law("widow")}),0)`,
      `IF(AND(${x.at("workingStudent")},${x.at("totalIncome")}<=${law("workingStudentIncomeLimit")},${x.at("otherIncome")}<=${law("workingStudentOtherIncomeLimit")}),${law("workingStudent")},0)`,
    ].join("+")) },
    { key: "basic", header: "基礎控除", width: 10, format: YEN, total: true, spill: (t) => `=SONAE.YE_BASIC_DEDUCTION(${t.data("totalIncome")},${Y})` },
    { key: "totalDeductions", header: "所得控除の合計", width: 12, format: YEN, total: true, formula: (x) => step(x,
      ["socialInsuranceDeduction", "smallEnterpriseDeduction", "lifeInsurance", "earthquakeInsurance", "spouse", "dependents", "specificRelatives", "personal", "basic"].map((k) => x.at(k)).join("+")) },
    // 課税給与所得金額: 1,000円未満の端数切捨て (国税通則法第118条第1項).
    { key: "taxableIncome", header: "課税給与所得金額（1,000円未満切捨て）", width: 12, format: YEN, total: true,
      formula: (x) => step(x, `ROUNDDOWN(MAX(0,${x.at("salaryIncomeAdjusted")}-${x.at("totalDeductions")}),-3)`) },
    { key: "annualTax", header: "年調年税額", width: 11, format: YEN, total: true, spill: (t) => `=SONAE.YE_INCOME_TAX(${t.data("taxableIncome")},${Y},${t.data("housingLoanCredit")})` },
    { key: "balance", header: "過不足額（＋還付・−徴収）", width: 11, format: YEN, total: true, formula: (x) => step(x, `${x.at("withheld")}-${x.at("annualTax")}`) },
    { key: "settlement", header: "還付・徴収", width: 8, formula: (x) => step(x, `IF(${x.at("balance")}>0,"還付",IF(${x.at("balance")}<0,"徴収","なし"))`) },
    { key: "diffAnnualTax", header: "年調年税額の差（Sonae − システム）", width: 11, format: YEN, total: true,
      formula: (x) => `=IF(OR(${out(x)},ISBLANK(${x.at("systemAnnualTax")})),"",${x.at("annualTax")}-${x.at("systemAnnualTax")})` },
    { key: "diffBalance", header: "過不足額の差（Sonae − システム）", width: 11, format: YEN, total: true,
      formula: (x) => `=IF(OR(${out(x)},ISBLANK(${x.at("systemBalance")})),"",${x.at("balance")}-${x.at("systemBalance")})` },
    { key: "remark", header: "備考", width: 40, formula: (x) =>
      `=IF(${out(x)},"給与等の収入金額が"&TEXT(${LIMIT_CELL},"#,##0")&"円を超えるため年末調整の対象外です（所得税法第190条）。確定申告で精算します。","")` },

    // ---- 計算用 ----
    { key: "out", header: "年末調整の対象外", width: 8, helper: true, formula: (x) => `=${x.at("salary")}>${LIMIT_CELL}` },
    { key: "inSalary", header: "支給総額（対象者）", width: 12, format: YEN, helper: true, formula: (x) => step(x, x.at("salary")) },
    { key: "inNewGeneral", header: "一般の生命保険料（新）（対象者）", width: 10, format: YEN, helper: true, formula: (x) => step(x, x.at("newGeneral")) },
    { key: "inEarthquake", header: "地震保険料（対象者）", width: 10, format: YEN, helper: true, formula: (x) => step(x, x.at("earthquake")) },
    { key: "inGeneral", header: "一般の扶養親族（対象者）", width: 8, helper: true, formula: (x) => step(x, x.at("general")) },
    // 配偶者控除 only for an employee with a spouse: a blank first argument gives a blank.
    { key: "spouseEarner", header: "本人の合計所得金額（配偶者あり）", width: 12, format: YEN, helper: true,
      formula: (x) => `=IF(OR(${out(x)},ISBLANK(${x.at("spouseIncome")})),"",${x.at("totalIncome")})` },
    { key: "spouseSpill", header: "配偶者（特別）控除", width: 10, format: YEN, helper: true,
      spill: (t) => `=SONAE.YE_SPOUSE_DEDUCTION(${t.data("spouseEarner")},${t.data("spouseIncome")},${Y},${t.data("spouseElderly")})` },
    ...relDedKeys.map((key, k): Column => ({
      key, header: `特定親族${k + 1}の特定親族特別控除`, width: 10, format: YEN, helper: true,
      spill: (t: TableRefs) => `=SONAE.YE_SPECIFIC_RELATIVE_DEDUCTION(${t.data(relKeys[k])},${Y})`,
    })),
  ];
  const inputKeys = columns.slice(0, columns.findIndex((c) => c.key === "judgement")).filter((c) => !["id", "name"].includes(c.key)).map((c) => c.key);
  const table = tableSheet({ name: YEAR_END_SHEET, columns, count, totals: true, freezeCols: 2, tabColor: "#7030A0", inputKeys });
  const sheet = moveDown(table.sheet, TOP);

  // Settings on top, the law values below the table.
  const settingsBlock: Block = {
    kind: "values", row: 0, col: 0,
    values: [["年分", year, "西暦で入力します（例: 2026）。変えるとすべての計算が入れ替わります。"], ["年末調整の対象となる給与の上限", null, "所得税法第190条（年分の法令データから）"]],
  };
  const limitBlock: Block = { kind: "formulas", row: 1, col: 1, formulas: [[`=${law("maxSalary")}`]] };
  const lawHeader = ["年分", ...LAW_COLUMNS.map(([, h]) => h), "出典"];
  const lawTitle: Block = { kind: "values", row: lawTop - 1, col: 0, values: [["法令データ（障害者等の控除と第190条の上限。年分で引きます）"]] };
  const lawBlock: Block = { kind: "values", row: lawTop, col: 0, values: [lawHeader, ...lawRows(years)] };
  sheet.blocks.unshift(settingsBlock, limitBlock);
  sheet.blocks.push(lawTitle, lawBlock);
  const lawFormats: FormatArea[] = [
    { row: 0, col: 0, rows: 2, cols: 1, bold: true, fill: HEADER_FILL, border: true },
    { row: 0, col: 1, rows: 1, cols: 1, numberFormat: "0", fill: INPUT_FILL, border: true },
    { row: 1, col: 1, rows: 1, cols: 1, numberFormat: YEN, border: true },
    { row: lawTop - 1, col: 0, rows: 1, cols: 1, bold: true },
    { row: lawTop, col: 0, rows: 1, cols: lawHeader.length, bold: true, fill: HEADER_FILL, border: true, wrap: true },
    { row: lawTop + 1, col: 1, rows: years.length, cols: LAW_COLUMNS.length, numberFormat: YEN },
    { row: lawTop + 1, col: 0, rows: years.length, cols: lawHeader.length, border: true },
  ];
  sheet.formats.push(...lawFormats);
  sheet.rows = lawTop + 1 + years.length;
  sheet.cols = Math.max(sheet.cols, lawHeader.length);
  sheet.freeze = { rows: TOP + 1, cols: 2 };
  // A difference other than 0 stands out (conditional format on numbers ≠ 0).
  const highlights: NonZeroHighlight[] = count > 0
    ? ["diffAnnualTax", "diffBalance"].map((k) => ({ row: TOP + 1, col: table.index(k), rows: count, cols: 1, fill: "#FFC7CE", fontColor: "#9C0006" }))
    : [];
  sheet.highlights = highlights;

  const sheets: SheetPlan[] = [sheet];
  if (input.lawInfo) sheets.push(lawDataSheet(input.lawInfo));
  sheets.forEach(assertValuesStayValues);
  return { sheets, notes, column: table.index, firstRow: TOP + 1, totalsRow: TOP + table.totalsRow!, employees: usable };
}

/** The same sheet with everything `rows` lower; relative references move with it, "$" ones stay. */
function moveDown(s: SheetPlan, rows: number): SheetPlan {
  const blocks = s.blocks.map((b): Block => {
    switch (b.kind) {
      case "values": return { ...b, row: b.row + rows };
      case "formulas": return { ...b, row: b.row + rows, formulas: b.formulas.map((l) => l.map((f) => (f && f.startsWith("=") ? shiftFormula(f, rows) : f))) };
      case "spill": return { ...b, row: b.row + rows, formula: shiftFormula(b.formula, rows) };
      case "fill": return { ...b, row: b.row + rows, formula: shiftFormula(b.formula, rows) };
      case "tile": return { ...b, row: b.row + rows, pattern: b.pattern.map((l) => l.map((f) => (f && f.startsWith("=") ? shiftFormula(f, rows) : f))) };
    }
  });
  return { ...s, rows: s.rows + rows, blocks, formats: s.formats.map((f) => ({ ...f, row: f.row + rows })) };
}
