/**
 * OFFICE.json, read strictly: the prefecture by 年金機構 code or by name, the postal code and phone split as
 * the 事業所 record needs them, and a Japanese error naming the field and value for anything else.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseOffice, prefectureCode, describeProblem } from "../../src/todoke";
import { PREFECTURES } from "../../src/calc/law/socialInsurance";
import { samples } from "./samples";

const valid = {
  prefectureCode: "21",
  cityCode: "14",
  officeSymbol: "ｸﾄﾜ",
  officeNumber: "77362",
  postalCode: "106-0041",
  address: "東京都港区麻布台1-4-3 エグゼクティブタワー麻布台601",
  name: "株式会社クフ",
  ownerName: "吉田　ケイ　松蔭",
  phone: "03-5563-7662",
  serial: "001",
};

test("the issue's example office is read, postal code and phone split", () => {
  const { office, problems } = parseOffice(JSON.stringify(valid));
  expect(problems).toEqual([]);
  expect(office).toMatchObject({ prefectureCode: "21", postalCode: { parent: "106", child: "0041" }, phone: { area: "03", city: "5563", subscriber: "7662" }, serial: "001" });
});

test("templates/office.json is valid as shipped", () => {
  const text = fs.readFileSync(path.resolve(__dirname, "../../templates/office.json"), "utf8");
  expect(parseOffice(text).problems).toEqual([]);
});

test("the 年度更新's keys (templates/nendo-office.json) may stand beside the 届書's: one OFFICE.json serves both", () => {
  const read = (f: string) => JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../templates", f), "utf8"));
  const both = { ...read("nendo-office.json"), ...read("office.json") };
  expect(parseOffice(both).problems).toEqual([]);
  expect(parseOffice({ ...both, rosaiRate: 3 }).problems.map((p) => p.field)).toEqual(["rosaiRate（不明な項目）"]);
});

describe("都道府県コード: 日本年金機構's list, not JIS (test/fixtures/official/todoke)", () => {
  const codes = Object.entries(samples.prefecture_codes as Record<string, string>);
  test.each(codes)("%s → %s, also without 都/府/県 and through OFFICE.json", (name, code) => {
    expect(prefectureCode(name)).toEqual({ code });
    expect(prefectureCode(name.replace(/[都府県]$/, ""))).toEqual({ code });
    expect(parseOffice({ ...valid, prefectureCode: name }).office?.prefectureCode).toBe(code);
  });
  test.each(samples.unused_prefecture_codes as string[])("%s (a JIS code such as 東京都 13) is refused", (code) => {
    expect(prefectureCode(code)).toEqual({ error: expect.stringContaining("JISの都道府県コード") });
  });
  test("a prefecture whose code is not listed asks for the code itself", () => {
    expect(prefectureCode("埼玉県")).toEqual({ error: expect.stringContaining("事業所整理記号の前の2桁") });
  });
  // All 47: a name gives the 年金機構 code confirmed from a public source, or asks for the code — never the
  // JIS code (東京都 13, 愛知県 23) by mistake. 北海道 01 and 千葉県 12 happen to equal their JIS codes.
  const confirmed = samples.prefecture_codes as Record<string, string>;
  test.each(PREFECTURES.map(([jis, name]) => [name, jis] as const))("%s (JIS %i): the confirmed code or a request for it", (name, jis) => {
    const expected = confirmed[name] ? { code: confirmed[name] } : { error: expect.stringContaining(`「${name}」の年金機構の都道府県コードは収録していません`) };
    expect(prefectureCode(name)).toEqual(expected);
    if (!confirmed[name]) expect(parseOffice({ ...valid, prefectureCode: name }).office).toBeUndefined();
    if (confirmed[name] && confirmed[name] !== String(jis).padStart(2, "0")) expect(prefectureCode(name)).not.toEqual({ code: String(jis).padStart(2, "0") });
  });
  test("the confirmed codes are 11 distinct codes, each given back as written", () => {
    const codes = Object.values(confirmed);
    expect(new Set(codes).size).toBe(11);
    for (const code of codes) expect(prefectureCode(code)).toEqual({ code });
  });
});

test("a 社労士 office gives both code and name", () => {
  expect(parseOffice({ ...valid, sharoushiCode: "00000007", sharoushiName: "社労士　太郎" }).office?.sharoushi).toEqual({ code: "00000007", name: "社労士　太郎" });
  expect(parseOffice({ ...valid, sharoushiCode: "00000007" }).problems.map((p) => p.field)).toEqual(["sharoushiName（社会保険労務士氏名）"]);
});

test.each([
  ["cityCode", "1", "2バイト"],
  ["officeSymbol", "クトワ", "「ク」は使えません"],
  ["officeSymbol", "ｸﾄﾜｱｲ", "1〜4バイト"],
  ["officeNumber", "123456", "1〜5バイト"],
  ["postalCode", "1060-041", "「106-0041」の形"],
  ["phone", "0355637662", "ハイフンで区切る"],
  ["serial", "0", "001〜999"],
  ["ownerName", "吉田ケイ", "スペースを1つ"],
  ["name", "㈱クフ", "「㈱」は届書に使えない文字"],
  ["address", "東京都,港区", "カンマや改行"],
])("%s 「%s」 is an error: %s", (key, value, message) => {
  const { office, problems } = parseOffice({ ...valid, [key]: value });
  expect(office).toBeUndefined();
  expect(problems).toEqual([expect.objectContaining({ row: 0, field: expect.stringContaining(key), value, message: expect.stringContaining(message), severity: "error" })]);
  expect(describeProblem(problems[0])).toMatch(new RegExp(`^\\[エラー\\] OFFICE.json ${key}`));
});

test("missing fields, unknown keys and bad JSON are named", () => {
  const { problems } = parseOffice({ ...valid, name: undefined, fax: "03-0000-0000" });
  expect(problems.map((p) => [p.field, p.message])).toEqual([
    ["fax（不明な項目）", expect.stringContaining("知らない項目")],
    ["name（事業所名称）", "必須です。"],
  ]);
  expect(parseOffice("{").problems[0].message).toContain("JSON として読めません");
  expect(parseOffice("[]").problems[0].message).toContain("templates/office.json");
});

test("a number for the serial is padded", () => {
  expect(parseOffice({ ...valid, serial: 7 }).office?.serial).toBe("007");
});
