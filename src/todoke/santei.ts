/**
 * 算定基礎届 (健康保険・厚生年金保険 被保険者報酬月額算定基礎届): one 2225700 record of 53 fields per person
 * (2018年3月以降の様式; 届書作成仕様書, kufu/kirico data_record2225700.rb), framed into SHFD0006.CSV.
 */
import { Day } from "../calc/dates/calendar";
import { SanteiKiso } from "../calc/socialInsurance/santeiKiso";
import { WorkerType } from "../calc/socialInsurance/teijiKettei";
import { eraDate } from "./era";
import { Field, amountField, capAmount, digits } from "./fields";
import { InsuredPerson, basicPensionNumberFields, flag, personFields, seventyOrOverIdentity } from "./person";
import { Office } from "./office";
import { PersonCheck, TodokeBuildResult, buildRecords } from "./build";
import { officeFields, standardInThousands, monthField } from "./recordParts";

export const SANTEI_FORM_CODE = "2225700";

export interface SanteiEntry {
  person: InsuredPerson;
  /** The 定時決定 of the person, already computed (santeiKiso in src/calc). */
  santei: SanteiKiso;
  workerType: WorkerType;
  /** ⑤ 従前の標準報酬月額 (a scheme the person is not insured in stays blank). */
  previousStandard?: { health?: number; pension?: number };
  /** ⑥ 従前の改定月 (its first day). */
  previousRevisionMonth?: Day;
  /** ⑦ 昇(降)給: the month (1–12) and which. */
  payChange?: { month: number; kind: "昇給" | "降給" };
  /** ⑧ 遡及支払額: the month (1–12) and the amount. */
  retroactive?: { month: number; amount: number };
  /** ⑯ 修正平均額, when the clerk has worked one out. */
  adjustedAverage?: number;
  /** ⑱ 備考. */
  seventyOrOver?: boolean;
  multipleOffices?: boolean;
  revisionScheduled?: boolean;
  midwayJoin?: boolean;
  leave?: boolean;
  annualAverage?: boolean;
  note?: string;
  seventyOrOverOnly?: boolean;
}

/** The 53 fields of one person's 算定基礎届 record. */
export function santeiFields(office: Office, e: SanteiEntry): Field[] {
  const applies = eraDate(e.santei.applies);
  const previous = e.previousRevisionMonth === undefined ? undefined : eraDate(e.previousRevisionMonth);
  const months = e.santei.months;
  const perMonth = (name: string, pick: (m: (typeof months)[number]) => number) =>
    months.map((m) => amountField(`${name}（${m.month}月）`, pick(m), true));
  return [
    { name: "様式コード", value: SANTEI_FORM_CODE },
    ...officeFields(office),
    ...personFields(e.person, !e.seventyOrOver),
    { name: "適用年月 元号", value: applies.code },
    { name: "適用年月 年", value: applies.year },
    { name: "適用年月 月", value: applies.month },
    standardInThousands("従前の標準報酬月額（健保）", e.previousStandard?.health),
    standardInThousands("従前の標準報酬月額（厚年）", e.previousStandard?.pension),
    { name: "従前の改定月 元号", value: previous?.code ?? "" },
    { name: "従前の改定月 年", value: previous?.year ?? "" },
    { name: "従前の改定月 月", value: previous?.month ?? "" },
    monthField("昇（降）給 月", e.payChange?.month),
    { name: "昇（降）給 区分", value: e.payChange ? (e.payChange.kind === "昇給" ? "1" : "2") : "" },
    monthField("遡及支払月", e.retroactive?.month),
    e.retroactive ? amountField("遡及支払額", e.retroactive.amount, true) : { name: "遡及支払額", value: "" },
    ...months.map((m) => ({ name: `給与支給月（${m.month}月）`, value: String(m.month).padStart(2, "0") })),
    ...months.map((m) => ({ name: `給与計算の基礎日数（${m.month}月）`, value: String(m.basisDays).padStart(2, "0"), rule: digits(2) })),
    ...perMonth("通貨によるものの額", (m) => m.cash),
    ...perMonth("現物によるものの額", (m) => m.inKind),
    ...perMonth("合計", (m) => capAmount(m.total)),
    amountField("総計", capAmount(e.santei.total), true),
    amountField("平均額", capAmount(e.santei.average), true),
    e.adjustedAverage === undefined ? { name: "修正平均額", value: "" } : amountField("修正平均額", e.adjustedAverage, true),
    { name: "個人番号", value: "" },
    ...basicPensionNumberFields(e.person),
    { name: "70歳以上被用者算定", value: flag(e.seventyOrOver) },
    { name: "70歳以上被用者 算定基礎月", value: "" },
    { name: "二以上勤務", value: flag(e.multipleOffices) },
    { name: "月額変更予定", value: flag(e.revisionScheduled) },
    { name: "途中入社", value: flag(e.midwayJoin) },
    { name: "病休・育休・休職等", value: flag(e.leave) },
    { name: "短時間労働者（特定適用事業所等）", value: flag(e.workerType === "specified") },
    { name: "パート", value: flag(e.workerType === "short") },
    { name: "年間平均", value: flag(e.annualAverage) },
    { name: "備考", value: e.note ?? "", rule: { charsets: ["any"], minBytes: 0, maxBytes: 75 } },
    { name: "70歳以上被用者届のみ提出", value: flag(e.seventyOrOverOnly) },
  ];
}

/**
 * The 算定基礎届 CSV for the entries: the file (split if large), each record written, and every problem.
 * No file is produced while any problem is an error.
 * @example buildSanteiCsv({ office, created: dayOf(2026, 7, 1), entries }) // { files: [{ name: "SHFD0006.CSV", … }], records, problems: [] }
 */
export function buildSanteiCsv(a: { office: Office; created: Day; entries: readonly SanteiEntry[]; maxBytes?: number }): TodokeBuildResult {
  return buildRecords({ ...a, fieldsOf: (e) => santeiFields(a.office, e), checksOf: santeiChecks });
}

/** What the clerk should look at before filing: no month that counts (保険者決定), a missing identity. */
export function santeiChecks(e: SanteiEntry): PersonCheck[] {
  const checks: PersonCheck[] = seventyOrOverIdentity(e.person, e.seventyOrOver);
  if (!e.santei.months.some((m) => m.counted)) {
    const days = e.santei.months.map((m) => `${m.month}月 ${m.basisDays}日`).join("・");
    checks.push({ field: "給与計算の基礎日数", value: days, message: "支払基礎日数の基準を満たす月がありません。平均額は0になります（保険者決定。年金事務所に相談してください）。", severity: "warning" });
  }
  return checks;
}
