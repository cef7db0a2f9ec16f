/**
 * The 従業員 master's record: its columns, their Japanese headers (the header row of Sonae's template;
 * "*" in the documentation marks the required ones), the header names other payroll exports use for the
 * same field, and what each accepts. The template maps itself; docs/master-template.md describes it for
 * users (test/import/examples.test.ts keeps the three in step).
 */
import { FieldSpec, Schema } from "./schema";

export type MasterField =
  | "id" | "name" | "nameKana" | "birthDate" | "hireDate" | "leaveDate" | "department" | "payType" | "baseSalary"
  | "fixedAllowance" | "commuteAllowance" | "commuteExempt" | "healthInsurer" | "healthStandard" | "pensionStandard"
  | "care" | "employmentInsurance" | "taxColumn" | "dependents" | "residentTax"
  | "bankCode" | "branchCode" | "accountType" | "accountNumber" | "holderKana"
  | "bankCode2" | "branchCode2" | "accountType2" | "accountNumber2" | "holderKana2" | "fixedAmount2"
  | "insuredNumber" | "previousRevisionMonth" | "workerType" | "multipleOffices" | "officer" | "gender";

function field(key: MasterField, header: string, required: boolean, synonyms: string[], help: string): FieldSpec<MasterField> {
  return { key, header, required, synonyms, help };
}

const ACCOUNT: { key: MasterField; header: string; synonyms: string[]; help: string }[] = [
  { key: "bankCode", header: "銀行コード", synonyms: ["金融機関コード", "銀行番号", "振込銀行コード", "振込先銀行コード", "銀行CD"], help: "全銀の金融機関コード 4桁（0001）。数値になって 0 が落ちたもの（1）は 0 を補って注意を出します。" },
  { key: "branchCode", header: "支店コード", synonyms: ["支店番号", "店番", "店番号", "振込支店コード", "振込先支店コード", "支店CD"], help: "支店コード 3桁（001）。" },
  { key: "accountType", header: "預金種目", synonyms: ["口座種別", "預金種別", "預金種類", "口座種目", "預金種別コード", "口座区分", "預金区分"], help: "普通・当座・貯蓄、または全銀のコード 1・2・4。" },
  { key: "accountNumber", header: "口座番号", synonyms: ["振込口座番号", "振込先口座番号"], help: "口座番号 7桁まで（7桁に満たないものは先頭を 0 で埋めます）。" },
  { key: "holderKana", header: "口座名義カナ", synonyms: ["口座名義人カナ", "名義人カナ", "預金者名カナ", "受取人名", "受取人名カナ", "口座名義(カナ)", "口座名義人(カナ)", "口座名義"], help: "振込先の口座名義（カナ）。空欄なら氏名カナを使います。" },
];

const SECOND = (s: string) => [`${s}2`, `${s}(2)`, `第2${s}`, `第2口座${s}`, `口座2${s}`, `振込先2${s}`, `2口座目${s}`];

export const MASTER_SCHEMA: Schema<MasterField> = [
  field("id", "社員番号", true, ["従業員番号", "社員コード", "従業員コード", "社員NO", "社員No.", "社員CD", "従業員CD", "職員番号", "職員コード", "個人コード", "社員ID", "従業員ID"], "会社が決めた番号。先頭の 0 も文字として保ちます（0012）。英数字 20 文字まで。"),
  field("name", "氏名", true, ["従業員氏名", "社員氏名", "職員氏名", "名前", "氏名(漢字)", "従業員名", "社員名", "姓名", "漢字氏名"], "氏名（書かれたまま取り込みます）。"),
  field("nameKana", "氏名カナ", false, ["フリガナ", "ふりがな", "氏名フリガナ", "氏名(フリガナ)", "氏名(カナ)", "カナ氏名", "従業員カナ", "社員名カナ", "従業員氏名カナ", "ヨミ", "カナ"], "氏名のフリガナ。"),
  field("birthDate", "生年月日", true, ["誕生日", "生年月日(西暦)", "生年月日(和暦)", "生年月"], "西暦（1985/4/1, 1985-04-01, 19850401）、和暦（昭和60年4月1日, S60.4.1）、Excel の日付。介護保険の判定に使います。"),
  field("hireDate", "入社日", false, ["入社年月日", "採用日", "採用年月日", "雇入日", "雇入年月日", "入社年月"], "生年月日と同じ形式。"),
  field("leaveDate", "退職日", false, ["退職年月日", "離職日", "離職年月日"], "生年月日と同じ形式。"),
  field("department", "所属", false, ["部署", "部門", "所属部署", "所属名", "部署名", "部門名", "所属部門"], "所属（書かれたまま）。"),
  field("payType", "給与形態", false, ["支給形態", "給与区分", "給与体系", "賃金形態", "支払形態", "給与支給形態"], "月給・日給・時給（空欄は月給）。"),
  field("baseSalary", "基本給", true, ["基本給額", "基本給月額", "基本賃金", "基本給(月額)", "基本給単価", "基本給与"], "月給は月額、日給は日額、時給は時間額（円、整数）。"),
  field("fixedAllowance", "固定手当", false, ["固定手当額", "固定手当合計", "諸手当", "諸手当合計", "手当合計", "その他手当"], "毎月定額の課税手当の合計（円）。空欄は 0。"),
  field("commuteAllowance", "通勤手当", false, ["通勤手当額", "通勤手当月額", "通勤費", "交通費", "通勤交通費"], "通勤手当の月額（円）。空欄は 0。"),
  field("commuteExempt", "通勤手当の非課税額", false, ["通勤手当非課税額", "非課税通勤手当", "通勤非課税額", "非課税通勤費", "非課税交通費", "通勤手当(非課税)"], "通勤手当のうち非課税の額（円、通勤手当以下）。空欄は 0（全額課税）として注意を出します。"),
  field("healthInsurer", "健康保険", true, ["健康保険者", "保険者", "健保", "健康保険組合", "協会けんぽ支部", "健保支部", "加入健保", "健康保険の種類"], "協会けんぽの都道府県（東京都・東京・13）か、健康保険組合の料率（9.5%、介護分も 9.5%/1.8%）。"),
  field("healthStandard", "健保標準報酬月額", false, ["健康保険標準報酬月額", "標準報酬月額", "標準報酬月額(健保)", "健保標準報酬", "健康保険標準報酬", "健保標報"], "健康保険の標準報酬月額（等級表の金額）。空欄は健康保険の被保険者でないものとして扱います。"),
  field("pensionStandard", "厚年標準報酬月額", false, ["厚生年金標準報酬月額", "標準報酬月額(厚年)", "厚年標準報酬", "厚生年金標準報酬", "厚年標報"], "厚生年金の標準報酬月額（等級表の金額）。空欄は厚生年金の被保険者でないものとして扱います。"),
  field("care", "介護", false, ["介護保険", "介護保険対象", "介護保険区分", "介護区分", "介護保険該当"], "空欄・自動は生年月日から判定（40歳〜64歳）。あり・なしで上書き。"),
  field("employmentInsurance", "雇用保険", false, ["雇用保険区分", "雇用保険事業区分", "事業区分", "雇用保険加入", "雇用保険加入区分"], "一般・農林水産・清酒製造・建設、または対象外（空欄は一般）。"),
  field("taxColumn", "税区分", true, ["税表区分", "甲乙区分", "甲乙", "税額表区分", "源泉税区分", "所得税区分", "税額表", "源泉区分"], "甲（扶養控除等申告書の提出あり）・乙。"),
  field("dependents", "扶養親族等の数", true, ["扶養人数", "扶養親族数", "扶養親族等数", "税扶養人数", "源泉扶養人数", "扶養親族の数", "扶養数"], "源泉徴収税額表の扶養親族等の数（0 以上の整数）。"),
  field("residentTax", "住民税", false, ["住民税額", "住民税月額", "特別徴収額", "住民税(月額)", "住民税特別徴収額", "特別徴収税額"], "住民税（特別徴収）の今月の額（円）。空欄は 0。"),
  ...ACCOUNT.map((a) => field(a.key, a.header, false, a.synonyms, a.help)),
  ...ACCOUNT.map((a) =>
    field(`${a.key}2` as MasterField, `${a.header}2`, false, [a.header, ...a.synonyms].flatMap(SECOND).filter((s) => s !== `${a.header}2`), `2つ目の振込先: ${a.help}`),
  ),
  field("fixedAmount2", "振込額2", false, SECOND("振込額").concat(SECOND("振込金額"), SECOND("固定額"), SECOND("固定振込額")).filter((s) => s !== "振込額2"), "2つ目の口座に振り込む定額（円）。残りは1つ目の口座へ。"),
  field("insuredNumber", "被保険者整理番号", false, ["整理番号", "健保整理番号", "社保整理番号", "被保険者整理No"], "資格取得のときに年金事務所が付けた番号（数字 6 桁まで）。届書（算定基礎届など）に書きます。"),
  field("previousRevisionMonth", "従前の改定月", false, ["従前改定月", "前回改定月", "改定年月", "標準報酬改定年月"], "いまの標準報酬月額が決まった月（2025-09 の形）。算定基礎届の⑥に書きます。"),
  field("workerType", "勤務区分", false, ["社保区分", "勤務形態", "雇用形態"], "一般・パート（短時間就労者）・短時間労働者（特定適用事業所等）。算定基礎届の支払基礎日数の基準が変わります。空欄は一般。"),
  field("multipleOffices", "二以上勤務", false, ["二以上事業所勤務", "二以上事業所勤務者", "二以上勤務者"], "2つ以上の事業所で社会保険の被保険者のとき「はい」（空欄はいいえ）。届書の「二以上勤務」に書きます。"),
  field("officer", "役員", false, ["役員区分", "役員フラグ", "役員該当", "役員の別"], "役員は「はい」（労災保険・雇用保険の外）、兼務役員（役員で労働者扱いの人）は「兼務」。空欄は役員でない。労働保険の年度更新に使います。"),
  field("gender", "性別", false, ["男女", "男女区分", "性別区分"], "男・女。賃金台帳（労働基準法施行規則第54条）に書きます。給与計算には使いません。"),
];

/** The template's header row, as written to templates/master-template.csv. */
export const MASTER_TEMPLATE_HEADERS: readonly string[] = MASTER_SCHEMA.map((f) => f.header);
