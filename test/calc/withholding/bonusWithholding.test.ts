/**
 * 賞与: the 算出率 path, the 10× boundary, and the 月額表 method (no previous pay, pay not above its social
 * insurance, more than 10×, 計算期間 over 6 months). Printed cells are quoted from the 令和8年分 tables.
 */
import { isoToDay } from "../../../src/calc/dates/calendar";
import { bonusWithholding } from "../../../src/calc/withholding/bonusWithholding";
import { bonusWithholdingRate } from "../../../src/calc/withholding/bonusWithholdingRate";
import { bonusRateTables } from "../../../src/calc/law/withholding";
import { pastHorizon } from "../../support/lawHorizon";

const R8 = "2026-12-10";
const R9 = "2027-06-10";

type Case = [id: string, day: string, bonus: number, prev: number, column: "甲" | "乙", dependents: number, months: number, expected: number];

const cases: Case[] = [
  ["算出率: 前月300,000 甲0 → 6.126%", R8, 500_000, 300_000, "甲", 0, 6, 30_630],
  ["算出率: 1円未満切捨て", R8, 123_457, 300_000, "甲", 0, 6, 7_562], // 123,457 × 6.126% = 7,562.97582
  ["10倍ちょうどは算出率の表", R8, 3_000_000, 300_000, "甲", 0, 6, 183_780], // 3,000,000 × 6.126%
  // 10倍超: 300,000 + 3,000,001 ÷ 6 = 800,000.1666… → 81,890 + 10,000.1666… × 23.483% (2,348.33…) = 84,238; 前月 7,930.
  ["10倍を1円超えると月額表", R8, 3_000_001, 300_000, "甲", 0, 6, (84_238 - 7_930) * 6],
  // 前月なし: 1,200,000 ÷ 6 = 200,000 → 月額表 199,000〜201,000 の甲0人 4,340.
  ["前月の給与なし (0)", R8, 1_200_000, 0, "甲", 0, 6, 4_340 * 6],
  ["前月の給与が社会保険料等以下 (マイナス)", R8, 1_200_000, -5_000, "甲", 0, 6, 4_340 * 6],
  // 計算期間7か月: 2,400,000 ÷ 12 = 200,000 → 4,340 × 12 (6か月なら 400,000 → 398,000〜401,000 の 15,650 × 6).
  ["計算期間が6か月を超える: 12分の1・12倍", R8, 2_400_000, 0, "甲", 0, 7, 4_340 * 12],
  ["計算期間6か月: 6分の1・6倍", R8, 2_400_000, 0, "甲", 0, 6, 15_650 * 6],
  ["6分の1がちょうど105,000円の行に入る", R8, 630_000, 0, "甲", 0, 6, 170 * 6],
  ["6分の1が105,000円に1/6円足りない", R8, 629_999, 0, "甲", 0, 6, 0],
  ["乙は扶養親族等を数えない (30.63%)", R8, 500_000, 300_000, "乙", 3, 6, 153_150],
  ["乙の月額表による計算: 100,000円の3.063%", R8, 600_000, 0, "乙", 2, 6, 3_063 * 6],
  ["甲8人は「7人以上」の欄 (前月300,000 → 0%)", R8, 500_000, 300_000, "甲", 8, 6, 0],
  // 月額表による場合は算出率の表を使わず、その年分の月額表で計算する（令和9年分の算出率の表がなくても）:
  // 1,200,000 ÷ 6 = 200,000 → 令和9年分 199,000〜201,000 の甲0人 4,170.
  ["令和9年分でも月額表による場合は計算できる", R9, 1_200_000, 0, "甲", 0, 6, 4_170 * 6],
];

test.each(cases)("%s (支払日 %s, 賞与 %i, 前月 %i, %s, 扶養 %i, %iか月) = %i", (_id, day, bonus, prev, column, dependents, months, expected) => {
  expect(bonusWithholding({ bonusTaxable: bonus, prevMonthTaxable: prev, dependents, column, paymentDate: isoToDay(day), periodMonths: months })).toBe(expected);
});

test("the 算出率の表 of the year after the data is not gathered: #N/A naming it", () => {
  const past = pastHorizon(bonusRateTables);
  const call = () => bonusWithholding({ bonusTaxable: 500_000, prevMonthTaxable: 300_000, dependents: 0, column: "甲", paymentDate: isoToDay(past.iso), periodMonths: 6 });
  expect(call).toThrow(`賞与に対する源泉徴収税額の算出率の表は${past.reiwaYear}`);
});

test("the rate cannot be read when there was no previous pay: #N/A pointing to the 月額表 method", () => {
  expect(() => bonusWithholdingRate({ prevMonthTaxable: 0, dependents: 0, column: "甲", paymentDate: isoToDay(R8) })).toThrow(/月額表による計算/);
});
