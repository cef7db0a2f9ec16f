/**
 * Every field of src/zengin/layout.ts sits where zengin.md says (transcribed separately in support.ts).
 */
import { DATA_FIELDS_GENERAL, DATA_FIELDS_SALARY, END_FIELDS, FieldSpec, HEADER_FIELDS, TRAILER_FIELDS } from "../../src/zengin/layout";
import { DATA_GENERAL, DATA_SALARY, END, HEADER, Position, TRAILER, nonEmpty } from "./support";

const tables: [string, readonly FieldSpec[], readonly Position[]][] = [
  ["ヘッダー", HEADER_FIELDS, HEADER],
  ["データ 総合振込", DATA_FIELDS_GENERAL, DATA_GENERAL],
  ["データ 給与・賞与", DATA_FIELDS_SALARY, DATA_SALARY],
  ["トレーラ", TRAILER_FIELDS, TRAILER],
  ["エンド", END_FIELDS, END],
];

const cases = nonEmpty(
  tables.flatMap(([record, product, expected]) =>
    expected.map(([name, from, to], i) => [record, i + 1, name, from, to, product[i]] as const),
  ),
  "layout positions",
);

test.each(cases)("%s field %d %s: bytes %d–%d", (_record, _i, name, from, to, field) => {
  expect(field).toBeDefined();
  expect({ start: field.start, length: field.length }).toEqual({ start: from, length: to - from + 1 });
  // The product's name contains the specification's name (it may add （依頼人） etc.).
  expect(field.name).toContain(name);
});

test.each(tables)("%s: as many fields as the specification, 120 bytes", (_record, product, expected) => {
  expect(product.length).toBe(expected.length);
  expect(product.reduce((t, f) => t + f.length, 0)).toBe(120);
});

test("N and C: codes and amounts are N, names and ダミー are C", () => {
  const kind = (fields: readonly FieldSpec[], key: string) => fields.find((f) => f.key === key)?.kind;
  expect(kind(HEADER_FIELDS, "requesterCode")).toBe("N");
  expect(kind(HEADER_FIELDS, "requesterName")).toBe("C");
  expect(kind(DATA_FIELDS_SALARY, "amount")).toBe("N");
  expect(kind(DATA_FIELDS_SALARY, "payeeName")).toBe("C");
  expect(kind(DATA_FIELDS_SALARY, "customerCode1")).toBe("N");
  expect(kind(TRAILER_FIELDS, "total")).toBe("N");
  expect(kind(END_FIELDS, "dummy")).toBe("C");
});
