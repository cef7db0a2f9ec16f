/**
 * 賞与支払届 (健康保険・厚生年金保険 被保険者賞与支払届): one 2265700 record of 21 fields per bonus
 * (届書作成仕様書; kufu/kirico data_record2265700.rb). Amounts are written without zero-padding, as in the
 * public sample line; 合計 is (通貨 + 現物) with 1,000円未満切捨て, at most 9,999,000.
 */
import { Day } from "../calc/dates/calendar";
import { BonusPayment } from "../calc/socialInsurance/bonusPayment";
import { floorToThousandYen } from "../calc/money/rounding";
import { eraDate, eraYymmdd } from "./era";
import { Field, MAX_AMOUNT, amountField, capAmount, digits } from "./fields";
import { TodokeBuildResult, buildRecords } from "./build";
import { InsuredPerson, basicPensionNumberFields, flag, personFields, seventyOrOverIdentity } from "./person";
import { Office } from "./office";
import { officeFields } from "./recordParts";

export const SHOYO_FORM_CODE = "2265700";

export interface ShoyoEntry {
  person: InsuredPerson;
  /** The bonus, already computed (bonusPayments in src/calc). */
  bonus: BonusPayment;
  seventyOrOver?: boolean;
  multipleOffices?: boolean;
  /** 同一月内の賞与合算: the day (1–31) of the first bonus paid that month. */
  firstPaymentDayOfMonth?: number;
  seventyOrOverOnly?: boolean;
}

/** The 21 fields of one 賞与支払届 record. */
export function shoyoFields(office: Office, e: ShoyoEntry): Field[] {
  const paid = eraDate(e.bonus.payDay);
  return [
    { name: "様式コード", value: SHOYO_FORM_CODE },
    ...officeFields(office),
    ...personFields(e.person, true),
    { name: "賞与支払年月日 元号", value: paid.code },
    { name: "賞与支払年月日", value: eraYymmdd(paid) },
    amountField("賞与額（通貨）", capAmount(e.bonus.cash), false),
    amountField("賞与額（現物）", capAmount(e.bonus.inKind), false),
    amountField("賞与額（合計）", Math.min(floorToThousandYen(e.bonus.cash + e.bonus.inKind), floorToThousandYen(MAX_AMOUNT)), false),
    { name: "個人番号", value: "" },
    ...basicPensionNumberFields(e.person),
    { name: "70歳以上被用者", value: flag(e.seventyOrOver) },
    { name: "二以上勤務", value: flag(e.multipleOffices) },
    { name: "同一月内の賞与合算 初回支払日", value: e.firstPaymentDayOfMonth === undefined ? "" : String(e.firstPaymentDayOfMonth).padStart(2, "0"), rule: digits(0, 2) },
    { name: "70歳以上被用者届のみ提出", value: flag(e.seventyOrOverOnly) },
  ];
}

/**
 * The 賞与支払届 CSV for the bonuses.
 * @example buildShoyoCsv({ office, created: dayOf(2026, 7, 15), entries }) // { files: [{ name: "SHFD0006.CSV", … }], … }
 */
export function buildShoyoCsv(a: { office: Office; created: Day; entries: readonly ShoyoEntry[]; maxBytes?: number }): TodokeBuildResult {
  return buildRecords({ ...a, fieldsOf: (e) => shoyoFields(a.office, e), checksOf: (e) => seventyOrOverIdentity(e.person, e.seventyOrOver) });
}
