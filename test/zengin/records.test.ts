/**
 * The record writer's guards: a value that does not fit its field is a programming error (build.ts checks
 * every value first), never a silently shifted record.
 */
import { HEADER_FIELDS, TRAILER_FIELDS } from "../../src/zengin/layout";
import { dataRecord, endRecord, formatRecord, trailerRecord } from "../../src/zengin/records";

test.each([
  ["an N field with letters", { dataKubun: "1", typeCode: "1A" }, "種別コード"],
  ["a C field too long", { dataKubun: "1", requesterName: "ｱ".repeat(41) }, "依頼人名"],
  ["an N field too long", { dataKubun: "1", requesterCode: "12345678901" }, "依頼人コード"],
])("%s throws naming the field", (_id, values, field) => {
  expect(() => formatRecord(HEADER_FIELDS, values)).toThrow(field);
});

test("合計件数 N(6) and 合計金額 N(12) overflow is refused by the writer too", () => {
  expect(() => trailerRecord(1_000_000, 1)).toThrow("合計件数");
  expect(() => trailerRecord(1, 1_000_000_000_000)).toThrow("合計金額");
  expect(formatRecord(TRAILER_FIELDS, { dataKubun: "8", count: 999_999, total: 999_999_999_999 }).slice(0, 19)).toBe("8" + "999999" + "999999999999");
});

test("every record is 120 characters; blank values are spaces", () => {
  const d = dataRecord("11", {
    bankCode: "0005",
    branchCode: "001",
    clearingHouse: "",
    accountType: "1",
    accountNumber: "1",
    payeeName: "ﾃｽﾄ",
    amount: 1,
    newCode: "0",
  });
  expect(d).toHaveLength(120);
  expect(d.slice(38, 42)).toBe("    "); // 手形交換所番号 left blank
  expect(d.slice(91, 120)).toBe(" ".repeat(29)); // 顧客コード1・2 and ダミー
  expect(endRecord()).toBe("9" + " ".repeat(119));
});
