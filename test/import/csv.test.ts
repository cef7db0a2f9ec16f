/** RFC 4180 CSV with the line each record starts on. */
import { guessDelimiter, parseCsv } from "../../src/import/csv";
import { ImportError } from "../../src/import";

describe("parseCsv", () => {
  const cases: [string, string, string[][], number[]][] = [
    ["simple, CRLF", "a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]], [1, 2]],
    ["LF only, no final line break", "a,b\n1,2", [["a", "b"], ["1", "2"]], [1, 2]],
    ["CR only (old Mac)", "a,b\r1,2\r", [["a", "b"], ["1", "2"]], [1, 2]],
    ["quoted comma", 'a,"b,c"\r\n', [["a", "b,c"]], [1]],
    ["escaped quote", '"say ""hi""",x\r\n', [['say "hi"', "x"]], [1]],
    ["embedded CRLF moves the next record's line", 'a,"line1\r\nline2"\r\nb,c\r\n', [["a", "line1\r\nline2"], ["b", "c"]], [1, 3]],
    ["embedded LF", '"x\ny\nz",1\n2,3\n', [["x\ny\nz", "1"], ["2", "3"]], [1, 4]],
    ["empty fields and trailing comma", "a,,c,\r\n", [["a", "", "c", ""]], [1]],
    ["empty quoted field", '"",x\r\n', [["", "x"]], [1]],
    ["blank line in the middle stays a record (skipped later)", "a\r\n\r\nb\r\n", [["a"], [""], ["b"]], [1, 2, 3]],
    ["trailing empty line does not make a record", "a\r\n", [["a"]], [1]],
    ["quote inside an unquoted field is kept", 'ab"c,d\r\n', [['ab"c', "d"]], [1]],
    ["formula-like cells stay text", '=HYPERLINK("http://x"),+81,@SUM(A1),-1+1\r\n', [['=HYPERLINK("http://x")', "+81", "@SUM(A1)", "-1+1"]], [1]],
    ["quoted formula stays text", '"=HYPERLINK(""http://x"",""a"")"\r\n', [['=HYPERLINK("http://x","a")']], [1]],
    ["leading zeros kept", "0001,007\r\n", [["0001", "007"]], [1]],
  ];
  test.each(cases)("%s: %j", (_name, text, rows, lines) => {
    expect(cases.length).toBeGreaterThan(0);
    expect(parseCsv(text)).toEqual({ rows, rowNumbers: lines });
  });

  test("an unterminated quote names the line it opens on", () => {
    expect(() => parseCsv('a,b\r\n1,"open\r\n2,3\r\n')).toThrow(ImportError);
    expect(() => parseCsv('a,b\r\n1,"open\r\n2,3\r\n')).toThrow(/^2行目で始まる/);
  });

  test("tab-separated text (Excel「Unicode テキスト」)", () => {
    const text = "社員番号\t氏名\r\n0001\t山田, 太郎\r\n";
    expect(guessDelimiter(text)).toBe("\t");
    expect(parseCsv(text, guessDelimiter(text)).rows).toEqual([["社員番号", "氏名"], ["0001", "山田, 太郎"]]);
    expect(guessDelimiter("a,b\tc,d\n")).toBe(",");
  });
});
