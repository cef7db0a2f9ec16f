import { paymentBasisDays } from "../../../src/calc/socialInsurance/paymentBasisDays";
import { fullWidthSpaced, halfWidthKana } from "../../../src/jobs/todoke/insuredPerson";

describe("paymentBasisDays (日本年金機構「算定基礎届の記入・提出ガイドブック」)", () => {
  test("月給: the 暦日 of the wage period (4月 30, 5月 31; 20日締め 3/21〜4/20 is 31)", () => {
    expect(paymentBasisDays({ payType: "monthly", calendarDays: 30 })).toBe(30);
    expect(paymentBasisDays({ payType: "monthly", calendarDays: 31 })).toBe(31);
  });
  test("月給 with 欠勤控除: 所定労働日数 20 − 欠勤 3 = 17; a half day still counts as a day with pay (20 − 2.5 → 18)", () => {
    expect(paymentBasisDays({ payType: "monthly", calendarDays: 31, absenceDays: 3, scheduledDays: 20 })).toBe(17);
    expect(paymentBasisDays({ payType: "monthly", calendarDays: 31, absenceDays: 2.5, scheduledDays: 20 })).toBe(18);
  });
  test("日給・時給: 出勤日数; unknown without it", () => {
    expect(paymentBasisDays({ payType: "daily", calendarDays: 31, workDays: 16 })).toBe(16);
    expect(paymentBasisDays({ payType: "hourly", calendarDays: 31 })).toBeUndefined();
  });
});

describe("the names as the 届書 write them", () => {
  test("カナ: half-width, one half-width space; 濁点・半濁点 become their own half-width marks", () => {
    expect(halfWidthKana("ヨシダ　タロウ")).toBe("ﾖｼﾀﾞ ﾀﾛｳ");
    expect(halfWidthKana("ぱく  じょんう")).toBe("ﾊﾟｸ ｼﾞｮﾝｳ");
  });
  test("漢字: one full-width space; a character the 届書 cannot carry is left for the builder to refuse", () => {
    expect(fullWidthSpaced("見本 一郎")).toBe("見本　一郎");
    expect(fullWidthSpaced("髙橋  一")).toBe("髙橋　一");
  });
});
