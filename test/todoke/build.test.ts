/**
 * The builders end to end: records from the computed rules, a CP932 file that decodes to the frame and the
 * records, and — when a value cannot be filed — no file, with a problem naming the person, column and value.
 */
import { dayOf } from "../../src/calc/dates/calendar";
import { santeiKiso } from "../../src/calc/socialInsurance/santeiKiso";
import { bonusPayments } from "../../src/calc/socialInsurance/bonusPayment";
import { PaidResult } from "../../src/calc/socialInsurance/paidResult";
import { buildSanteiCsv, buildShoyoCsv, decodeSjis, describeProblem, InsuredPerson } from "../../src/todoke";
import { sampleOffice } from "./samples";

const person = (over: Partial<InsuredPerson> = {}): InsuredPerson => ({
  employeeId: "101",
  sourceRow: 3,
  insuredNumber: "12",
  nameKana: "ｹﾝﾎﾟ ﾀﾛｳ",
  nameKanji: "健保　太郎",
  birthDate: dayOf(1990, 4, 1),
  ...over,
});
const pay = (month: number, cash: number, days = 30): PaidResult => ({ employeeId: "101", kind: "給与", payDay: dayOf(2026, month, 25), basisDays: days, cash, inKind: 0 });
const santei = santeiKiso({ results: [pay(4, 300_000), pay(5, 310_000), pay(6, 320_000)], year: 2026, workerType: "general" });

test("a 算定基礎届 file: frame, one 53-field record, CRLF", () => {
  const { files, records, problems } = buildSanteiCsv({ office: sampleOffice(), created: dayOf(2026, 7, 1), entries: [{ person: person(), santei, workerType: "general", previousStandard: { health: 300_000, pension: 300_000 } }] });
  expect(problems).toEqual([]);
  expect(records).toEqual([{ employeeId: "101", row: 3, text: expect.stringMatching(/^2225700,21,14,ｸﾄﾜ,12,ｹﾝﾎﾟ ﾀﾛｳ,健保　太郎,7,020401,9,08,09,0300,0300,/) }]);
  expect(records[0].text.split(",")).toHaveLength(53);
  // 総計 = 300,000 + 310,000 + 320,000; 平均 = 総計 ÷ 3.
  expect(records[0].text).toContain(`,${String(300_000 + 310_000 + 320_000).padStart(7, "0")},${String((300_000 + 310_000 + 320_000) / 3).padStart(7, "0")},`);
  const lines = decodeSjis(files[0].bytes).split("\r\n");
  expect(lines[0]).toBe("21,14,ｸﾄﾜ,001,20260701,22223");
  expect(lines.slice(4)).toEqual(["[data]", records[0].text, ""]);
});

test("a name with 髙 and a comma in 備考: no file, each problem named with row, column and value", () => {
  const { files, records, problems } = buildSanteiCsv({
    office: sampleOffice(),
    created: dayOf(2026, 7, 1),
    entries: [{ person: person({ nameKanji: "髙橋　一郎" }), santei, workerType: "general", note: "4月,昇給" }],
  });
  expect(files).toEqual([]);
  expect(records).toEqual([]);
  expect(problems.map((p) => [p.row, p.employeeId, p.column, p.field, p.value])).toEqual([
    [3, "101", 7, "被保険者氏名（漢字）", "髙橋　一郎"],
    [3, "101", 52, "備考", "4月,昇給"],
  ]);
  expect(describeProblem(problems[0])).toBe("[エラー] 3行目（社員番号 101）7列目 被保険者氏名（漢字）「髙橋　一郎」: 「髙」は届書に使えない文字です（JIS第1・第2水準外）。常用の字体に直してください。");
});

test("an empty list is an error, not an empty file", () => {
  expect(buildSanteiCsv({ office: sampleOffice(), created: dayOf(2026, 7, 1), entries: [] }).problems).toEqual([expect.objectContaining({ field: "対象者", severity: "error" })]);
});

test("a 賞与支払届 file from the bonus rule: 合計 with 1,000円未満切捨て", () => {
  const [bonus] = bonusPayments([{ employeeId: "101", kind: "賞与", payDay: dayOf(2026, 7, 10), cash: 2_000_500, inKind: 0 }]);
  const { records } = buildShoyoCsv({ office: sampleOffice(), created: dayOf(2026, 7, 15), entries: [{ person: person(), bonus }] });
  expect(records[0].text).toBe("2265700,21,14,ｸﾄﾜ,12,ｹﾝﾎﾟ ﾀﾛｳ,健保　太郎,7,020401,9,080710,2000500,0,2000000,,,,,,,");
});

test("warnings, and the file is still written: no month that counts (保険者決定), a 70歳以上被用者 without 基礎年金番号", () => {
  const noMonth = santeiKiso({ results: [pay(4, 100_000, 10), pay(5, 100_000, 12), pay(6, 100_000, 9)], year: 2026, workerType: "general" });
  const { files, problems } = buildSanteiCsv({
    office: sampleOffice(),
    created: dayOf(2026, 7, 1),
    entries: [{ person: person({ insuredNumber: "" }), santei: noMonth, workerType: "general", seventyOrOver: true }],
  });
  expect(files).toHaveLength(1);
  expect(problems.map((p) => [p.severity, p.field, p.value])).toEqual([
    ["warning", "基礎年金番号", ""],
    ["warning", "給与計算の基礎日数", "4月 10日・5月 12日・6月 9日"],
  ]);
});

test("被保険者整理番号 is required unless the person is a 70歳以上被用者", () => {
  const { problems } = buildSanteiCsv({ office: sampleOffice(), created: dayOf(2026, 7, 1), entries: [{ person: person({ insuredNumber: "" }), santei, workerType: "general" }] });
  expect(problems.map((p) => [p.column, p.field, p.severity])).toEqual([[5, "被保険者整理番号", "error"]]);
});
