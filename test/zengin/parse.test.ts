/**
 * The reader: framing detection, fields by name, and the structural checks a bank would apply
 * (trailer = its own group's data, as Kyash/zengin-go's MultipleHeaderRecords test checks).
 */
import { buildZenginFile } from "../../src/zengin/build";
import { parseZenginFile } from "../../src/zengin/parse";
import { endRecord, frameRecords, headerRecord, trailerRecord } from "../../src/zengin/records";
import { SENDER } from "./fixtures";

const payee = { bankCode: "0005", branchCode: "001", accountType: "1", accountNumber: "1234567", holderName: "ﾃｽﾄ" };
const file = (options = {}) =>
  buildZenginFile({ sender: SENDER, type: "12", payDate: "2026-12-10", rows: [{ account: payee, amount: 5_000, customerCode1: "42" }], options }).bytes;

function join(records: string[]): Uint8Array {
  return frameRecords(records);
}

test.each([
  ["crlf", {}, { lineBreak: "crlf", eof: false }],
  ["none + eof", { lineBreak: "none", eof: true }, { lineBreak: "none", eof: true }],
])("framing %s is detected", (_id, options, framing) => {
  const p = parseZenginFile(file(options));
  expect(p.framing).toEqual(framing);
  expect(p.problems).toEqual([]);
  expect(p.records.map((r) => r.kind)).toEqual(["header", "data", "trailer", "end"]);
});

test("fields are named by the layout of the file's 種別", () => {
  const [h, d] = parseZenginFile(file()).records;
  expect(h.fields.typeCode).toBe("12");
  expect(h.fields.transferDate).toBe("1210");
  expect(d.fields.payeeName.trimEnd()).toBe("ﾃｽﾄ");
  expect(d.fields.amount).toBe("0000005000");
  expect(d.fields.customerCode1).toBe("0000000042");
  expect(d.fields).not.toHaveProperty("transferCategory"); // 給与・賞与 has ダミー there
});

test("LF-only line breaks are read too", () => {
  const text = Buffer.from(file()).toString("latin1").replace(/\r\n/g, "\n");
  const p = parseZenginFile(Uint8Array.from(Buffer.from(text, "latin1")));
  expect(p.framing.lineBreak).toBe("lf");
  expect(p.problems).toEqual([]);
});

describe("structural problems", () => {
  const records = parseZenginFile(file()).records.map((r) => r.text);
  const [header, data, , end] = records;

  test("a trailer that does not match its data", () => {
    const p = parseZenginFile(join([header, data, trailerRecord(2, 5_001), end]));
    expect(p.problems).toEqual([
      "3件目: 合計件数 2 がデータ・レコード 1 件と一致しません。",
      "3件目: 合計金額 5001 がデータの合計 5000 と一致しません。",
    ]);
  });

  test("several header…trailer groups: each trailer counts its own group", () => {
    const h2 = headerRecord({ type: "11", requesterCode: "0000012345", requesterName: "ｿﾅｴ", transferDate: "1225", bankCode: "0001", branchCode: "001", accountType: "1", accountNumber: "1" });
    const ok = parseZenginFile(join([header, data, trailerRecord(1, 5_000), h2, data, data, trailerRecord(2, 10_000), end]));
    expect(ok.problems).toEqual([]);
    // the second trailer wrongly counting all data of the file
    const bad = parseZenginFile(join([header, data, trailerRecord(1, 5_000), h2, data, data, trailerRecord(3, 15_000), end]));
    expect(bad.problems).toHaveLength(2);
  });

  test("a short record, a missing end, an unknown データ区分", () => {
    const p = parseZenginFile(join([header, data.slice(0, 119), "X" + " ".repeat(119)]));
    expect(p.problems).toEqual([
      "2件目のレコードが119バイトです（120バイトのはずです）。",
      "3件目のデータ区分「X」は 1・2・8・9 のいずれでもありません。",
      "エンド・レコード（データ区分 9）がありません。",
    ]);
  });

  test("a record after the end record", () => {
    const p = parseZenginFile(join([header, data, trailerRecord(1, 5_000), end, endRecord()]));
    expect(p.problems).toEqual(["5件目: エンド・レコードの後にレコードがあります。"]);
  });
});
