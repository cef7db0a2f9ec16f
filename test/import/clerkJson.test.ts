/**
 * A clerk's JSON file (OFFICE.json, SENDER.json, settings.json, a mapping) in whatever encoding メモ帳 saved it,
 * and what the clerk is told when it cannot be read: the line and column, and the usual cause.
 */
import { decodeClerkJson, describeJsonError, lineColumnOf, readClerkJson } from "../../src/import/clerkJson";
import { ImportError } from "../../src/import";
import { sjis, utf8 } from "./helpers";

// 髙 and ① are CP932's NEC/IBM extensions: a plain Shift_JIS table would lose them.
const OFFICE = { officeName: "株式会社　髙橋商店①", ownerName: "髙橋 一郎", prefectureCode: "東京" };
const TEXT = `${JSON.stringify(OFFICE, null, 2)}\r\n`;

describe("readClerkJson", () => {
  const utf16 = (t: string) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...t].map((c) => c.charCodeAt(0))).buffer)]);
  test.each([
    ["UTF-8 (メモ帳 「UTF-8」)", utf8(TEXT)],
    ["UTF-8 with BOM (メモ帳 「UTF-8 (BOM 付き)」)", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)])],
    ["Shift_JIS / CP932 (メモ帳 「ANSI」)", sjis(TEXT)],
    ["UTF-16LE with BOM (メモ帳 「Unicode」)", utf16(TEXT)],
  ])("%s", (_name, bytes) => {
    expect(readClerkJson(bytes)).toEqual(OFFICE);
  });

  test("the CP932 case is not vacuous: 髙 is outside JIS X 0208 and the bytes are not UTF-8", () => {
    // Windows writes 髙 as the IBM extension 0xFB 0xFC; encoding-japanese as NEC's selection 0xEE 0xE0. Both are CP932.
    expect(readClerkJson(new Uint8Array([0x22, 0xfb, 0xfc, 0x22]))).toBe("髙");
    expect(readClerkJson(new Uint8Array([0x22, 0xee, 0xe0, 0x22]))).toBe("髙");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(sjis(TEXT))).toThrow();
  });

  test("bytes that are neither UTF-8 nor Shift_JIS: said, with how to save the file again", () => {
    // 0x81 0x20 is a Shift_JIS lead byte followed by a byte no CP932 character has; alone it is not UTF-8 either.
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0x81, 0x20, 0x22, 0x7d]);
    expect(() => decodeClerkJson(bytes)).toThrow(ImportError);
    expect(() => decodeClerkJson(bytes)).toThrow("文字コードを判別できません（UTF-8 でも Shift_JIS でもありません）。メモ帳で開き、「名前を付けて保存」で文字コードを「UTF-8」にして保存し直してください。");
  });
});

describe("what is wrong with the JSON, by line and column", () => {
  const messageOf = (text: string) => {
    try {
      readClerkJson(sjis(text));
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      return (e as Error).message;
    }
    throw new Error("expected an error");
  };
  test.each([
    // Line 2 is `  "officeName"： "髙橋商店"`: the IME's full-width colon, where JSON wants ":".
    ["a full-width colon", '{\r\n  "officeName"： "髙橋商店"\r\n}', "2行目 15文字目で JSON として読めません。全角の「：」があります。半角の「:」にしてください。"],
    ["full-width quotes", '{\r\n  "officeName": ”髙橋商店”\r\n}', "2行目 17文字目で JSON として読めません。全角の「”」があります。半角の「\"」にしてください。"],
    // A comma after the last item: JSON stops at the "}" on line 3, column 1.
    ["a comma before the closing brace", '{\r\n  "officeName": "髙橋商店",\r\n}', "3行目 1文字目で JSON として読めません。「}」の前に余分な「,」がないか確認してください。"],
    // Line 2 ends without a comma: JSON stops at the next key, line 3 column 3.
    ["a missing comma", '{\r\n  "officeName": "髙橋商店"\r\n  "ownerName": "髙橋"\r\n}', "3行目 3文字目で JSON として読めません。「,」の抜けや余分、「\"」の閉じ忘れがないか確認してください。"],
    ["an empty file", "", "中身が空です。{ … } の形で書いてください。"],
  ])("%s", (_name, text, message) => {
    expect(messageOf(text)).toBe(message);
  });

  test("line and column count from 1, CRLF and LF alike", () => {
    expect(lineColumnOf("ab\r\ncd\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnOf("ab\r\ncd\nef", 5)).toEqual({ line: 2, column: 2 });
    expect(lineColumnOf("ab\r\ncd\nef", 8)).toEqual({ line: 3, column: 2 });
  });

  test("Firefox's wording (line L column C) is read as well as V8's position", () => {
    const text = '{\n  "a": 1,\n}';
    expect(describeJsonError(text, new SyntaxError("JSON.parse: expected double-quoted property name at line 3 column 1 of the JSON data"))).toBe(
      "3行目 1文字目で JSON として読めません。「}」の前に余分な「,」がないか確認してください。",
    );
  });
});
