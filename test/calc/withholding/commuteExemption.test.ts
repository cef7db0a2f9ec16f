/**
 * 通勤手当の非課税限度額: each distance band edge on both sides in each period, the 150,000円 cap, the
 * 2026-04-01 parking addition, 併用, and never more than the allowance.
 */
import { isoToDay } from "../../../src/calc/dates/calendar";
import { commuteExemption } from "../../../src/calc/withholding/commuteExemption";

const BANDS: [period: string, day: string, bands: [km: number, amount: number][]][] = [
  // 所得税法施行令第20条の2第2号: 平成26年改正の額 (2016-01-01 から収録).
  ["2016-01〜2025-03", "2025-03-31", [[0, 0], [2, 4_200], [10, 7_100], [15, 12_900], [25, 18_700], [35, 24_400], [45, 28_000], [55, 31_600]]],
  // 令和7年11月19日公布の改正 (2025-04-01 以後に支払われるべき通勤手当).
  ["2025-04〜2026-03", "2025-04-01", [[0, 0], [2, 4_200], [10, 7_300], [15, 13_500], [25, 19_700], [35, 25_900], [45, 32_300], [55, 38_700]]],
  ["2025-04〜2026-03", "2026-03-31", [[0, 0], [2, 4_200], [10, 7_300], [15, 13_500], [25, 19_700], [35, 25_900], [45, 32_300], [55, 38_700]]],
  // 令和8年度改正 (2026-04-01〜): 65km以上の区分.
  ["2026-04〜", "2026-04-01", [[0, 0], [2, 4_200], [10, 7_300], [15, 13_500], [25, 19_700], [35, 25_900], [45, 32_300], [55, 38_700], [65, 45_700], [75, 52_700], [85, 59_600], [95, 66_400]]],
];

const edgeCases = BANDS.flatMap(([period, day, bands]) =>
  bands.flatMap(([km, amount], i) => {
    const out: [string, string, number, number][] = [[period, day, km, amount]];
    if (i > 0) out.push([period, day, km - 0.1, bands[i - 1][1]]);
    if (i === bands.length - 1) out.push([period, day, km + 100, amount]);
    return out;
  }),
);

test.each(edgeCases)("car %s 支払日 %s 片道 %f km → %i", (_period, day, km, expected) => {
  expect(commuteExemption({ allowance: 100_000, method: "car", paymentDate: isoToDay(day), distanceKm: km })).toBe(expected);
});

type Input = Omit<Parameters<typeof commuteExemption>[0], "paymentDate"> & { day: string };

const cases: [string, Input, number][] = [
  ["transit: 支給額が運賃等の額", { day: "2026-11-25", allowance: 20_000, method: "transit" }, 20_000],
  ["transit: 150,000円が上限", { day: "2026-11-25", allowance: 200_000, method: "transit" }, 150_000],
  ["transit: 運賃等の額を超える支給は課税", { day: "2026-11-25", allowance: 30_000, method: "transit", fare: 25_000 }, 25_000],
  ["car: 支給額を超えない", { day: "2026-11-25", allowance: 3_000, method: "car", distanceKm: 12 }, 3_000],
  ["car: 駐車場等の利用料を加算 (5,000円まで)", { day: "2026-04-01", allowance: 30_000, method: "car", distanceKm: 12, parking: 8_000 }, 7_300 + 5_000],
  ["car: 駐車場等の利用料 3,000円", { day: "2026-11-25", allowance: 30_000, method: "car", distanceKm: 12, parking: 3_000 }, 7_300 + 3_000],
  ["car: 2026-03-31 までは駐車場等の加算なし", { day: "2026-03-31", allowance: 30_000, method: "car", distanceKm: 12, parking: 3_000 }, 7_300],
  ["car: 2km未満は駐車場等の加算もなし", { day: "2026-11-25", allowance: 30_000, method: "car", distanceKm: 1.9, parking: 3_000 }, 0],
  ["併用: 運賃等 + 距離の額", { day: "2026-11-25", allowance: 100_000, method: "car", distanceKm: 12, fare: 20_000 }, 20_000 + 7_300],
  ["併用: 合計150,000円が上限", { day: "2026-11-25", allowance: 300_000, method: "car", distanceKm: 100, fare: 140_000, parking: 5_000 }, 150_000],
];

test.each(cases)("%s: %j → %i", (_id, { day, ...rest }, expected) => {
  expect(commuteExemption({ ...rest, paymentDate: isoToDay(day) })).toBe(expected);
});

test("car without a distance is #VALUE! naming the distance", () => {
  expect(() => commuteExemption({ allowance: 10_000, method: "car", paymentDate: isoToDay("2026-11-25") })).toThrow(/片道の通勤距離/);
});

test("transit with a distance is #VALUE! (併用 is car with a fare)", () => {
  expect(() => commuteExemption({ allowance: 10_000, method: "transit", paymentDate: isoToDay("2026-11-25"), distanceKm: 5 })).toThrow(/併用/);
});

test("a payment before the gathered data is #N/A naming the table", () => {
  expect(() => commuteExemption({ allowance: 10_000, method: "transit", paymentDate: isoToDay("2015-12-31") })).toThrow(/通勤手当の非課税限度額/);
});
