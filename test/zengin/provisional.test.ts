/**
 * 仮払い（前月同額）from last month's file: the golden 給与振込 file (test/zengin/golden, every field checked by hand
 * against the layout) is paid again on 2026-12-25. Without changes every data record and the trailer come back
 * byte for byte and only the header's 振込指定日 (bytes 55–58) changes; a changed amount or a left-out payee changes
 * the trailer by exactly that amount.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { provisionalTransferFile } from "../../src/zengin/provisional";
import { parseZenginFile } from "../../src/zengin/parse";
import { frameRecords } from "../../src/zengin/records";
import { dayOf } from "../../src/calc/dates/calendar";

const golden = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, "golden", name)));
const KYUYO = golden("kyuyo-11-crlf.txt");
const DEC25 = dayOf(2026, 12, 25);
const records = (bytes: Uint8Array) => parseZenginFile(bytes).records;

describe("the golden 給与振込 file paid again on 2026-12-25", () => {
  const before = records(KYUYO);
  const result = provisionalTransferFile({ previous: KYUYO, transferDate: DEC25 });
  const after = records(result.bytes!);

  test("no problems, same number of records, same framing (CRLF, no final line break)", () => {
    expect(result.problems).toEqual([]);
    expect(after.length).toBe(before.length);
    expect(result.bytes!.length).toBe(KYUYO.length);
    expect(parseZenginFile(result.bytes!).problems).toEqual([]);
  });

  test("the header differs only in 振込指定日 (55–58) = 1225", () => {
    const [h0, h1] = [before[0].text, after[0].text];
    expect(h1.slice(54, 58)).toBe("1225");
    expect(h1.slice(0, 54) + h1.slice(58)).toBe(h0.slice(0, 54) + h0.slice(58));
  });

  test("every data, trailer and end record is unchanged", () => {
    expect(after.slice(1).map((r) => r.text)).toEqual(before.slice(1).map((r) => r.text));
  });

  test("payees and totals are last month's (read from the golden trailer)", () => {
    const trailer = before.find((r) => r.kind === "trailer")!;
    expect(result.count).toBe(Number(trailer.fields.count));
    expect(result.total).toBe(Number(trailer.fields.total));
    expect(result.payees.map((p) => p.amount)).toEqual(before.filter((r) => r.kind === "data").map((r) => Number(r.fields.amount)));
  });
});

describe("changes for this month", () => {
  const before = records(KYUYO);
  const data = before.filter((r) => r.kind === "data");
  const oldTotal = Number(before.find((r) => r.kind === "trailer")!.fields.total);
  const first = data[0];
  const second = data[1];
  const firstNumber = first.fields.customerCode1.replace(/^0+/, "");

  test("a new amount for one 社員番号 and one payee left out by account: the trailer moves by exactly those amounts", () => {
    const result = provisionalTransferFile({
      previous: KYUYO, transferDate: DEC25,
      changes: [
        { row: 2, employeeNumber: firstNumber, amount: 200_000 },
        { row: 3, account: { bankCode: second.fields.bankCode, branchCode: second.fields.branchCode, accountType: second.fields.accountType, accountNumber: second.fields.accountNumber }, leaveOut: true },
      ],
    });
    expect(result.problems).toEqual([]);
    const expectedTotal = oldTotal - Number(first.fields.amount) + 200_000 - Number(second.fields.amount);
    const trailer = records(result.bytes!).find((r) => r.kind === "trailer")!;
    expect([Number(trailer.fields.count), Number(trailer.fields.total)]).toEqual([data.length - 1, expectedTotal]);
    expect(result.payees.map((p) => p.change)).toEqual(["amount", "leftOut", ...data.slice(2).map(() => undefined)]);
    expect(records(result.bytes!).filter((r) => r.kind === "data")[0].fields.amount).toBe("0000200000");
  });

  test("a change naming nobody is an error naming its row, and no file is made", () => {
    const result = provisionalTransferFile({ previous: KYUYO, transferDate: DEC25, changes: [{ row: 7, employeeNumber: "99999", amount: 1 }] });
    expect(result.bytes).toBeUndefined();
    expect(result.problems).toEqual([{ row: 7, field: "社員番号", value: "99999", message: "前回の振込ファイルにこの振込先がありません。", severity: "error" }]);
  });

  test("an amount over 10 digits is an error", () => {
    const result = provisionalTransferFile({ previous: KYUYO, transferDate: DEC25, changes: [{ row: 2, employeeNumber: firstNumber, amount: 12_345_678_901 }] });
    expect(result.bytes).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ row: 2, field: "振込金額", severity: "error" });
  });
});

describe("what the previous file may be", () => {
  test("a 賞与振込 file is refused: last month's salary is what is paid again", () => {
    const result = provisionalTransferFile({ previous: golden("shoyo-12-nocrlf-eof.txt"), transferDate: DEC25 });
    expect(result.bytes).toBeUndefined();
    expect(result.problems.map((p) => [p.field, p.value, p.severity])).toContainEqual(["種別コード", "12", "error"]);
  });

  test("a 総合振込 file is used with a warning", () => {
    const result = provisionalTransferFile({ previous: golden("sougou-21-crlf-eof.txt"), transferDate: DEC25 });
    expect(result.bytes).toBeDefined();
    expect(result.problems.map((p) => [p.field, p.severity])).toEqual([["種別コード", "warning"]]);
  });

  test("a file without line breaks and with an EOF byte keeps that framing", () => {
    const texts = records(KYUYO).map((r) => r.text);
    const unframed = frameRecords(texts, { lineBreak: "none", eof: true });
    const result = provisionalTransferFile({ previous: unframed, transferDate: DEC25 });
    expect(result.bytes!.length).toBe(unframed.length);
    expect(result.bytes![result.bytes!.length - 1]).toBe(0x1a);
    expect(parseZenginFile(result.bytes!).framing).toEqual({ lineBreak: "none", eof: true });
  });

  test("a broken trailer is an error naming the record", () => {
    const texts = records(KYUYO).map((r) => r.text);
    const t = texts.findIndex((x) => x.startsWith("8"));
    texts[t] = "8" + "000001" + texts[t].slice(7);
    const result = provisionalTransferFile({ previous: frameRecords(texts), transferDate: DEC25 });
    expect(result.bytes).toBeUndefined();
    expect(result.problems[0].message).toMatch(new RegExp(`^${t + 1}件目: 合計件数 1 がデータ・レコード`));
  });

  test("a bank holiday is a warning proposing the business day before", () => {
    const result = provisionalTransferFile({ previous: KYUYO, transferDate: dayOf(2026, 12, 31) });
    expect(result.bytes).toBeDefined();
    expect(result.problems).toEqual([expect.objectContaining({ field: "振込指定日", value: "1231", severity: "warning" })]);
    expect(result.problems[0].message).toMatch(/休業日.*2026-12-30/);
  });
});
