/**
 * The 申告書's remaining rules, one table each, the arithmetic written out in each case:
 * ④⑤ 1か月平均使用労働者数 (年度更新のしおり: 12か月の人数の合計 ÷ 12, 小数点以下切捨て; 勘定奉行's 集計表: 0 なら 1人),
 * ⑳ 差引額 (徴収法第19条第3項・第6項), 充当 (施行規則第37条), 期別納付額 (施行規則第27条, 端数は第1期).
 */
import { dayOf } from "../../../src/calc/dates/calendar";
import { employedOnClosingDate, monthlyAverageHeadcount } from "../../../src/calc/laborInsurance/averageHeadcount";
import { appropriate, confirmedBalance, instalmentPayments } from "../../../src/calc/laborInsurance/settlement";
import { referenceYaml } from "../../support/reference";

const official = referenceYaml("labor-insurance/nendo-declaration.yaml") as any;

const d = (iso: string) => dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

describe("1か月平均使用労働者数: the 12 monthly counts added, ÷ 12, 小数点以下切捨て", () => {
  test.each([
    [[5, 5, 5, 4, 4, 4, 5, 5, 5, 5, 5, 5], 4, "57 ÷ 12 = 4.75 → 4"],
    [[3, 3, 3, 2, 2, 2, 3, 3, 3, 3, 3, 3], 2, "33 ÷ 12 = 2.75 → 2"],
    [[10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10], 10, "120 ÷ 12 = 10"],
    [[12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 11], 11, "143 ÷ 12 = 11.916… → 11 (never rounded up)"],
    [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1], 1, "2 ÷ 12 = 0.166… → 0, but a year with workers gives 1"],
    [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "nobody all year → 0"],
  ])("%j → %i (%s)", (counts, average, _why) => {
    expect(monthlyAverageHeadcount(counts)).toBe(average);
  });

  test("as gathered: 12 months, ÷ 12, 小数点以下切捨て, below one → 1 (labor-insurance/nendo-declaration.yaml)", () => {
    const { months, divisor, rounding, below_one } = official.average_headcount;
    expect([months, divisor, rounding, below_one]).toEqual([12, 12, "小数点以下切捨て", 1]);
    // 23 workers over the year: 23 ÷ 12 = 1.91… → 1 (cut, not rounded); 11 ÷ 12 = 0.91… → 1 (below one).
    expect(monthlyAverageHeadcount([2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1])).toBe(Math.floor(23 / divisor));
    expect(monthlyAverageHeadcount([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0])).toBe(below_one);
  });

  test("it takes exactly twelve months", () => {
    expect(() => monthlyAverageHeadcount([1, 2, 3])).toThrow("12か月");
  });
});

describe("on the roll on a 賃金締切日: hired by it, not left before it", () => {
  test.each([
    [{}, "2025-04-30", true, "no dates: on the roll"],
    [{ hire: "2025-04-30" }, "2025-04-30", true, "hired on the 締切日 itself"],
    [{ hire: "2025-05-01" }, "2025-04-30", false, "hired the day after"],
    [{ leave: "2025-06-30" }, "2025-06-30", true, "退職日 = 締切日: the last day employed"],
    [{ leave: "2025-06-29" }, "2025-06-30", false, "left the day before"],
    [{ leave: "2025-06-25" }, "2025-06-20", true, "20日締め: leaving on 6/25 is after the 6/20 締切日"],
  ] as const)("%j on %s → %s (%s)", (dates, closing, onRoll, _why) => {
    const a = { closingDate: d(closing), ...("hire" in dates && { hire: d(dates.hire) }), ...("leave" in dates && { leave: d(dates.leave) }) };
    expect(employedOnClosingDate(a)).toBe(onRoll);
  });
});

describe("⑳差引額: 確定保険料 − 申告済概算保険料額", () => {
  test.each([
    [233_750, 250_000, { shortfall: 0, excess: 16_250 }, "250,000 − 233,750 = 16,250 over"],
    [233_750, 200_000, { shortfall: 33_750, excess: 0 }, "233,750 − 200,000 = 33,750 short"],
    [233_750, 233_750, { shortfall: 0, excess: 0 }, "equal: nothing either way"],
    [233_750, 0, { shortfall: 233_750, excess: 0 }, "nothing declared last year (0 is a declaration): all short"],
  ])("確定 %i, 申告済 %i → %j (%s)", (confirmed, declared, balance, _why) => {
    expect(confirmedBalance({ confirmed, declared })).toEqual(balance);
  });
});

describe("充当: 第1期 and the 一般拠出金 first (both due with the 申告書), then 第2期, 第3期; the rest is 還付額", () => {
  const ennou = [180_494, 180_493, 180_493];
  test.each([
    [25_703, ennou, 656, { premium: [25_703, 0, 0], levy: 0, refund: 0 }, "inside 第1期"],
    [180_900, ennou, 656, { premium: [180_494, 0, 0], levy: 406, refund: 0 }, "180,900 − 180,494 = 406 to the 一般拠出金"],
    [225_703, ennou, 656, { premium: [180_494, 44_553, 0], levy: 656, refund: 0 }, "225,703 − 180,494 − 656 = 44,553 to 第2期"],
    [600_000, ennou, 656, { premium: ennou, levy: 656, refund: 57_864 }, "600,000 − 541,480 − 656 = 57,864 refunded"],
    [16_250, [220_987], 324, { premium: [16_250], levy: 0, refund: 0 }, "paid at once: one 期"],
    [0, [220_987], 324, { premium: [0], levy: 0, refund: 0 }, "no 超過額"],
  ])("超過額 %i over %j and 一般拠出金 %i → %j (%s)", (excess, instalments, levy, appropriation, _why) => {
    expect(appropriate({ excess, instalments, levy })).toEqual(appropriation);
  });
});

describe("期別納付額: 概算 − 充当 (+ 不足額 + 一般拠出金 − 一般拠出金充当 in the first)", () => {
  test("paid at once with an 超過額: 220,987 − 16,250 + 324 = 205,061", () => {
    const appropriation = { premium: [16_250], levy: 0, refund: 0 };
    expect(instalmentPayments({ instalments: [220_987], shortfall: 0, levy: 324, appropriation })).toEqual([
      { estimate: 220_987, appropriated: 16_250, shortfall: 0, levy: 324, levyAppropriated: 0, payment: 205_061 },
    ]);
  });

  test("paid at once with a 不足額: 220,987 + 33,750 + 324 = 255,061", () => {
    const appropriation = { premium: [0], levy: 0, refund: 0 };
    expect(instalmentPayments({ instalments: [220_987], shortfall: 33_750, levy: 324, appropriation })[0].payment).toBe(255_061);
  });

  test("延納 with a 不足額: 第1期 180,494 + 10,000 + 656 = 191,150; 第2期・第3期 180,493", () => {
    const appropriation = { premium: [0, 0, 0], levy: 0, refund: 0 };
    const payments = instalmentPayments({ instalments: [180_494, 180_493, 180_493], shortfall: 10_000, levy: 656, appropriation });
    expect(payments.map((p) => p.payment)).toEqual([191_150, 180_493, 180_493]);
    expect(payments.slice(1).every((p) => p.shortfall === 0 && p.levy === 0)).toBe(true);
  });

  test("延納 with an 超過額 past 第1期: 第1期 180,494 − 180,494 + 656 − 656 = 0; 第2期 180,493 − 44,553 = 135,940; 第3期 180,493", () => {
    const appropriation = { premium: [180_494, 44_553, 0], levy: 656, refund: 0 };
    const payments = instalmentPayments({ instalments: [180_494, 180_493, 180_493], shortfall: 0, levy: 656, appropriation });
    expect(payments.map((p) => p.payment)).toEqual([0, 135_940, 180_493]);
  });
});
