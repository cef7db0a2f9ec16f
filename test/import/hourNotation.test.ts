/**
 * 時間の表記 (KING OF TIME 時間表示形式 10進数・60進数・分単位, support.freee.co.jp 4411546229657; オフィスステーション 勤怠 template):
 * 1時間15分 is `1.25` (10進), `1.15` (60進) or `75` (分); オフィスステーション's own example, 1時間20分, is `1.20` in 60進.
 */
import { describeHours, looksSexagesimal, normalizeHours, readHours } from "../../src/import/hourNotation";
import { DEFAULT_CONTEXT } from "../../src/import/normalize";

// prettier-ignore
const CASES: [text: string, notation: "decimal" | "sexagesimal" | "minutes", minutes: number][] = [
  ["1.25", "decimal", 75],
  ["1.15", "sexagesimal", 75],
  ["75", "minutes", 75],
  ["1.20", "sexagesimal", 80],      // オフィスステーション's example: 1時間20分
  ["7.30", "sexagesimal", 450],     // 7時間30分, not 7.3 h
  ["7.3", "sexagesimal", 450],      // the same cell after a spreadsheet dropped the trailing 0
  ["7.30", "decimal", 438],         // what 10進 makes of it: 7.3 h = 7時間18分
  ["8", "sexagesimal", 480],
  ["0.05", "sexagesimal", 5],
  ["7:30", "decimal", 450],         // 時:分 is read the same in every notation
  ["7:30", "minutes", 450],
];

test.each(CASES)("%s in %s = %i minutes", (text, notation, minutes) => {
  const r = readHours(text, notation);
  expect("minutes" in r && Math.round(r.minutes * 1e9) / 1e9).toBe(minutes);
});

test.each(["decimal", "sexagesimal", "minutes"] as const)("a 時:分 cell is the same number in %s: 1:13 = 73/60 hours", (notation) => {
  expect(normalizeHours(744, notation)("1:13", DEFAULT_CONTEXT)).toEqual({ value: 73 / 60 });
});

test.each([
  ["7.75", "sexagesimal", /分が75です/],
  ["7.125", "sexagesimal", /2桁の分/],
  ["1.5", "minutes", /整数の分数/],
  ["abc", "decimal", /10進の時間数として読めません/],
] as const)("%s in %s is an error", (text, notation, message) => {
  const r = readHours(text, notation);
  expect("error" in r && r.error).toMatch(message);
});

test("the mapping step's preview", () => {
  expect(describeHours("7.30", "sexagesimal")).toBe("7.30 → 7時間30分");
  expect(describeHours("7.30", "decimal")).toBe("7.30 → 7時間18分");
  expect(describeHours("75", "minutes")).toBe("75 → 1時間15分");
  expect(describeHours("8", "decimal")).toBe("8 → 8時間");
});

test.each([
  [["7.30", "8.15", "1.45", "8.00"], true],
  [["7.25", "8.50", "1.75"], false],   // 10進 quarter hours
  [["7.30", "8.80"], false],           // .80 cannot be minutes
  [["8", "7", "10"], false],           // whole hours say nothing
  [["0.10", "0.20"], false],           // no quarter hour written the 60進 way
])("looksSexagesimal(%j) = %s", (texts, expected) => {
  expect(looksSexagesimal(texts)).toBe(expected);
});
