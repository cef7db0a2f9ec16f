/**
 * The 年末調整 staff list's record (templates/nencho-template.csv, documented in docs/nencho.md): one row per
 * employee with the year's figures of the 源泉徴収簿 and the 申告書, and the payroll system's own results to
 * compare with. A row as read becomes the core's YearEndInput here, so that the command line, the pane and
 * the 年末調整検算 workbook never disagree on what a cell means.
 */
import { PreviousEmployer, YearEndInput } from "../yearEnd/types";
import { FieldSpec, Schema } from "./schema";
import { ID_FIELD, NAME_FIELD } from "./variables";

type YenField =
  | "salary" | "socialInsurance" | "declaredSocialInsurance" | "smallEnterprise" | "withheld" | "otherIncome" | "spouseIncome"
  | "newGeneral" | "oldGeneral" | "careMedical" | "newPension" | "oldPension" | "earthquake" | "oldLongTerm" | "housingLoanCredit"
  | "systemAnnualTax" | "systemBalance" | "previousSalary" | "previousSocialInsurance" | "previousWithheld";
type PeopleField = "general" | "specific" | "elderly" | "elderlyParents" | "disabled" | "speciallyDisabled" | "speciallyDisabledCohabiting";
type YesNoField = "spouseElderly" | "widow" | "singleParent" | "workingStudent" | "youngDependent" | "incomeAdjustment";

export type StaffField = "id" | "name" | "specificRelatives" | YenField | PeopleField | YesNoField;

/** How a column is read: text, yen, a signed amount of yen, several amounts of yen, a count of people, or yes/no. */
export type StaffValueKind = "text" | "yen" | "signedYen" | "yenList" | "people" | "yesNo";

export type StaffFieldSpec = FieldSpec<StaffField> & { kind: StaffValueKind };

function field(key: StaffField, header: string, kind: StaffValueKind, help: string, required = false): StaffFieldSpec {
  return { key, header, required, synonyms: [], help, kind };
}

export const STAFF_SCHEMA: readonly StaffFieldSpec[] = [
  { ...field("id", "社員番号", "text", "社員番号（先頭の0もそのまま）。", true), synonyms: ID_FIELD.synonyms },
  { ...field("name", "氏名", "text", "氏名。"), synonyms: NAME_FIELD.synonyms },
  field("salary", "支給総額", "yen", "その年に支給した給与・賞与の総額。中途入社の前職分は「前職の支払金額」に書くか、その列がなければここに含める。", true),
  field("socialInsurance", "社会保険料", "yen", "給与・賞与から控除した社会保険料等（前職分は「前職の社会保険料等」に書くか、その列がなければここに含める）。", true),
  field("declaredSocialInsurance", "申告による社会保険料", "yen", "保険料控除申告書で申告された社会保険料（国民年金保険料など）。"),
  field("smallEnterprise", "小規模企業共済等掛金", "yen", "iDeCo・小規模企業共済等掛金（給与天引き分と申告分の合計）。"),
  field("withheld", "源泉徴収済額", "yen", "その年に源泉徴収した所得税及び復興特別所得税の合計（前職分は「前職の源泉徴収税額」に書くか、その列がなければここに含める）。", true),
  field("previousSalary", "前職の支払金額", "yen", "中途入社の人の、前の勤務先の源泉徴収票の「支払金額」。支給総額に足して年末調整します。"),
  field("previousSocialInsurance", "前職の社会保険料等", "yen", "前の勤務先の源泉徴収票の「社会保険料等の金額」（うち小規模企業共済等掛金は「小規模企業共済等掛金」の列へ）。"),
  field("previousWithheld", "前職の源泉徴収税額", "yen", "前の勤務先の源泉徴収票の「源泉徴収税額」。源泉徴収済額に足して過不足を出します。"),
  field("otherIncome", "給与以外の所得", "yen", "基礎控除申告書の「給与所得以外の所得の合計額」。"),
  field("spouseIncome", "配偶者の合計所得金額", "yen", "配偶者がいるときに記入（0 も記入）。空欄は配偶者なし。"),
  field("spouseElderly", "老人控除対象配偶者", "yesNo", "配偶者が70歳以上（その年12月31日現在）。"),
  field("general", "一般の扶養親族", "people", "控除対象扶養親族（16〜18歳・23〜69歳）の人数。"),
  field("specific", "特定扶養親族", "people", "19〜22歳の控除対象扶養親族の人数。"),
  field("elderly", "老人扶養親族", "people", "70歳以上の控除対象扶養親族のうち同居老親等以外の人数。"),
  field("elderlyParents", "同居老親等", "people", "同居老親等の人数。"),
  field("specificRelatives", "特定親族の合計所得金額", "yenList", "扶養親族の所得要件を超える19〜22歳の親族の合計所得金額。2人以上は / で区切る。"),
  field("disabled", "障害者", "people", "一般の障害者の人数（本人・同一生計配偶者・扶養親族）。"),
  field("speciallyDisabled", "特別障害者", "people", "特別障害者の人数（同居特別障害者を除く）。"),
  field("speciallyDisabledCohabiting", "同居特別障害者", "people", "同居特別障害者の人数。"),
  field("widow", "寡婦", "yesNo", "本人が寡婦。"),
  field("singleParent", "ひとり親", "yesNo", "本人がひとり親。"),
  field("workingStudent", "勤労学生", "yesNo", "本人が勤労学生。"),
  field("youngDependent", "23歳未満の扶養親族", "yesNo", "年齢23歳未満の扶養親族がいる。"),
  field("incomeAdjustment", "所得金額調整控除", "yesNo", "所得金額調整控除申告書の提出あり。空欄は「23歳未満の扶養親族」と同じ。"),
  field("newGeneral", "一般の生命保険料（新）", "yen", "平成24年以後の契約の一般の生命保険料（年間支払額）。"),
  field("oldGeneral", "一般の生命保険料（旧）", "yen", "平成23年以前の契約の一般の生命保険料。"),
  field("careMedical", "介護医療保険料", "yen", "介護医療保険料。"),
  field("newPension", "個人年金保険料（新）", "yen", "平成24年以後の契約の個人年金保険料。"),
  field("oldPension", "個人年金保険料（旧）", "yen", "平成23年以前の契約の個人年金保険料。"),
  field("earthquake", "地震保険料", "yen", "地震保険料。"),
  field("oldLongTerm", "旧長期損害保険料", "yen", "平成18年以前の長期損害保険契約の保険料。"),
  field("housingLoanCredit", "住宅借入金等特別控除額", "yen", "年末調整で控除する住宅借入金等特別控除額。"),
  field("systemAnnualTax", "システム年調年税額", "yen", "給与システムが出した年調年税額（比較用）。"),
  field("systemBalance", "システム過不足額", "signedYen", "給与システムの過不足額。還付は正、徴収は負（-1,200・▲1,200・△1,200）。"),
];

/** One row's values as read (yen, counts of people, yes/no); a blank cell is absent. */
export type StaffFields = { id?: string; name?: string; specificRelatives?: number[] } & Partial<Record<YenField | PeopleField, number>> &
  Partial<Record<YesNoField, boolean>>;

/** A problem of one row, named by its line and column. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** One employee's row as read: the parsed cells, and the problems of the row (empty when it is usable). */
export interface StaffRow {
  /** The line of the file the row starts on (the header is 1). */
  row: number;
  id: string;
  name: string;
  fields: StaffFields;
  errors: RowError[];
  /** The raw cells, for a reader who wants to see what was there. */
  cells: string[];
}

/** The 前職分 when any of its three columns is filled (a blank one of the three is 0). */
function previousEmployerOf(row: StaffFields): PreviousEmployer | undefined {
  const { previousSalary: salary, previousSocialInsurance: socialInsurance, previousWithheld: withheld } = row;
  if (salary === undefined && socialInsurance === undefined && withheld === undefined) return undefined;
  return { salary: salary ?? 0, socialInsurance: socialInsurance ?? 0, withheld: withheld ?? 0 };
}

/** A row's values as the core's YearEndInput of the 年分: blank amounts and counts are 0, blank yes/no is no. */
export function toInput(row: StaffFields, year: number): YearEndInput {
  const amount = (key: YenField | PeopleField) => row[key] ?? 0;
  const yes = (key: YesNoField) => row[key] ?? false;
  const young = yes("youngDependent");
  return {
    year,
    salary: amount("salary"),
    socialInsurance: amount("socialInsurance"),
    declaredSocialInsurance: amount("declaredSocialInsurance"),
    smallEnterpriseMutualAid: amount("smallEnterprise"),
    otherIncome: amount("otherIncome"),
    withheld: amount("withheld"),
    spouse: row.spouseIncome === undefined ? undefined : { totalIncome: amount("spouseIncome"), elderly: yes("spouseElderly") },
    dependents: { general: amount("general"), specific: amount("specific"), elderly: amount("elderly"), elderlyParents: amount("elderlyParents") },
    specificRelatives: row.specificRelatives ?? [],
    personal: {
      disabled: amount("disabled"), speciallyDisabled: amount("speciallyDisabled"), speciallyDisabledCohabiting: amount("speciallyDisabledCohabiting"),
      widow: yes("widow"), singleParent: yes("singleParent"), workingStudent: yes("workingStudent"),
    },
    youngDependent: young,
    // Blank: a 23歳未満の扶養親族 makes the employee eligible (租税特別措置法第41条の3の3第1項第2号).
    incomeAdjustmentEligible: row.incomeAdjustment === undefined ? young : yes("incomeAdjustment"),
    lifePremiums: { newGeneral: amount("newGeneral"), oldGeneral: amount("oldGeneral"), careMedical: amount("careMedical"), newPension: amount("newPension"), oldPension: amount("oldPension") },
    earthquakePremiums: { earthquake: amount("earthquake"), oldLongTerm: amount("oldLongTerm") },
    housingLoanCredit: amount("housingLoanCredit"),
    previousEmployer: previousEmployerOf(row),
  };
}
