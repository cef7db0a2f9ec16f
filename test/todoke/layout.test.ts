/**
 * Every field of a written record keeps the format of the documented layout (nenkin-csv.md 2.4–2.6, the
 * 「CSV形式届書作成仕様書」 facts): the layout is transcribed here as one pattern per field, and records written
 * for a 令和 person with flags set are checked against it column by column.
 */
import { dayOf } from "../../src/calc/dates/calendar";
import { santeiKiso } from "../../src/calc/socialInsurance/santeiKiso";
import { zuijiKaitei } from "../../src/calc/socialInsurance/zuijiKaitei";
import { bonusPayments } from "../../src/calc/socialInsurance/bonusPayment";
import { PaidResult } from "../../src/calc/socialInsurance/paidResult";
import { geppenFields, InsuredPerson, santeiFields, shoyoFields } from "../../src/todoke";
import { sampleOffice } from "./samples";

const ERA = /^[13579]$/;
const YY = /^\d{2}$/;
const YYMMDD = /^\d{6}$/;
const MM = /^(0[1-9]|1[0-2])$/;
const DAYS = /^([0-2]\d|3[01])$/;
const YEN7 = /^\d{7}$/;
const YEN = /^\d{1,7}$/;
const THOUSANDS4 = /^\d{4}$/;
const FLAG = /^(1|)$/;
const BLANK = /^$/;
const OFFICE = [/^\d{2}$/, /^\d{2}$/, /^[0-9A-Za-z\uff66-\uff9f]{1,4}$/];
const PERSON = [/^\d{1,6}$/, /^[\uff66-\uff9f]+( [\uff66-\uff9f]+)+$/, /^[^ ,]+(\u3000[^ ,]+)+$/, ERA, YYMMDD];

/** 算定基礎届 2225700, fields 1–53. */
const SANTEI = [/^2225700$/, ...OFFICE, ...PERSON, ERA, YY, /^09$/, THOUSANDS4, THOUSANDS4, ERA, YY, MM, MM, /^[12]$/, MM, YEN7,
  /^04$/, /^05$/, /^06$/, DAYS, DAYS, DAYS, YEN7, YEN7, YEN7, YEN7, YEN7, YEN7, YEN7, YEN7, YEN7, YEN7, YEN7, /^(\d{7}|)$/,
  BLANK, /^\d{4}$/, /^\d{6}$/, FLAG, BLANK, FLAG, FLAG, FLAG, FLAG, FLAG, FLAG, FLAG, /^.{0,75}$/, FLAG];
/** 月額変更届 2221700, fields 1–49. */
const GEPPEN = [/^2221700$/, ...OFFICE, ...PERSON, ERA, YY, MM, THOUSANDS4, THOUSANDS4, ERA, YY, MM, MM, /^[12]$/, MM, YEN,
  MM, MM, MM, DAYS, DAYS, DAYS, YEN, YEN, YEN, YEN, YEN, YEN, YEN, YEN, YEN, YEN, YEN, /^(\d{1,7}|)$/,
  BLANK, /^(\d{4}|)$/, /^(\d{6}|)$/, FLAG, FLAG, FLAG, /^.{1,75}$/, FLAG, /^.{0,75}$/, FLAG];
/** 賞与支払届 2265700, fields 1–21. */
const SHOYO = [/^2265700$/, ...OFFICE, ...PERSON, ERA, YYMMDD, YEN, YEN, /^\d{0,4}000$|^0$/, BLANK, /^(\d{4}|)$/, /^(\d{6}|)$/, FLAG, FLAG, /^(\d{2}|)$/, FLAG];

const person: InsuredPerson = { employeeId: "7", insuredNumber: "345", nameKana: "ﾚｲﾜ ﾊﾅｺ", nameKanji: "令和　花子", birthDate: dayOf(2001, 6, 3), basicPensionNumber: { office: "1234", serial: "567890" } };
const pay = (year: number, month: number, cash: number, fixedWage: number, basisDays = 30): PaidResult => ({ employeeId: "7", kind: "給与", payDay: dayOf(year, month, 25), basisDays, cash, inKind: 1_500, fixedWage });
const office = sampleOffice();

function checkAgainstLayout(layout: RegExp[], fields: { name: string; value: string }[]) {
  expect(fields).toHaveLength(layout.length);
  return fields.map((f, i) => [i + 1, f.name, f.value, layout[i]] as const);
}

describe("算定基礎届: 53 fields in the documented formats", () => {
  const santei = santeiKiso({ results: [pay(2026, 4, 241_000, 240_000, 16), pay(2026, 5, 252_000, 250_000), pay(2026, 6, 260_000, 250_000)], year: 2026, workerType: "short", midwayJoinMonth: 4 });
  const fields = santeiFields(office, {
    person, santei, workerType: "short", previousStandard: { health: 240_000, pension: 240_000 }, previousRevisionMonth: dayOf(2025, 9, 1),
    payChange: { month: 5, kind: "昇給" }, retroactive: { month: 5, amount: 2_000 }, seventyOrOver: true, multipleOffices: true,
    revisionScheduled: true, midwayJoin: true, adjustedAverage: 250_750, leave: true, annualAverage: true, note: "4月途中入社　資格取得日4月10日", seventyOrOverOnly: true,
  });
  test.each(checkAgainstLayout(SANTEI, fields))("%i %s 「%s」 matches %s", (_column, _name, value, pattern) => expect(value).toMatch(pattern));
});

describe("月額変更届: 49 fields in the documented formats", () => {
  const results = [pay(2026, 6, 250_000, 250_000), pay(2026, 7, 320_000, 310_000, 31), pay(2026, 8, 320_000, 310_000, 31), pay(2026, 9, 320_000, 310_000)];
  const [revision] = zuijiKaitei({ results, workerType: "specified", standard: { health: 260_000, pension: 260_000 } }).candidates;
  const fields = geppenFields(office, { person, revision, workerType: "specified", previousRevisionMonth: dayOf(2025, 9, 1), retroactive: { month: 8, amount: 10_000 }, multipleOffices: true, healthOnly: true, seventyOrOverOnly: true });
  test.each(checkAgainstLayout(GEPPEN, fields))("%i %s 「%s」 matches %s", (_column, _name, value, pattern) => expect(value).toMatch(pattern));
});

describe("賞与支払届: 21 fields in the documented formats", () => {
  const [bonus] = bonusPayments([{ employeeId: "7", kind: "賞与", payDay: dayOf(2026, 12, 4), cash: 10_250_300, inKind: 0 }]);
  const fields = shoyoFields(office, { person, bonus, seventyOrOver: true, multipleOffices: true, firstPaymentDayOfMonth: 4 });
  test.each(checkAgainstLayout(SHOYO, fields))("%i %s 「%s」 matches %s", (_column, _name, value, pattern) => expect(value).toMatch(pattern));
  test("amounts over 7 digits are capped: 通貨 9,999,999, 合計 9,999,000", () => {
    expect([fields[11].value, fields[13].value]).toEqual(["9999999", "9999000"]);
  });
});
