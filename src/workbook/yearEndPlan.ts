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
import { Timeline } from "../calc/law/timeline";
import { isoOf } from "../calc/dates/calendar";
import { RowError, StaffRow, toInput } from "../calc/records/yearEndStaff";
import { withPreviousEmployer } from "../calc/yearEnd/previousEmployer";
import { columnName } from "./address";
import { LawTableUse } from "./lawInfo";
import { PlannedWorkbook } from "./plan";
import { shiftFormula } from "./relative";
import { assertValuesStayValues } from "./safety";
import { lawDataSheet } from "./sheets/lawData";
import { Column, HEADER_FILL, INPUT_FILL, RowRefs, tableSheet, TableRefs, TableSheet } from "./table";
import { Block, NonZeroHighlight, PlanValue, SheetPlan } from "./types";

export const YEAR_END_SHEET = "年末調整検算";

/** Rows above the table: 年分, the 第190条 limit, a blank line. */
const TOP = 3;
/** The settings cells, absolute. */
const YEAR_CELL = "$B$1";
const LIMIT_CELL = "$B$2";

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

function sourcesOf(timeline: Timeline<unknown>, year: number): string {
  const day = isoOf(taxYearDay(year));
  const revision = [...timeline.spec.revisions].reverse().find((r) => r.effective <= day);
  return (revision?.sources ?? []).map((source) => [source.title, source.at, source.url].filter(Boolean).join(" ")).join(" / ");
}

/** Every year both tables hold (the law data's own range), ascending. */
function lawYears(): number[] {
  const first = Number(isoOf(salaryIncomeTable.firstDay).slice(0, 4));
  const last = Number(isoOf(personalDeductionRules.lastDay).slice(0, 4));
  const years: number[] = [];
  for (let year = first; year <= last; year++) {
    if (salaryIncomeTable.find(taxYearDay(year)) && personalDeductionRules.find(taxYearDay(year))) years.push(year);
  }
  return years;
}

function lawRows(years: number[]): PlanValue[][] {
  return years.map((year) => {
    const personal = personalDeductionRules.find(taxYearDay(year))!;
    const salary = salaryIncomeTable.find(taxYearDay(year))!;
    const values: Record<LawKey, number> = { maxSalary: salary.maxSalary, ...personal };
    return [year, ...LAW_COLUMNS.map(([key]) => values[key]), `${sourcesOf(salaryIncomeTable as Timeline<unknown>, year)} / ${sourcesOf(personalDeductionRules as Timeline<unknown>, year)}`];
  });
}

/** The largest number of 特定親族 on one row (at least 1: the column is there for typing one in). */
function relativeSlots(inputs: readonly YearEndInput[]): number {
  return Math.max(1, ...inputs.map((input) => input.specificRelatives?.length ?? 0));
}

/** The plan's note for a row of the staff list that has a problem (that row is left off the sheet). */
export function rowProblemNote(problem: RowError): string {
  return `${problem.row}行目 列「${problem.column}」: ${problem.message}（この行はシートに載せていません）`;
}

/** What the columns of 年末調整検算 are made from. */
interface ColumnContext {
  /** The employees on the sheet (rows of the staff list without problems), their inputs and the system's figures. */
  staff: readonly StaffRow[];
  inputs: readonly YearEndInput[];
  systemFigures: readonly { annualTax?: number; balance?: number }[];
  /** Columns of 特定親族 (one per relative of the employee with the most). */
  slots: number;
  /** A law value of the year in B1, looked up in the law block below the table. */
  lawValue: (key: LawKey) => string;
}

/** 年末調整の対象外 (第190条): the employee's row of the helper column. */
const outside = (row: RowRefs) => row.at("out");
/** A step shown only for an employee within 年末調整. */
const step = (row: RowRefs, formula: string) => `=IF(${outside(row)},"",${formula})`;

const relativeIncomeKeysOf = (slots: number) => Array.from({ length: slots }, (_, slot) => `rel${slot + 1}`);
const relativeDeductionKeysOf = (slots: number) => Array.from({ length: slots }, (_, slot) => `relDed${slot + 1}`);

/** The inputs, as values: the staff list's figures and the system's results. */
function inputColumns({ staff, inputs, systemFigures, slots }: ColumnContext): Column[] {
  const inputValue = (read: (input: YearEndInput) => PlanValue) => (i: number) => read(inputs[i]);
  const amount = (read: (input: YearEndInput) => number | undefined) => inputValue((input) => read(input) ?? 0);
  const flag = (read: (input: YearEndInput) => boolean | undefined) => inputValue((input) => read(input) ?? false);
  const relativeIncomeKeys = relativeIncomeKeysOf(slots);
  return [
    { key: "id", header: "社員番号", width: 10, format: "@", value: (i) => staff[i].id },
    { key: "name", header: "氏名", width: 14, format: "@", value: (i) => staff[i].name },
    { key: "salary", header: "支給総額", width: 12, format: YEN, total: true, value: amount((employee) => withPreviousEmployer(employee).salary) },
    { key: "socialInsurance", header: "社会保険料", width: 11, format: YEN, total: true, value: amount((employee) => withPreviousEmployer(employee).socialInsurance) },
    { key: "declaredSocialInsurance", header: "申告による社会保険料", width: 11, format: YEN, total: true, value: amount((employee) => employee.declaredSocialInsurance) },
    { key: "smallEnterprise", header: "小規模企業共済等掛金", width: 11, format: YEN, total: true, value: amount((employee) => employee.smallEnterpriseMutualAid) },
    { key: "withheld", header: "源泉徴収済額", width: 11, format: YEN, total: true, value: amount((employee) => withPreviousEmployer(employee).withheld) },
    { key: "otherIncome", header: "給与以外の所得", width: 11, format: YEN, value: amount((employee) => employee.otherIncome) },
    { key: "spouseIncome", header: "配偶者の合計所得金額（空欄＝配偶者控除の対象者なし）", width: 13, format: YEN, value: inputValue((employee) => employee.spouse?.totalIncome ?? null) },
    { key: "spouseElderly", header: "老人控除対象配偶者", width: 8, value: flag((employee) => employee.spouse?.elderly) },
    { key: "general", header: "一般の扶養親族", width: 7, value: amount((employee) => employee.dependents?.general) },
    { key: "specific", header: "特定扶養親族", width: 7, value: amount((employee) => employee.dependents?.specific) },
    { key: "elderly", header: "老人扶養親族", width: 7, value: amount((employee) => employee.dependents?.elderly) },
    { key: "elderlyParents", header: "同居老親等", width: 7, value: amount((employee) => employee.dependents?.elderlyParents) },
    ...relativeIncomeKeys.map((key, slot): Column => ({ key, header: `特定親族${slot + 1}の合計所得金額`, width: 12, format: YEN, value: inputValue((employee) => employee.specificRelatives?.[slot] ?? null) })),
    { key: "disabled", header: "障害者", width: 7, value: amount((employee) => employee.personal?.disabled) },
    { key: "speciallyDisabled", header: "特別障害者", width: 7, value: amount((employee) => employee.personal?.speciallyDisabled) },
    { key: "speciallyDisabledCohabiting", header: "同居特別障害者", width: 7, value: amount((employee) => employee.personal?.speciallyDisabledCohabiting) },
    { key: "widow", header: "寡婦", width: 7, value: flag((employee) => employee.personal?.widow) },
    { key: "singleParent", header: "ひとり親", width: 7, value: flag((employee) => employee.personal?.singleParent) },
    { key: "workingStudent", header: "勤労学生", width: 7, value: flag((employee) => employee.personal?.workingStudent) },
    { key: "youngDependent", header: "23歳未満の扶養親族", width: 8, value: flag((employee) => employee.youngDependent) },
    { key: "incomeAdjustmentEligible", header: "所得金額調整控除の対象", width: 8, value: flag((employee) => employee.incomeAdjustmentEligible) },
    { key: "newGeneral", header: "一般の生命保険料（新）", width: 10, format: YEN, value: amount((employee) => employee.lifePremiums?.newGeneral) },
    { key: "oldGeneral", header: "一般の生命保険料（旧）", width: 10, format: YEN, value: amount((employee) => employee.lifePremiums?.oldGeneral) },
    { key: "careMedical", header: "介護医療保険料", width: 10, format: YEN, value: amount((employee) => employee.lifePremiums?.careMedical) },
    { key: "newPension", header: "個人年金保険料（新）", width: 10, format: YEN, value: amount((employee) => employee.lifePremiums?.newPension) },
    { key: "oldPension", header: "個人年金保険料（旧）", width: 10, format: YEN, value: amount((employee) => employee.lifePremiums?.oldPension) },
    { key: "earthquake", header: "地震保険料", width: 10, format: YEN, value: amount((employee) => employee.earthquakePremiums?.earthquake) },
    { key: "oldLongTerm", header: "旧長期損害保険料", width: 10, format: YEN, value: amount((employee) => employee.earthquakePremiums?.oldLongTerm) },
    { key: "housingLoanCredit", header: "住宅借入金等特別控除額", width: 10, format: YEN, value: amount((employee) => employee.housingLoanCredit) },
    { key: "systemAnnualTax", header: "システム年調年税額", width: 11, format: YEN, total: true, value: (i) => systemFigures[i].annualTax ?? null },
    { key: "systemBalance", header: "システム過不足額（＋還付・−徴収）", width: 11, format: YEN, total: true, value: (i) => systemFigures[i].balance ?? null },
  ];
}

/** The steps of 年末調整, as live formulas: SONAE.YE_* in spill form and Excel arithmetic. */
function stepColumns({ slots, lawValue }: ColumnContext): Column[] {
  const relativeDeductionKeys = relativeDeductionKeysOf(slots);
  return [
    { key: "judgement", header: "判定", width: 9, formula: (row) =>
      `=IF(${outside(row)},"対象外",IF(AND(ISBLANK(${row.at("systemAnnualTax")}),ISBLANK(${row.at("systemBalance")})),"検算のみ",IF(OR(N(${row.at("diffAnnualTax")})<>0,N(${row.at("diffBalance")})<>0),"差異あり","一致")))` },
    { key: "salaryIncome", header: "給与所得控除後の給与等の金額", width: 12, format: YEN, total: true, spill: (table) => `=SONAE.YE_SALARY_INCOME(${table.data("inSalary")},${YEAR_CELL})` },
    { key: "incomeAdjustment", header: "所得金額調整控除", width: 10, format: YEN, total: true, spill: (table) => `=SONAE.YE_INCOME_ADJUSTMENT(${table.data("inSalary")},${table.data("incomeAdjustmentEligible")})` },
    { key: "salaryIncomeAdjusted", header: "給与所得控除後の給与等の金額（調整控除後）", width: 12, format: YEN, total: true, formula: (row) => step(row, `MAX(0,${row.at("salaryIncome")}-${row.at("incomeAdjustment")})`) },
    { key: "totalIncome", header: "合計所得金額", width: 12, format: YEN, total: true, formula: (row) => step(row, `${row.at("salaryIncomeAdjusted")}+${row.at("otherIncome")}`) },
    { key: "socialInsuranceDeduction", header: "社会保険料控除", width: 11, format: YEN, total: true, formula: (row) => step(row, `${row.at("socialInsurance")}+${row.at("declaredSocialInsurance")}`) },
    { key: "smallEnterpriseDeduction", header: "小規模企業共済等掛金控除", width: 11, format: YEN, total: true, formula: (row) => step(row, row.at("smallEnterprise")) },
    { key: "lifeInsurance", header: "生命保険料控除", width: 10, format: YEN, total: true,
      spill: (table) => `=SONAE.YE_LIFE_INSURANCE_DEDUCTION(${table.data("inNewGeneral")},${table.data("oldGeneral")},${table.data("careMedical")},${table.data("newPension")},${table.data("oldPension")},${table.data("youngDependent")},${YEAR_CELL})` },
    { key: "earthquakeInsurance", header: "地震保険料控除", width: 10, format: YEN, total: true, spill: (table) => `=SONAE.YE_EARTHQUAKE_DEDUCTION(${table.data("inEarthquake")},${table.data("oldLongTerm")})` },
    { key: "spouse", header: "配偶者（特別）控除", width: 10, format: YEN, total: true, formula: (row) => step(row, `N(${row.at("spouseSpill")})`) },
    { key: "dependents", header: "扶養控除", width: 10, format: YEN, total: true,
      spill: (table) => `=SONAE.YE_DEPENDENT_DEDUCTION(${table.data("inGeneral")},${table.data("specific")},${table.data("elderly")},${table.data("elderlyParents")},${YEAR_CELL})` },
    { key: "specificRelatives", header: "特定親族特別控除", width: 10, format: YEN, total: true, formula: (row) => step(row, `SUM(${row.at(relativeDeductionKeys[0])}:${row.at(relativeDeductionKeys[slots - 1])})`) },
    { key: "personal", header: "障害者・寡婦・ひとり親・勤労学生控除", width: 11, format: YEN, total: true, formula: (row) => step(row, [
      `${row.at("disabled")}*${lawValue("disabled")}+${row.at("speciallyDisabled")}*${lawValue("speciallyDisabled")}+${row.at("speciallyDisabledCohabiting")}*${lawValue("speciallyDisabledCohabiting")}`,
      // ひとり親は寡婦に該当しない (所得税法第2条第1項第30号); both need 合計所得金額 within the limit.
      `IF(AND(OR(${row.at("widow")},${row.at("singleParent")}),${row.at("totalIncome")}<=${lawValue("widowSingleParentIncomeLimit")}),IF(${row.at("singleParent")},${lawValue("singleParent")},${lawValue("widow")}),0)`,
      `IF(AND(${row.at("workingStudent")},${row.at("totalIncome")}<=${lawValue("workingStudentIncomeLimit")},${row.at("otherIncome")}<=${lawValue("workingStudentOtherIncomeLimit")}),${lawValue("workingStudent")},0)`,
    ].join("+")) },
    { key: "basic", header: "基礎控除", width: 10, format: YEN, total: true, spill: (table) => `=SONAE.YE_BASIC_DEDUCTION(${table.data("totalIncome")},${YEAR_CELL})` },
    { key: "totalDeductions", header: "所得控除の合計", width: 12, format: YEN, total: true, formula: (row) => step(row,
      ["socialInsuranceDeduction", "smallEnterpriseDeduction", "lifeInsurance", "earthquakeInsurance", "spouse", "dependents", "specificRelatives", "personal", "basic"].map((key) => row.at(key)).join("+")) },
    // 課税給与所得金額: 1,000円未満の端数切捨て (国税通則法第118条第1項).
    { key: "taxableIncome", header: "課税給与所得金額（1,000円未満切捨て）", width: 12, format: YEN, total: true,
      formula: (row) => step(row, `ROUNDDOWN(MAX(0,${row.at("salaryIncomeAdjusted")}-${row.at("totalDeductions")}),-3)`) },
    { key: "annualTax", header: "年調年税額", width: 11, format: YEN, total: true, spill: (table) => `=SONAE.YE_INCOME_TAX(${table.data("taxableIncome")},${YEAR_CELL},${table.data("housingLoanCredit")})` },
    { key: "balance", header: "過不足額（＋還付・−徴収）", width: 11, format: YEN, total: true, formula: (row) => step(row, `${row.at("withheld")}-${row.at("annualTax")}`) },
    { key: "settlement", header: "還付・徴収", width: 8, formula: (row) => step(row, `IF(${row.at("balance")}>0,"還付",IF(${row.at("balance")}<0,"徴収","なし"))`) },
    { key: "diffAnnualTax", header: "年調年税額の差（Sonae − システム）", width: 11, format: YEN, total: true,
      formula: (row) => `=IF(OR(${outside(row)},ISBLANK(${row.at("systemAnnualTax")})),"",${row.at("annualTax")}-${row.at("systemAnnualTax")})` },
    { key: "diffBalance", header: "過不足額の差（Sonae − システム）", width: 11, format: YEN, total: true,
      formula: (row) => `=IF(OR(${outside(row)},ISBLANK(${row.at("systemBalance")})),"",${row.at("balance")}-${row.at("systemBalance")})` },
    { key: "remark", header: "備考", width: 40, formula: (row) =>
      `=IF(${outside(row)},"給与等の収入金額が"&TEXT(${LIMIT_CELL},"#,##0")&"円を超えるため年末調整の対象外です（所得税法第190条）。確定申告で精算します。","")` },
  ];
}

/** 計算用: the inputs of the SONAE.YE_* functions, blank for an employee outside 年末調整. */
function helperColumns({ slots }: ColumnContext): Column[] {
  const relativeIncomeKeys = relativeIncomeKeysOf(slots);
  const relativeDeductionKeys = relativeDeductionKeysOf(slots);
  return [
    { key: "out", header: "年末調整の対象外", width: 8, helper: true, formula: (row) => `=${row.at("salary")}>${LIMIT_CELL}` },
    { key: "inSalary", header: "支給総額（対象者）", width: 12, format: YEN, helper: true, formula: (row) => step(row, row.at("salary")) },
    { key: "inNewGeneral", header: "一般の生命保険料（新）（対象者）", width: 10, format: YEN, helper: true, formula: (row) => step(row, row.at("newGeneral")) },
    { key: "inEarthquake", header: "地震保険料（対象者）", width: 10, format: YEN, helper: true, formula: (row) => step(row, row.at("earthquake")) },
    { key: "inGeneral", header: "一般の扶養親族（対象者）", width: 8, helper: true, formula: (row) => step(row, row.at("general")) },
    // 配偶者控除 only for an employee with a spouse: a blank first argument gives a blank.
    { key: "spouseEarner", header: "本人の合計所得金額（配偶者あり）", width: 12, format: YEN, helper: true,
      formula: (row) => `=IF(OR(${outside(row)},ISBLANK(${row.at("spouseIncome")})),"",${row.at("totalIncome")})` },
    { key: "spouseSpill", header: "配偶者（特別）控除", width: 10, format: YEN, helper: true,
      spill: (table) => `=SONAE.YE_SPOUSE_DEDUCTION(${table.data("spouseEarner")},${table.data("spouseIncome")},${YEAR_CELL},${table.data("spouseElderly")})` },
    ...relativeDeductionKeys.map((key, slot): Column => ({
      key, header: `特定親族${slot + 1}の特定親族特別控除`, width: 10, format: YEN, helper: true,
      spill: (table: TableRefs) => `=SONAE.YE_SPECIFIC_RELATIVE_DEDUCTION(${table.data(relativeIncomeKeys[slot])},${YEAR_CELL})`,
    })),
  ];
}

/** The employees the sheet can show, and a note for each row of the staff list that has a problem. */
function usableStaff(rows: readonly StaffRow[]): { staff: StaffRow[]; notes: string[] } {
  const notes = rows.flatMap((row) => row.errors.map(rowProblemNote));
  return { staff: rows.filter((row) => row.errors.length === 0), notes };
}

/** Where the law block starts: below the header, the employees' rows, the totals, a blank line and its title. */
function lawTopRow(count: number): number {
  return TOP + count + 2 + 2;
}

/** A law value of the year in B1: VLOOKUP into the law block, #N/A for a year outside the data. */
function lawLookup(lawTop: number, years: readonly number[]): (key: LawKey) => string {
  const lawArea = `$A$${lawTop + 2}:$${columnName(LAW_COLUMNS.length)}$${lawTop + 1 + years.length}`;
  return (key) => `VLOOKUP(${YEAR_CELL},${lawArea},${LAW_COLUMNS.findIndex(([column]) => column === key) + 2},FALSE)`;
}

/** B1 the 年分 and B2 the 第190条 limit above the table; the law values below it. */
function addYearAndLawBlocks(sheet: SheetPlan, o: { year: number; years: readonly number[]; lawTop: number; lawValue: (key: LawKey) => string }): void {
  const { year, years, lawTop } = o;
  const settingsBlock: Block = {
    kind: "values", row: 0, col: 0,
    values: [["年分", year, "西暦で入力します（例: 2026）。変えるとすべての計算が入れ替わります。"], ["年末調整の対象となる給与の上限", null, "所得税法第190条（年分の法令データから）"]],
  };
  const limitBlock: Block = { kind: "formulas", row: 1, col: 1, formulas: [[`=${o.lawValue("maxSalary")}`]] };
  const lawHeader = ["年分", ...LAW_COLUMNS.map(([, header]) => header), "出典"];
  const lawTitle: Block = { kind: "values", row: lawTop - 1, col: 0, values: [["法令データ（障害者等の控除と第190条の上限。年分で引きます）"]] };
  const lawBlock: Block = { kind: "values", row: lawTop, col: 0, values: [lawHeader, ...lawRows([...years])] };
  sheet.blocks.unshift(settingsBlock, limitBlock);
  sheet.blocks.push(lawTitle, lawBlock);
  sheet.formats.push(
    { row: 0, col: 0, rows: 2, cols: 1, bold: true, fill: HEADER_FILL, border: true },
    { row: 0, col: 1, rows: 1, cols: 1, numberFormat: "0", fill: INPUT_FILL, border: true },
    { row: 1, col: 1, rows: 1, cols: 1, numberFormat: YEN, border: true },
    { row: lawTop - 1, col: 0, rows: 1, cols: 1, bold: true },
    { row: lawTop, col: 0, rows: 1, cols: lawHeader.length, bold: true, fill: HEADER_FILL, border: true, wrap: true },
    { row: lawTop + 1, col: 1, rows: years.length, cols: LAW_COLUMNS.length, numberFormat: YEN },
    { row: lawTop + 1, col: 0, rows: years.length, cols: lawHeader.length, border: true },
  );
  sheet.rows = lawTop + 1 + years.length;
  sheet.cols = Math.max(sheet.cols, lawHeader.length);
}

/** A difference from the system other than 0 stands out (conditional format on numbers ≠ 0). */
function differenceHighlights(table: TableSheet, count: number): NonZeroHighlight[] {
  if (count === 0) return [];
  return ["diffAnnualTax", "diffBalance"].map((key) => ({ row: TOP + 1, col: table.index(key), rows: count, cols: 1, fill: "#FFC7CE", fontColor: "#9C0006" }));
}

/**
 * Plan the 年末調整検算 workbook.
 * @example planYearEndWorkbook({ rows: readStaffList(bytes).rows, year: 2026 }).sheets[0].name // "年末調整検算"
 */
export function planYearEndWorkbook(input: YearEndWorkbookInput): YearEndWorkbook {
  const { year } = input;
  const { staff, notes } = usableStaff(input.rows);
  const inputs = staff.map((row) => toInput(row.fields, year));
  const systemFigures = staff.map((row) => ({ annualTax: row.fields.systemAnnualTax, balance: row.fields.systemBalance }));
  const years = lawYears();
  if (!years.includes(year)) notes.push(`${describeTaxYear(year)}の法令データがないため、計算の列は #N/A になります。`);
  const count = staff.length;
  // The law block sits below the totals: its absolute address is known once the row count is.
  const lawTop = lawTopRow(count);
  const lawValue = lawLookup(lawTop, years);
  const context: ColumnContext = { staff, inputs, systemFigures, slots: relativeSlots(inputs), lawValue };
  const columns = [...inputColumns(context), ...stepColumns(context), ...helperColumns(context)];
  const inputKeys = columns.slice(0, columns.findIndex((c) => c.key === "judgement")).filter((c) => !["id", "name"].includes(c.key)).map((c) => c.key);
  const table = tableSheet({ name: YEAR_END_SHEET, columns, count, totals: true, freezeCols: 2, tabColor: "#7030A0", inputKeys });
  const sheet = moveDown(table.sheet, TOP);
  addYearAndLawBlocks(sheet, { year, years, lawTop, lawValue });
  sheet.freeze = { rows: TOP + 1, cols: 2 };
  sheet.highlights = differenceHighlights(table, count);

  const sheets: SheetPlan[] = [sheet];
  if (input.lawInfo) sheets.push(lawDataSheet(input.lawInfo));
  sheets.forEach(assertValuesStayValues);
  return { sheets, notes, column: table.index, firstRow: TOP + 1, totalsRow: TOP + table.totalsRow!, employees: staff };
}

/** The same sheet with everything `rows` lower; relative references move with it, "$" ones stay. */
function moveDown(sheet: SheetPlan, rows: number): SheetPlan {
  const shiftText = (text: string | null) => (text && text.startsWith("=") ? shiftFormula(text, rows) : text);
  const blocks = sheet.blocks.map((block): Block => {
    switch (block.kind) {
      case "values": return { ...block, row: block.row + rows };
      case "formulas": return { ...block, row: block.row + rows, formulas: block.formulas.map((line) => line.map(shiftText)) };
      case "spill": return { ...block, row: block.row + rows, formula: shiftFormula(block.formula, rows) };
      case "fill": return { ...block, row: block.row + rows, formula: shiftFormula(block.formula, rows) };
      case "tile": return { ...block, row: block.row + rows, pattern: block.pattern.map((line) => line.map(shiftText)) };
    }
  });
  return { ...sheet, rows: sheet.rows + rows, blocks, formats: sheet.formats.map((format) => ({ ...format, row: format.row + rows })) };
}
