import { csvText } from "../../src/import/csvText";
import { readTable } from "../../src/import";

test("BOM, CRLF after every line, quotes only where needed — and the import reads it back as written", async () => {
  const text = csvText([["社員番号", "氏名", "理由"], ["0001", "見本 一郎", '仮払い 1,000円、"確定"'], ["0002", undefined, 5]]);
  expect(text).toBe('\uFEFF社員番号,氏名,理由\r\n0001,見本 一郎,"仮払い 1,000円、""確定"""\r\n0002,,5\r\n');
  const table = await readTable(new TextEncoder().encode(text), "x.csv");
  expect(table.rows).toEqual([["社員番号", "氏名", "理由"], ["0001", "見本 一郎", '仮払い 1,000円、"確定"'], ["0002", "", "5"]]);
});
