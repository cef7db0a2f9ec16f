/** Text encodings of exported CSV: detected from the bytes and reported. */
import { decodeText } from "../../src/import/decode";
import { ImportError } from "../../src/import";
import { sjis, utf8 } from "./helpers";

const TEXT = "社員番号,氏名\r\n0001,髙橋 ①太郎\r\n";

describe("decodeText", () => {
  const cases: [string, Uint8Array, string][] = [
    ["UTF-8 without BOM", utf8(TEXT), "utf-8"],
    ["UTF-8 with BOM (Excel「CSV UTF-8」)", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), "utf-8-bom"],
    ["Shift_JIS / CP932 (Excel「CSV」), with NEC/IBM extensions 髙 ①", sjis(TEXT), "shift_jis"],
    ["UTF-16LE with BOM (Excel「Unicode テキスト」)", new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...TEXT].map((c) => c.charCodeAt(0))).buffer)]), "utf-16le"],
  ];
  test.each(cases)("%s → %s text and encoding %s", (_name, bytes, encoding) => {
    const d = decodeText(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(TEXT);
  });

  test("the SJIS bytes really differ from UTF-8 (the case is not vacuous)", () => {
    expect(Buffer.from(sjis(TEXT)).equals(Buffer.from(utf8(TEXT)))).toBe(false);
    // 社 is 0x8E 0xD0 in Shift_JIS.
    expect([...sjis("社")]).toEqual([0x8e, 0xd0]);
  });

  test("ASCII only is reported as UTF-8 (both read the same)", () => {
    expect(decodeText(utf8("id,name\r\n1,a\r\n"))).toEqual({ text: "id,name\r\n1,a\r\n", encoding: "utf-8" });
  });

  test("bytes that are neither UTF-8 nor Shift_JIS fail with advice", () => {
    // 0x82 0xFF: 0xFF is not a valid trail byte in Shift_JIS and not UTF-8.
    expect(() => decodeText(new Uint8Array([0x41, 0x82, 0xff]))).toThrow(ImportError);
    expect(() => decodeText(new Uint8Array([0x41, 0x82, 0xff]))).toThrow(/文字コードを判別できません/);
  });

  test("a BOM followed by invalid UTF-8 is an error, not a silent guess", () => {
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x82, 0xa0]))).toThrow(/UTF-8（BOM付き）/);
  });
});
