/** Each normaliser as a table of cases: the cell text, and the value or the kind of problem. */
import {
  DEFAULT_CONTEXT, Normalizer, normalizeCount, normalizeDate, normalizeDigits, normalizeEmployeeId, normalizeQuantity,
  normalizeSignedYen, normalizeText, normalizeYen,
} from "../../src/import/normalize";
import {
  normalizeAccountType, normalizeCare, normalizeEmploymentInsurance, normalizeGender, normalizeHealthInsurer, normalizeHolderKana,
  normalizePayType, normalizePrefecture, normalizeStandardAmount, normalizeTaxColumn, ppmToPercentText,
} from "../../src/import/normalizeKeywords";

type Case<T> = [text: string, value: T, warns?: boolean];

/** Run a table of accepted values and a list of rejected texts (with a fragment of the message). */
function table<T>(name: string, n: Normalizer<T>, ok: Case<T>[], bad: [text: string, message: RegExp][]): void {
  describe(name, () => {
    test("the tables are not empty", () => {
      expect(ok.length).toBeGreaterThan(0);
      expect(bad.length).toBeGreaterThan(0);
    });
    test.each(ok)(`${name}(%j) → %j (warning: %s)`, (text, value, warns = false) => {
      const r = n(text, DEFAULT_CONTEXT);
      expect(r).toEqual(warns ? { value, warning: expect.any(String) } : { value });
    });
    test.each(bad)(`${name}(%j) is an error matching %s`, (text, message) => {
      const r = n(text, DEFAULT_CONTEXT);
      expect("error" in r).toBe(true);
      expect((r as { error: string }).error).toMatch(message);
    });
  });
}

table("normalizeDate", normalizeDate, [
  ["昭和60年4月1日", "1985-04-01"],
  ["昭和 60年 4月 1日", "1985-04-01"],
  ["S60.4.1", "1985-04-01"],
  ["s60.04.01", "1985-04-01"],
  ["S60/4/1", "1985-04-01"],
  ["1985/4/1", "1985-04-01"],
  ["1985-04-01", "1985-04-01"],
  ["1985年4月1日", "1985-04-01"],
  ["１９８５／４／１", "1985-04-01"],
  ["19850401", "1985-04-01"],
  // Excel serial: 25569 is 1970-01-01, so 1985-04-01 is 25569 + days since 1970.
  [String(25569 + Date.UTC(1985, 3, 1) / 86_400_000), "1985-04-01"],
  ["31138", "1985-04-01"],
  ["３１１３８", "1985-04-01"],
  ["1985/04/01 0:00:00", "1985-04-01"],
  ["1985-04-01T00:00:00", "1985-04-01"],
  ["1985-04-01T00:00:00.000Z", "1985-04-01"],
  ["平成元年1月8日", "1989-01-08"],
  ["H1.1.8", "1989-01-08"],
  ["令和元年5月1日", "2019-05-01"],
  ["R8.11.25", "2026-11-25"],
  ["昭和64年1月7日", "1989-01-07"],
], [
  ["S60.13.1", /^日付として読めません。昭和60年13月はありません。$/],
  ["1985/02/30", /^日付として読めません。1985年2月30日はありません。$/],
  ["1986/02/30", /^日付として読めません。1986年2月30日はありません。$/],
  ["1986年2月29日", /^日付として読めません。1986年2月29日はありません。$/],
  ["平成元年2月30日", /^日付として読めません。平成元年2月30日はありません。$/],
  ["19860230", /^日付として読めません（8桁は YYYYMMDD として読みます）。1986年2月30日はありません。$/],
  ["昭和64年1月8日", /日付として読めません/],
  ["平成31年5月1日", /日付として読めません/],
  ["19851301", /YYYYMMDD として読みます）。1985年13月はありません。$/],
  ["1985/4", /日付として読めません/],
  ["60", /日付として読めません/],
  ["abc", /日付として読めません/],
]);

table("normalizeYen", normalizeYen, [
  ["300000", 300000],
  ["300,000", 300000],
  ["３００，０００", 300000],
  ["300,000円", 300000],
  ["300,000 円", 300000],
  ["¥300,000", 300000],
  ["￥300,000", 300000],
  ["300000.00", 300000],
  ["0", 0],
  ["1,000,000,000,000", 1_000_000_000_000], // 1兆円: the largest amount read
], [
  ["1000000000001", /金額が大きすぎて正確に計算できません。1,000,000,000,000円まで/],
  ["10000000000000000", /金額が大きすぎて/], // 基本給 1e16, as a CSV holds it
  ["1E+16", /金額が大きすぎて/], // and as Excel writes it
  ["-1", /金額として読めません。0以上の整数/],
  ["300000.5", /0以上の整数/],
  ["abc", /金額として読めません/],
  ["1e5", /金額として読めません/],
  ["-1+1", /金額として読めません/],
  ["=1+1", /金額として読めません/],
  ["30,00", /金額として読めません/],
]);

table("normalizeSignedYen", normalizeSignedYen, [
  ["-1,000", -1000],
  ["△1,000", -1000],
  ["▲500", -500],
  ["1,000", 1000],
  ["0", 0],
], [["--1", /負の値/], ["abc", /金額/]]);

table("normalizeDigits(4, 銀行コード)", normalizeDigits(4, "銀行コード"), [
  ["0001", "0001"],
  ["1", "0001", true],
  ["１", "0001", true],
  ["９９００", "9900"],
  ['="0005"', "0005"],
  ["0 0 0 1", "0001"],
], [
  ["00001", /4桁です（5桁あります）/],
  ["12a4", /数字4桁/],
  ["1.23E+05", /指数表記/],
]);

table("normalizeDigits(3, 支店コード)", normalizeDigits(3, "支店コード"), [["001", "001"], ["18", "018", true]], [["1234", /3桁です/]]);

table("normalizeDigits(7, 口座番号)", normalizeDigits(7, "口座番号"), [["1234567", "1234567"], ["123456", "0123456", true], ["12345", "0012345", true]], [
  ["12345678", /7桁です（8桁あります）/],
  ["123-4567", /数字7桁/],
]);

test("the padding warning says what was assumed and why", () => {
  expect(normalizeDigits(4, "銀行コード")("1", DEFAULT_CONTEXT)).toEqual({ value: "0001", warning: expect.stringMatching(/先頭の0が欠けたものとみなして「0001」としました/) });
});

table("normalizeEmployeeId", normalizeEmployeeId, [
  ["0012", "0012"],
  ["０１２", "012"],
  ['="0012"', "0012"],
  ["A-01", "A-01"],
  ["E_2026.1", "E_2026.1"],
], [
  ["1.2E+05", /指数表記/],
  ["山田", /英数字/],
  ["0012 3", /英数字/],
  ["=HYPERLINK(\"x\")", /英数字/],
]);

table("normalizeText (formula-like text stays literal)", normalizeText, [
  ['=HYPERLINK("http://example.invalid","x")', '=HYPERLINK("http://example.invalid","x")'],
  ["+81 3 1234 5678", "+81 3 1234 5678"],
  ["@SUM(A1:A9)", "@SUM(A1:A9)"],
  ["-1+1", "-1+1"],
  ["  山田 太郎  ", "山田 太郎"],
  ["ｶ)ｿﾅｴ", "ｶ)ｿﾅｴ"],
], [["山田\u0007", /制御文字/]]);

table("normalizeAccountType", normalizeAccountType, [
  ["普通", "1"], ["普通預金", "1"], ["普", "1"], ["総合", "1"], ["1", "1"], ["１", "1"],
  ["当座", "2"], ["当座預金", "2"], ["当", "2"], ["2", "2"],
  ["貯蓄", "4"], ["貯蓄預金", "4"], ["貯", "4"], ["4", "4"],
], [
  ["0", /0→1（普通）・1→2（当座）の変換/],
  ["3", /普通」「当座」「貯蓄」か全銀のコード/],
  ["9", /全銀のコード/],
  ["定期", /全銀のコード/],
]);

table("normalizePayType", normalizePayType, [
  ["月給", "monthly"], ["月給制", "monthly"], ["日給月給", "monthly"], ["monthly", "monthly"], ["ＭＯＮＴＨＬＹ", "monthly"],
  ["日給", "daily"], ["日額", "daily"], ["時給", "hourly"], ["時間給", "hourly"],
], [["年俸", /月給」「日給」「時給/], ["1", /月給/]]);

table("normalizeTaxColumn", normalizeTaxColumn, [["甲", "甲"], ["甲欄", "甲"], ["乙", "乙"], ["乙欄", "乙"], [" 乙 ", "乙"]], [
  ["丙", /丙欄（日雇い・2か月以内の雇用）は月次の給与計算の対象外/],
  ["A", /甲」（扶養控除等申告書の提出あり）か「乙/],
]);

table("normalizeCare", normalizeCare, [
  ["自動", undefined], ["あり", true], ["有", true], ["対象", true], ["該当", true], ["1", true], ["○", true], ["TRUE", true],
  ["なし", false], ["無", false], ["対象外", false], ["非該当", false], ["0", false], ["×", false], ["false", false],
], [["たぶん", /空欄か「自動」/]]);

table("normalizeGender", normalizeGender, [["男", "男"], ["男性", "男"], ["Ｍ", "男"], ["女", "女"], ["女性", "女"], ["female", "女"]], [
  ["1", /番号は、どちらの意味か分からない/], ["2", /「男」か「女」/], ["その他", /「男」か「女」/],
]);

table("normalizeEmploymentInsurance(default 建設)", normalizeEmploymentInsurance("construction"), [
  ["一般", "general"], ["一般の事業", "general"], ["農林水産・清酒製造", "agriculture"], ["農林水産・清酒製造の事業", "agriculture"],
  ["農林水産", "agriculture"], ["清酒製造", "agriculture"], ["建設", "construction"], ["建設の事業", "construction"],
  ["対象外", "none"], ["なし", "none"], ["適用除外", "none"], ["あり", "construction"], ["加入", "construction"],
], [["短時間", /事業区分「一般」「農林水産・清酒製造」「建設」か「対象外」/]]);

table("normalizePrefecture", normalizePrefecture, [
  ["東京都", "東京都"], ["東京", "東京都"], ["大阪", "大阪府"], ["京都", "京都府"], ["北海道", "北海道"], ["27", "大阪府"], ["１３", "東京都"],
], [["Tokyo", /都道府県名/], ["48", /都道府県名/], ["9.5%", /都道府県名/]]);

table("normalizeHealthInsurer", normalizeHealthInsurer, [
  ["東京都", "東京都"],
  ["東京", "東京都"],
  ["東京支部", "東京都"],
  ["協会けんぽ 東京支部", "東京都"],
  ["協会けんぽ（大阪府）", "大阪府"],
  ["全国健康保険協会 大阪支部", "大阪府"],
  ["北海道支部", "北海道"],
  ["13", "東京都"],
  ["9.5%", "9.5%"],
  ["９．５％", "9.5%"],
  ["0.095", "9.5%"],
  ["組合 9.5%/1.8%", "9.5%/1.8%"],
  ["関東IT健康保険組合 9.85%", "9.85%"],
  ["健保組合:10.0%", "10%"],
], [
  ["関東IT健康保険組合", /組合名だけでは保険料を計算できません/],
  ["50", /協会けんぽの都道府県/],
  ["30%", /健康保険組合の料率/],
]);

test("ppmToPercentText is exact: 98,500 ppm = 9.85%, 95,000 = 9.5%, 100,000 = 10%, 18,200 = 1.82%", () => {
  expect([98_500, 95_000, 100_000, 18_200, 5].map(ppmToPercentText)).toEqual(["9.85", "9.5", "10", "1.82", "0.0005"]);
});

// 標準報酬月額: 健康保険 58,000〜1,390,000 (健康保険法第40条), 厚生年金 88,000〜650,000 (厚生年金保険法第20条; data also holds the legislated 680,000+).
table("normalizeStandardAmount(health)", normalizeStandardAmount("health"), [["58,000", 58000], ["300000", 300000], ["1,390,000", 1390000]], [
  ["305000", /健康保険の標準報酬月額等級表にない金額/],
  ["1,400,000", /等級表にない/],
  ["abc", /金額として読めません/],
]);
table("normalizeStandardAmount(pension)", normalizeStandardAmount("pension"), [["88000", 88000], ["650000", 650000]], [
  ["58000", /厚生年金保険の標準報酬月額等級表にない金額/],
  ["1,390,000", /等級表にない/],
]);

table("normalizeCount(0, 99) 扶養親族等の数", normalizeCount(0, 99), [["3", 3], ["３人", 3], ["0", 0], ["8", 8]], [
  ["-1", /0〜99の整数/],
  ["1.5", /0〜99の整数/],
  ["100", /0〜99の整数/],
]);

table("normalizeQuantity(744, 時間)", normalizeQuantity(744, "時間"), [["7.5", 7.5], ["7:30", 7.5], ["12:30", 12.5], ["10時間", 10], ["0", 0], ["744", 744]], [
  ["-1", /0以上の時間数/],
  ["745", /744時間以下/],
  ["7:75", /0以上の時間数/],
]);
test("h:mm that is not a decimal of hours keeps the nearest number (12:20 = 12 + 20/60)", () => {
  expect(normalizeQuantity(744, "時間")("12:20", DEFAULT_CONTEXT)).toEqual({ value: 12 + 20 / 60 });
});
table("normalizeQuantity(31, 日)", normalizeQuantity(31, "日"), [["20", 20], ["0.5", 0.5], ["20日", 20]], [["32", /31日以下/], ["7:30", /0以上の日数/]]);

describe("normalizeHolderKana (never rejects; warns when 全銀 cannot carry a character)", () => {
  const cases: Case<string>[] = [
    ["ﾔﾏﾀﾞ ﾀﾛｳ", "ﾔﾏﾀﾞ ﾀﾛｳ"],
    ["ヤマダ タロウ", "ヤマダ タロウ"],
    ["ｶ)ｿﾅｴｼｮｳｼﾞ", "ｶ)ｿﾅｴｼｮｳｼﾞ"],
    ["YAMADA TARO", "YAMADA TARO"],
    ["山田太郎", "山田太郎", true],
  ];
  test.each(cases)("normalizeHolderKana(%j) → %j (warning: %s)", (text, value, warns = false) => {
    expect(cases.length).toBeGreaterThan(0);
    expect(normalizeHolderKana(text, DEFAULT_CONTEXT)).toEqual(warns ? { value, warning: expect.stringMatching(/漢字など/) } : { value });
  });
});
