/**
 * Each 届書 record written from the public sample's inputs equals the sample line (nenkin-csv.md 2.4–2.6,
 * kirico's specs), field by field; the only difference is 個人番号, which Sonae never writes.
 */
import { santeiFields, geppenFields, shoyoFields, SanteiEntry } from "../../src/todoke";
import { zuijiKaitei } from "../../src/calc/socialInsurance/zuijiKaitei";
import { PaidResult } from "../../src/calc/socialInsurance/paidResult";
import { dayOf } from "../../src/calc/dates/calendar";
import { isoDay, sampleOffice, samples, withoutMyNumber } from "./samples";

const person = (s: any) => ({
  employeeId: "1",
  insuredNumber: s.ip_code,
  nameKana: s.ip_name_yomi,
  nameKanji: s.ip_name,
  birthDate: isoDay(s.birth_at),
  basicPensionNumber: s.basic_pension_number,
});

/** [column, field name, sample value, written value] for a table that prints the field that differs. */
function compare(expected: string[], fields: { name: string; value: string }[]) {
  expect(fields).toHaveLength(expected.length);
  return expected.map((value, i) => [i + 1, fields[i].name, value, fields[i].value] as const);
}

describe("算定基礎届 2225700 (53項目)", () => {
  const s = samples.santei_2225700.input;
  const months = (["apr", "may", "jun"] as const).map((m, i) => ({
    month: 4 + i,
    basisDays: s.days[m],
    cash: s.currency[m],
    inKind: s.goods[m],
    total: s.currency[m] + s.goods[m],
    counted: s.days[m] >= 17,
  }));
  const entry: SanteiEntry = {
    person: person(s),
    // 総計 over May and June only (April has 3 days); 平均 = 総計 ÷ 2, 1円未満切捨て.
    santei: { months, total: 555_555 + 555 + 666_666 + 666, average: Math.floor((555_555 + 555 + 666_666 + 666) / 2), applies: isoDay(s.applied_at) },
    workerType: "general",
    previousStandard: { health: s.old_monthly_standard_income_hel_ins, pension: s.old_monthly_standard_income_pns_ins },
    previousRevisionMonth: isoDay(s.old_applied_at),
    payChange: { month: 3, kind: s.income_updated_type },
    retroactive: { month: 5, amount: s.retroacted_payment },
    adjustedAverage: s.avg_adjustment,
    note: s.memo,
  };
  const fields = santeiFields(sampleOffice(s.office), entry);
  test.each(compare(withoutMyNumber(samples.santei_2225700.line, 40), fields))("%i %s: %s", (_column, _name, expected, written) => {
    expect(written).toBe(expected);
  });
  test("個人番号 (40) is left blank", () => expect(fields[39]).toEqual({ name: "個人番号", value: "" }));
});

test("the 月額変更届 sample has 49 fields, not 48: its last three (47 健康保険のみ, 48 備考, 49 70歳以上被用者届のみ提出) are empty", () => {
  const fields = samples.geppen_2221700.line.split(",");
  expect(fields).toHaveLength(49);
  expect(fields.slice(45)).toEqual(["基本給の変更", "", "", ""]);
  // Amounts are not zero-padded here (300000, 0), unlike the 算定基礎届 sample (0444444, 0000444).
  expect([fields[27], fields[30]]).toEqual(["300000", "0"]);
  expect([samples.santei_2225700.line.split(",")[27], samples.santei_2225700.line.split(",")[30]]).toEqual(["0444444", "0000444"]);
});

describe("月額変更届 2221700 (49項目), from the 随時改定 rule", () => {
  const s = samples.geppen_2221700.input;
  const pay = (month: number, fixedWage: number, days: number, cash: number): PaidResult => ({ employeeId: "1", kind: "給与", payDay: dayOf(2019, month, 25), basisDays: days, cash, inKind: 0, fixedWage });
  const results = [pay(8, 260_000, 31, 260_000), ...s.days.map((days: number, i: number) => pay(9 + i, 300_000, days, s.currency[i]))];
  const { candidates } = zuijiKaitei({ results, workerType: "general", standard: { health: s.old_monthly_standard_income_hel_ins, pension: s.old_monthly_standard_income_pns_ins } });
  test("one candidate, revised from the applied month of the sample", () => {
    expect(candidates).toHaveLength(1);
    expect(candidates[0].revisionMonth).toBe(isoDay(s.applied_at));
  });
  const fields = geppenFields(sampleOffice(s.office), {
    person: { ...person(s), basicPensionNumber: undefined },
    revision: candidates[0],
    workerType: "general",
    previousRevisionMonth: isoDay(s.old_applied_at),
    reason: s.reason,
  });
  test.each(compare(samples.geppen_2221700.line.split(","), fields))("%i %s: %s", (_column, _name, expected, written) => {
    expect(written).toBe(expected);
  });
});

describe("賞与支払届 2265700 (21項目)", () => {
  const s = samples.shoyo_2265700.input;
  const fields = shoyoFields(sampleOffice(s.office), {
    person: person(s),
    bonus: { payDay: isoDay(s.bonus_payment_at), cash: s.payment_in_currency, inKind: s.payment_in_goods, total: 999_000, health: 999_000, pension: 999_000 },
  });
  test.each(compare(withoutMyNumber(samples.shoyo_2265700.line, 15), fields))("%i %s: %s", (_column, _name, expected, written) => {
    expect(written).toBe(expected);
  });
});
