/**
 * The worksheet parts are written as bytes (byteWriter.ts): they must be exactly the bytes of the text
 * the XML helpers would give, encoded as UTF-8.
 */
import { ByteWriter } from "../../src/workbook/xlsx/byteWriter";
import { shiftParts } from "../../src/workbook/xlsx/formulaText";
import { esc, escText } from "../../src/workbook/xlsx/xml";
import { shiftFormula } from "../../src/workbook/relative";

const utf8 = (s: string) => Array.from(new TextEncoder().encode(s));
const written = (write: (w: ByteWriter) => void) => {
  const w = new ByteWriter(4); // small, so that every test also grows the buffer
  write(w);
  return Array.from(w.take());
};

describe("ByteWriter", () => {
  const texts = ["", "abc", "山田 太郎", "a&b<c>d\"e", "給与計算!$A$2&\"円\"", "tab\there\nline\rret", "bad\u0001\u0008\u000b\u001f\ufffe\uffffend", "𠮷野家 🍣", "lone \ud800 high", "lone \udc00 low"];

  test.each(texts)("text %j is the UTF-8 of escText (element content)", (s) => {
    expect(written((w) => w.text(s))).toEqual(utf8(escText(s)));
  });

  test.each(texts)("text %j in an attribute is the UTF-8 of esc", (s) => {
    expect(written((w) => w.text(s, true, true))).toEqual(utf8(esc(s)));
  });

  test("unescaped text is plain UTF-8", () => {
    expect(written((w) => w.text("a&b 𠮷", false))).toEqual(utf8("a&b 𠮷"));
  });

  test.each([0, 7, 10, 99, 100, 123456789, 2 ** 53 - 1, -1, -305000, -0, 0.5, 1234.5678, 1e21, 1e-7, -2.5, 1e15, 999999999999999])("number %p is written as String() writes it", (n) => {
    expect(written((w) => w.number(n))).toEqual(utf8(String(n)));
  });

  test("bytes written so far are taken and the writer starts again", () => {
    const w = new ByteWriter(2);
    w.text("一二三");
    expect(Array.from(w.take())).toEqual(utf8("一二三"));
    w.uint(42);
    expect(Array.from(w.take())).toEqual(utf8("42"));
  });
});

describe("shiftParts", () => {
  test("splits a formula at its relative row numbers", () => {
    expect(shiftParts("B2*$C$1+'従業員'!M2")).toEqual({ texts: ["B", "*$C$1+'従業員'!M", ""], rows: [2, 2] });
  });

  test("put back together with an offset, it is the formula moved down", () => {
    const f = "IF(AND(MOD($I4,2)=1,$I4<2000),INDEX('給与計算'!$A$2:$A$10001,$I4),\"B2\")";
    const parts = shiftParts(f)!;
    const moved = (rows: number) => parts.texts.map((t, i) => (i < parts.rows.length ? t + String(parts.rows[i] + rows) : t)).join("");
    expect(moved(17)).toBe(shiftFormula(f, 17));
    expect(moved(0)).toBe(f);
  });

  test("a formula whose own numbers could pass for a marker is left to shiftFormula", () => {
    expect(shiftParts("A1+1234567890")).toBeUndefined();
  });
});
