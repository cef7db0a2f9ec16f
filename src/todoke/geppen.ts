/**
 * 月額変更届 (健康保険・厚生年金保険 被保険者報酬月額変更届): one 2221700 record per person.
 *
 * Field count: 49. The sources disagree (48 or 49). Settled from the layout the implementations transcribed
 * from the spec itself: kufu/kirico's record was written "P169にある仕様に沿って" (its pull request #53, against
 * the 届書作成仕様書 of 2018-03, the edition that introduced this 様式コード), and its to_csv lists 49 values —
 * 1 様式コード … 46 理由, 47 健康保険のみ月額変更, 48 備考, 49 70歳以上被用者届のみ提出. Its sample line has 49
 * fields too: the last three are empty, so the line ends ",,," and a count by eye finds 48 — the likely origin
 * of "48". A second implementation states 「2221700・49項目」. The pages of 第16.2版 quoted in the project's
 * notes (p.35/38/64/69/136/137/141/342) do not cover this record, and the PDF is not available offline.
 *
 * Zero-padding: amounts (遡及支払額, 通貨, 現物, 合計, 総計, 平均, 修正平均) are written as plain numbers, 1–7 digits,
 * as in that transcription and its sample line (300000, 0) — unlike the 算定基礎届, whose layout pads them to 7
 * digits (0444444). 従前の標準報酬月額 are 4 digits in 千円 (0260) and 基礎日数 two digits (09) in both.
 */
import { Day, ymdOf } from "../calc/dates/calendar";
import { ZuijiKaiteiCandidate } from "../calc/socialInsurance/zuijiKaitei";
import { WorkerType } from "../calc/socialInsurance/teijiKettei";
import { eraDate } from "./era";
import { Field, amountField, capAmount, digits } from "./fields";
import { TodokeBuildResult, buildRecords } from "./build";
import { InsuredPerson, basicPensionNumberFields, flag, personFields, seventyOrOverIdentity } from "./person";
import { Office } from "./office";
import { monthField, officeFields, standardInThousands } from "./recordParts";

export const GEPPEN_FORM_CODE = "2221700";

export interface GeppenEntry {
  person: InsuredPerson;
  /** The 随時改定 of the person, already computed (zuijiKaitei in src/calc). */
  revision: ZuijiKaiteiCandidate;
  workerType: WorkerType;
  /** 従前の改定月 (its first day). */
  previousRevisionMonth?: Day;
  /** 遡及支払: the month (1–12) and the amount. */
  retroactive?: { month: number; amount: number };
  adjustedAverage?: number;
  seventyOrOver?: boolean;
  multipleOffices?: boolean;
  /** 月額変更に該当することになった理由 (≤75 bytes); default 「固定的賃金の変動（昇給）」. */
  reason?: string;
  healthOnly?: boolean;
  note?: string;
  seventyOrOverOnly?: boolean;
}

/** The 49 fields of one person's 月額変更届 record. */
export function geppenFields(office: Office, e: GeppenEntry): Field[] {
  const r = e.revision;
  const revised = eraDate(r.revisionMonth);
  const previous = e.previousRevisionMonth === undefined ? undefined : eraDate(e.previousRevisionMonth);
  const label = (m: (typeof r.months)[number]) => `${ymdOf(m.month).month}月`;
  return [
    { name: "様式コード", value: GEPPEN_FORM_CODE },
    ...officeFields(office),
    ...personFields(e.person, !e.seventyOrOver),
    { name: "改定年月 元号", value: revised.code },
    { name: "改定年月 年", value: revised.year },
    { name: "改定年月 月", value: revised.month },
    standardInThousands("従前の標準報酬月額（健保）", r.previous.health.amount),
    standardInThousands("従前の標準報酬月額（厚年）", r.previous.pension.amount),
    { name: "従前の改定月 元号", value: previous?.code ?? "" },
    { name: "従前の改定月 年", value: previous?.year ?? "" },
    { name: "従前の改定月 月", value: previous?.month ?? "" },
    monthField("昇（降）給 月", ymdOf(r.changeMonth).month),
    { name: "昇（降）給 区分", value: r.direction === "昇給" ? "1" : "2" },
    monthField("遡及支払月", e.retroactive?.month),
    e.retroactive ? amountField("遡及支払額", e.retroactive.amount, false) : { name: "遡及支払額", value: "" },
    ...r.months.map((m) => ({ name: `給与支給月（${label(m)}）`, value: String(ymdOf(m.month).month).padStart(2, "0") })),
    ...r.months.map((m) => ({ name: `給与計算の基礎日数（${label(m)}）`, value: String(m.basisDays).padStart(2, "0"), rule: digits(2) })),
    ...r.months.map((m) => amountField(`通貨によるものの額（${label(m)}）`, m.cash, false)),
    ...r.months.map((m) => amountField(`現物によるものの額（${label(m)}）`, m.inKind, false)),
    ...r.months.map((m) => amountField(`合計（${label(m)}）`, capAmount(m.total), false)),
    amountField("総計", capAmount(r.total), false),
    amountField("平均額", capAmount(r.average), false),
    e.adjustedAverage === undefined ? { name: "修正平均額", value: "" } : amountField("修正平均額", e.adjustedAverage, false),
    { name: "個人番号", value: "" },
    ...basicPensionNumberFields(e.person),
    { name: "70歳以上被用者", value: flag(e.seventyOrOver) },
    { name: "二以上勤務", value: flag(e.multipleOffices) },
    { name: "短時間労働者（特定適用事業所等）", value: flag(e.workerType === "specified") },
    { name: "月額変更に該当することになった理由", value: e.reason ?? `固定的賃金の変動（${r.direction}）`, rule: { charsets: ["any"], minBytes: 0, maxBytes: 75 } },
    { name: "健康保険のみ月額変更", value: flag(e.healthOnly) },
    { name: "備考", value: e.note ?? "", rule: { charsets: ["any"], minBytes: 0, maxBytes: 75 } },
    { name: "70歳以上被用者届のみ提出", value: flag(e.seventyOrOverOnly) },
  ];
}

/**
 * The 月額変更届 CSV for the confirmed candidates.
 * @example buildGeppenCsv({ office, created: dayOf(2026, 12, 1), entries }) // { files: [{ name: "SHFD0006.CSV", … }], … }
 */
export function buildGeppenCsv(a: { office: Office; created: Day; entries: readonly GeppenEntry[]; maxBytes?: number }): TodokeBuildResult {
  return buildRecords({ ...a, fieldsOf: (e) => geppenFields(a.office, e), checksOf: (e) => seventyOrOverIdentity(e.person, e.seventyOrOver) });
}
