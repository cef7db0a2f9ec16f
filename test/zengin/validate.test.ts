/**
 * Value checks and the bank-holiday rule. Holidays are 内閣府「国民の祝日について」 令和8年 (2026) and
 * 令和9年 (2027) (https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html); the other closed days are 銀行法
 * 第15条第1項 (日曜日) and 銀行法施行令第5条第1項 (祝日法の休日, 12月31日〜1月3日, 土曜日).
 */
import { dayOf, isoOf, readIsoDay } from "../../src/calc/dates/calendar";
import { checkBankDay, holidayDataRange, previousBusinessDay } from "../../src/zengin/bankHoliday";
import {
  AMOUNT_MAX,
  checkAccountNumber,
  checkAccountType,
  checkAmount,
  checkCode,
  checkCustomerCode,
  duplicatePayees,
  mmdd,
  PAYEE_ACCOUNT_TYPES,
  transferDateWarning,
} from "../../src/zengin/validate";
import { nonEmpty } from "./support";

const day = (iso: string) => {
  const d = readIsoDay(iso);
  if (d === undefined) throw new Error(iso);
  return d;
};

describe("bank holidays", () => {
  const holidays = nonEmpty(
    [
      ["2026-01-01", "元日"],
      ["2026-01-02", "年末年始（12月31日〜1月3日）"],
      ["2026-01-03", "年末年始（12月31日〜1月3日）"], // a Saturday too: the year-end rule is named first
      ["2026-01-12", "成人の日"],
      ["2026-05-06", "こどもの日 振替休日"], // 5/3 憲法記念日 is a Sunday
      ["2026-09-21", "敬老の日"],
      ["2026-09-22", "休日"], // 国民の休日 between 敬老の日 and 秋分の日 (祝日法第3条第3項)
      ["2026-09-23", "秋分の日"],
      ["2026-11-23", "勤労感謝の日"], // a Monday
      ["2026-12-31", "年末年始（12月31日〜1月3日）"],
      ["2026-11-28", "土曜日"],
      ["2026-11-29", "日曜日"],
      ["2027-01-11", "成人の日"],
    ],
    "holidays",
  );
  test.each(holidays)("%s is closed: %s", (iso, reason) => {
    expect(checkBankDay(day(iso))).toEqual({ kind: "holiday", reason });
  });

  test.each([["2026-11-25"], ["2026-11-24"], ["2026-12-30"], ["2027-01-04"], ["2026-09-24"]])("%s is a business day", (iso) => {
    expect(checkBankDay(day(iso))).toEqual({ kind: "business" });
  });

  test.each([
    // 9/19 土, 9/20 日, 9/21 敬老の日, 9/22 休日 → 9/18 (金)
    ["2026-09-22", "2026-09-18"],
    // 1/3 → 1/2, 1/1, 12/31 closed → 12/30 (水)
    ["2027-01-03", "2026-12-30"],
    // 11/23 (月) 勤労感謝の日 → 11/20 (金)
    ["2026-11-23", "2026-11-20"],
    ["2026-11-29", "2026-11-27"],
  ])("previous business day of %s is %s", (iso, expected) => {
    const p = previousBusinessDay(day(iso));
    expect(p === undefined ? undefined : isoOf(p)).toBe(expected);
  });

  test("the warning names the day, the reason and proposes the previous business day", () => {
    const w = transferDateWarning(day("2026-09-22"));
    expect(w).toContain("2026年9月22日");
    expect(w).toContain("休日");
    expect(w).toContain("2026-09-18");
    expect(transferDateWarning(day("2026-11-25"))).toBeUndefined();
  });

  test("outside the holiday data the day is unknown, never assumed open", () => {
    const { first, last } = holidayDataRange();
    expect(first).toBeLessThanOrEqual(2026);
    expect(last).toBeGreaterThanOrEqual(2027);
    const after = dayOf(last + 1, 3, 3);
    expect(checkBankDay(after).kind).toBe("unknown");
    expect(transferDateWarning(after)).toContain("範囲外");
  });
});

test.each([
  ["銀行番号 0005", "0005", 4, undefined],
  ["leading zero lost", "5", 4, "4桁の数字で指定してください（先頭の0が落ちていませんか。例: 0005）。"],
  ["too long", "00051", 4, "4桁の数字で指定してください。"],
  ["letters", "ABCD", 4, "4桁の数字で指定してください。"],
  ["full-width digits are not digits", "０００５", 4, "4桁の数字で指定してください。"],
  ["支店番号 001", "001", 3, undefined],
  ["依頼人コード 10 digits", "0000012345", 10, undefined],
  ["依頼人コード 9 digits", "000012345", 10, "10桁の数字で指定してください（先頭の0が落ちていませんか。例: 0000012345）。"],
])("code: %s", (_id, value, digits, message) => {
  expect(checkCode(value, digits)).toBe(message);
});

test.each([
  // 振込金額 N(10): 1 to 9,999,999,999 (= 10^10 − 1)
  ["0円", 0, false],
  ["1円", 1, true],
  ["9,999,999,999円", 10 ** 10 - 1, true],
  ["10,000,000,000円", 10 ** 10, false],
  ["fraction", 100.5, false],
  ["negative", -1, false],
])("amount %s valid: %s", (_id, amount, ok) => {
  expect(AMOUNT_MAX).toBe(10 ** 10 - 1);
  expect(checkAmount(amount) === undefined).toBe(ok);
});

test.each([
  ["1", true],
  ["1234567", true],
  ["12345678", false],
  ["", false],
  ["12-34", false],
])("口座番号 %s valid: %s", (value, ok) => {
  expect(checkAccountNumber(value) === undefined).toBe(ok);
});

test.each([
  ["1", true],
  ["2", true],
  ["4", true],
  ["9", false],
  ["0", false],
])("預金種目 %s valid for a payee: %s", (value, ok) => {
  expect(checkAccountType(value, PAYEE_ACCOUNT_TYPES) === undefined).toBe(ok);
});

test("the account-type message lists what is allowed", () => {
  expect(checkAccountType("9", PAYEE_ACCOUNT_TYPES)).toBe("1（普通）・2（当座）・4（貯蓄）のいずれかで指定してください。");
});

test.each([
  ["", true],
  ["101", true],
  ["1234567890", true],
  ["12345678901", false],
  ["E101", false],
])("顧客コード %s valid: %s", (value, ok) => {
  expect(checkCustomerCode(value) === undefined).toBe(ok);
});

test("振込指定日 MMDD and strict ISO dates", () => {
  expect(mmdd(day("2026-01-05"))).toBe("0105");
  expect(mmdd(day("2026-12-25"))).toBe("1225");
  expect(readIsoDay("2026-02-30")).toBeUndefined();
  expect(readIsoDay("2026/11/25")).toBeUndefined();
});

test("duplicate payees: the same bank, branch, type and number (leading zeros ignored) → the first row", () => {
  const a = { bankCode: "0005", branchCode: "001", accountType: "1", accountNumber: "123456" };
  const dup = duplicatePayees([a, undefined, { ...a, accountNumber: "0123456" }, { ...a, accountType: "2" }, a]);
  expect([...dup.entries()]).toEqual([
    [2, 1],
    [4, 1],
  ]);
});
