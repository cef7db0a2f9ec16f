/** 日額表 令和8年分: 算式行 at and beyond their anchors (甲・乙・丙), 乙's first row, 7+ (50円) and 丙. */
import { isoToDay } from "../../../src/calc/dates/calendar";
import { dailyWithholding } from "../../../src/calc/withholding/dailyWithholding";
import { WithholdingColumn } from "../../../src/calc/withholding/types";

const R8 = "2026-11-25";

const cases: [string, number, WithholdingColumn, number, number][] = [
  // id, taxable, column, dependents, expected
  ["甲0 24,000 (算式の基点)", 24_000, "甲", 0, 2_250],
  ["甲0 26,499 (20.42%)", 26_499, "甲", 0, 2_250 + 510], // 2,499 × 20.42% = 510.2958
  ["甲0 26,500 (次の基点)", 26_500, "甲", 0, 2_760],
  ["甲7 130,000 (最後の基点を超えて)", 130_000, "甲", 7, 35_850 + 6_202], // 13,500 × 45.945% = 6,202.575
  ["乙 3,499 (3.063%)", 3_499, "乙", 0, 107], // 3,499 × 3.063% = 107.17437
  ["乙 3,500 (表の最初の行)", 3_500, "乙", 0, 120],
  ["乙 30,000 (24,000からの算式が続く)", 30_000, "乙", 0, 8_300 + 2_450], // 6,000 × 40.84% = 2,450.4
  ["乙 60,000 (57,500から45.945%)", 60_000, "乙", 0, 21_980 + 1_148], // 2,500 × 45.945% = 1,148.625
  ["丙 24,000", 24_000, "丙", 0, 746],
  ["丙 25,000 (10.21%)", 25_000, "丙", 0, 746 + 102], // 1,000 × 10.21% = 102.1
  ["丙 80,000 (57,500から33.693%が71,000以降も続く)", 80_000, "丙", 0, 8_608 + 7_580], // 22,500 × 33.693% = 7,580.925
  ["丙 120,000 (116,500から40.84%)", 120_000, "丙", 0, 28_486 + 1_429], // 3,500 × 40.84% = 1,429.4
  ["丙 10,000 扶養5人 (丙は扶養親族等を数えない)", 10_000, "丙", 5, 8],
  ["甲9 24,000 (7人超: 1人50円)", 24_000, "甲", 9, 740 - 2 * 50],
  ["甲9 10,000 (0円より下げない)", 10_000, "甲", 9, 0],
  ["乙 10,000 従たる給与の申告 2人 (1人50円)", 10_000, "乙", 2, 1_800 - 2 * 50],
];

test.each(cases)("%s (taxable %i, %s, 扶養 %i) = %i", (_id, taxable, column, dependents, expected) => {
  expect(dailyWithholding({ taxable, dependents, column, paymentDate: isoToDay(R8) })).toBe(expected);
});

test("an unknown column is #VALUE! naming the allowed ones", () => {
  expect(() => dailyWithholding({ taxable: 10_000, dependents: 0, column: "丁" as "甲", paymentDate: isoToDay(R8) })).toThrow(/「甲」「乙」「丙」/);
});
