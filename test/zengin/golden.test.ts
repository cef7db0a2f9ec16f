/**
 * Golden files (test/zengin/golden/) for the three 種別, each in a different framing. The expected value of
 * every field is written here by hand from the layout (zengin.md) as the arithmetic that produces it, and
 * checked by cutting the golden file at the independently transcribed positions (support.ts). Then the
 * library must produce the golden bytes exactly, and its own reader must read them back cleanly.
 * Regenerate after a deliberate change with UPDATE_GOLDEN=1 and review the diff.
 */
import { buildZenginFile, ZenginBuildInput } from "../../src/zengin/build";
import { parseZenginFile } from "../../src/zengin/parse";
import { transfersFromPayroll } from "../../src/zengin/transfers";
import { LINES, SENDER, STAFF } from "./fixtures";
import { DATA_GENERAL, DATA_SALARY, END, HEADER, Position, TRAILER, blank, c, golden, n, nonEmpty, recordsOf, slice } from "./support";

const net = (id: string) => LINES.find((l) => l.employeeId === id)!.net;
const items = STAFF.map((employee) => ({ employee, net: net(employee.id) }));

/** Header fields shared by the three files except 種別 and 振込指定日. */
function header(type: string, mmdd: string): Record<string, string> {
  return {
    データ区分: "1",
    種別コード: type,
    コード区分: "0",
    依頼人コード: n("0000012345", 10),
    // ソナエショウジ（カ: （ → (, ョ → ﾖ, ジ → ｼﾞ
    依頼人名: c("ｿﾅｴｼﾖｳｼﾞ(ｶ", 40),
    振込指定日: mmdd,
    仕向銀行番号: "0001",
    仕向銀行名: c("ﾐｽﾞﾎ", 15),
    仕向支店番号: "001",
    // トウキョウエイギョウブ: 11 kana, 2 voiced → 13 bytes
    仕向支店名: c("ﾄｳｷﾖｳｴｲｷﾞﾖｳﾌﾞ", 15),
    預金種目: "1",
    口座番号: "1234567",
    ダミー: blank(17),
  };
}

function salaryData(bank: string, branch: string, type: string, account: string, payee: string, amount: number, employeeNo: string, dept: string | undefined): Record<string, string> {
  return {
    データ区分: "2",
    被仕向銀行番号: bank,
    被仕向銀行名: blank(15),
    被仕向支店番号: branch,
    被仕向支店名: blank(15),
    手形交換所番号: "0000",
    預金種目: type,
    口座番号: n(account, 7),
    受取人名: c(payee, 30),
    振込金額: n(amount, 10),
    新規コード: "0",
    社員番号: n(employeeNo, 10),
    所属コード: dept === undefined ? blank(10) : n(dept, 10),
    ダミー: blank(9),
  };
}

function trailer(count: number, total: number): Record<string, string> {
  return { データ区分: "8", 合計件数: n(count, 6), 合計金額: n(total, 12), ダミー: blank(101) };
}
const end = { データ区分: "9", ダミー: blank(119) };

interface GoldenCase {
  file: string;
  input: ZenginBuildInput;
  layouts: (readonly Position[])[];
  expected: Record<string, string>[];
  /** 120 × records + separators + EOF */
  bytes: number;
}

const cases: GoldenCase[] = nonEmpty<GoldenCase>(
  [
    {
      file: "kyuyo-11-crlf.txt",
      input: { sender: SENDER, type: "11", payDate: "2026-11-25", rows: transfersFromPayroll(items), options: { lineBreak: "crlf" } },
      layouts: [HEADER, DATA_SALARY, DATA_SALARY, DATA_SALARY, DATA_SALARY, DATA_SALARY, TRAILER, END],
      expected: [
        header("11", "1125"),
        salaryData("0005", "001", "1", "123456", "ﾔﾏﾀﾞ ﾀﾛｳ", 251_234, "101", "0100"),
        // 102: 第2振込先 fixed 30,000; the rest to the first account.
        salaryData("0009", "825", "1", "7654321", "ｻﾄｳ ﾊﾅｺ", 198_765 - 30_000, "102", "0100"),
        salaryData("9900", "018", "1", "1111111", "ｻﾄｳ ﾊﾅｺ", 30_000, "102", "0100"),
        // 所属「営業部」 is not a code: 所属コード blank.
        salaryData("0001", "004", "4", "0000789", "ｽｽﾞｷ ｲﾁﾛｳ", 305_000, "103", undefined),
        salaryData("0009", "100", "2", "2468", "ｼﾞﾖﾝ.ｽﾐｽ", 187_650, "104", "0200"),
        trailer(5, 251_234 + 198_765 + 305_000 + 187_650),
        end,
      ],
      // 8 records, CRLF between them, none after the last.
      bytes: 8 * 120 + 7 * 2,
    },
    {
      file: "shoyo-12-nocrlf-eof.txt",
      input: {
        sender: SENDER,
        type: "12",
        payDate: "2026-12-10",
        rows: transfersFromPayroll(
          [
            { employee: STAFF[0], net: 400_000 },
            { employee: STAFF[1], net: 350_500 },
          ],
          { useSecondAccount: false },
        ),
        options: { lineBreak: "none", eof: true },
      },
      layouts: [HEADER, DATA_SALARY, DATA_SALARY, TRAILER, END],
      expected: [
        header("12", "1210"),
        salaryData("0005", "001", "1", "123456", "ﾔﾏﾀﾞ ﾀﾛｳ", 400_000, "101", "0100"),
        salaryData("0009", "825", "1", "7654321", "ｻﾄｳ ﾊﾅｺ", 350_500, "102", "0100"),
        trailer(2, 400_000 + 350_500),
        end,
      ],
      // 改行なし: 5 × 120, then 0x1A.
      bytes: 5 * 120 + 1,
    },
    {
      file: "sougou-21-crlf-eof.txt",
      input: {
        sender: SENDER,
        type: "21",
        payDate: "2026-11-30",
        rows: [
          {
            account: { bankCode: "0001", bankName: "ミズホ", branchCode: "004", branchName: "マルノウチチュウオウ", accountType: "2", accountNumber: "123450", holderName: "カ）ミライコウギョウ" },
            amount: 1_234_567,
          },
          { account: { bankCode: "0009", branchCode: "825", accountType: "1", accountNumber: "7777777", holderName: "ユ）ソナエデザイン" }, amount: 88_000, customerCode1: "5001" },
        ],
        options: { lineBreak: "crlf", finalLineBreak: true, eof: true },
      },
      layouts: [HEADER, DATA_GENERAL, DATA_GENERAL, TRAILER, END],
      expected: [
        header("21", "1130"),
        {
          データ区分: "2",
          被仕向銀行番号: "0001",
          被仕向銀行名: c("ﾐｽﾞﾎ", 15),
          被仕向支店番号: "004",
          // マルノウチチュウオウ: ュ → ﾕ
          被仕向支店名: c("ﾏﾙﾉｳﾁﾁﾕｳｵｳ", 15),
          手形交換所番号: "0000",
          預金種目: "2",
          口座番号: n("123450", 7),
          受取人名: c("ｶ)ﾐﾗｲｺｳｷﾞﾖｳ", 30),
          振込金額: n(1_234_567, 10),
          新規コード: "0",
          顧客コード1: blank(10),
          顧客コード2: blank(10),
          振込指定区分: "7",
          識別表示: " ",
          ダミー: blank(7),
        },
        {
          データ区分: "2",
          被仕向銀行番号: "0009",
          被仕向銀行名: blank(15),
          被仕向支店番号: "825",
          被仕向支店名: blank(15),
          手形交換所番号: "0000",
          預金種目: "1",
          口座番号: "7777777",
          受取人名: c("ﾕ)ｿﾅｴﾃﾞｻﾞｲﾝ", 30),
          振込金額: n(88_000, 10),
          新規コード: "0",
          顧客コード1: n("5001", 10),
          顧客コード2: blank(10),
          振込指定区分: "7",
          識別表示: " ",
          ダミー: blank(7),
        },
        trailer(2, 1_234_567 + 88_000),
        end,
      ],
      // CRLF after every record including the last, then 0x1A.
      bytes: 5 * 120 + 5 * 2 + 1,
    },
  ],
  "golden files",
);

describe.each(cases)("$file", ({ file, input, layouts, expected, bytes }) => {
  const built = buildZenginFile(input);
  const file_ = golden(file, built.bytes);

  test("the library builds it without errors", () => {
    expect(built.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  test(`byte length ${bytes}`, () => {
    expect(file_.length).toBe(bytes);
  });

  test("every record is 120 bytes of single-byte characters", () => {
    const records = recordsOf(file_);
    expect(records).toHaveLength(expected.length);
    for (const r of records) expect(r).toHaveLength(120);
    for (const b of file_) expect(b === 0x0d || b === 0x0a || b === 0x1a || (b >= 0x20 && b <= 0x7e) || (b >= 0xa1 && b <= 0xdf)).toBe(true);
  });

  const fieldCases = expected.flatMap((rec, i) => Object.entries(rec).map(([name, value]) => [i + 1, name, value] as const));
  test.each(fieldCases)("record %d %s = 「%s」", (i, name, value) => {
    const record = recordsOf(file_)[i - 1];
    expect(slice(record, layouts[i - 1])[name]).toBe(value);
  });

  test("every field of the layout is covered by the expectation", () => {
    layouts.forEach((layout, i) => expect(Object.keys(expected[i]).sort()).toEqual(layout.map(([name]) => name).sort()));
  });

  test("the library produces the golden bytes exactly", () => {
    expect(Buffer.from(built.bytes).equals(Buffer.from(file_))).toBe(true);
  });

  test("its reader reads it back: no problems, trailer = data, same framing", () => {
    const parsed = parseZenginFile(file_);
    expect(parsed.problems).toEqual([]);
    expect(parsed.framing).toEqual({ lineBreak: input.options?.lineBreak === "none" ? "none" : "crlf", eof: input.options?.eof === true });
    const data = parsed.records.filter((r) => r.kind === "data");
    const trailerRec = parsed.records.find((r) => r.kind === "trailer")!;
    expect(Number(trailerRec.fields.count)).toBe(data.length);
    expect(Number(trailerRec.fields.total)).toBe(data.reduce((t, r) => t + Number(r.fields.amount), 0));
    expect(built.count).toBe(data.length);
    expect(built.total).toBe(Number(trailerRec.fields.total));
  });
});

test("name changes of the 給与 file are listed before → after for the clerk", () => {
  const built = buildZenginFile(cases[0].input);
  expect(built.nameChanges).toEqual([
    { row: 0, employeeId: "", field: "依頼人名", before: "ソナエショウジ（カ", after: "ｿﾅｴｼﾖｳｼﾞ(ｶ" },
    { row: 1, employeeId: "101", field: "受取人名", before: "ヤマダ タロウ", after: "ﾔﾏﾀﾞ ﾀﾛｳ" },
    { row: 2, employeeId: "102", field: "受取人名", before: "さとう　はなこ", after: "ｻﾄｳ ﾊﾅｺ" },
    { row: 3, employeeId: "102", field: "受取人名", before: "サトウ ハナコ", after: "ｻﾄｳ ﾊﾅｺ" },
    // 103 ｽｽﾞｷ ｲﾁﾛｳ is already in bank form: not listed.
    { row: 5, employeeId: "104", field: "受取人名", before: "ジョン・スミス", after: "ｼﾞﾖﾝ.ｽﾐｽ" },
  ]);
});
