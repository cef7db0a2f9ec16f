/**
 * The ledgers' workbook at the XML level (the .xlsx unzipped): both sheets, every item of 労働基準法施行規則
 * 第54条第1項 as a row heading of the 賃金台帳, 「データなし」 written as text where a month is missing, the
 * hand totals of handBuiltYear as numbers, the 源泉徴収簿's headings and its 年末調整 fields by name, a page per
 * employee, and no formula anywhere.
 */
import { listZip, readZipEntry } from "../../../src/import/zip";
import { planLedgerWorkbook } from "../../../src/jobs/ledger/ledgerWorkbook";
import { BONUS_BOOK_HEADERS, SALARY_BOOK_HEADERS } from "../../../src/jobs/ledger/withholdingBook";
import { YEAR_END_FIELDS } from "../../../src/jobs/ledger/yearEndBlock";
import { planToXlsx } from "../../../src/workbook/xlsx/writer";
import { handBuiltYear } from "./handBuiltYear";

/** 労働基準法施行規則第54条第1項 (and 第108条's 賃金の額): the item, and the headings that record it. */
const ARTICLE_54_ITEMS: [item: string, headings: string[]][] = [
  ["第1号 氏名", ["氏名"]],
  ["第2号 性別", ["性別"]],
  ["第3号 賃金計算期間", ["賃金計算期間"]],
  ["第4号 労働日数", ["労働日数"]],
  ["第5号 労働時間数", ["労働時間数"]],
  ["第6号 時間外労働時間数・休日労働時間数・深夜労働時間数（法第33条・第36条第1項・第37条）", ["時間外労働時間数", "休日労働時間数", "深夜労働時間数"]],
  ["第7号 基本給・手当その他賃金の種類ごとにその額", ["基本給", "固定手当", "時間外手当", "時間外手当（60時間超）", "休日手当", "深夜手当", "通勤手当", "臨時の課税手当", "臨時の非課税手当", "欠勤控除", "賞与"]],
  ["第8号 法第24条第1項の規定によって賃金の一部を控除した場合にはその額", ["健康保険", "介護保険", "子ども・子育て支援金", "厚生年金", "雇用保険", "所得税", "住民税", "臨時の控除", "控除合計"]],
  ["法第108条 賃金の額", ["総支給額", "差引支給額"]],
];

type Cell = string | number;
type Sheet = Map<string, Cell>;

async function sheets(): Promise<{ xml: string[]; cells: Sheet[] }> {
  const { ledgers } = await handBuiltYear();
  const bytes = await planToXlsx(planLedgerWorkbook(ledgers), { valuesOnly: true });
  const entries = listZip(bytes);
  const part = async (name: string) => new TextDecoder().decode(await readZipEntry(bytes, entries.get(name)!));
  const strings = [...(await part("xl/sharedStrings.xml")).matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
  const xml = [await part("xl/worksheets/sheet1.xml"), await part("xl/worksheets/sheet2.xml"), await part("xl/workbook.xml")];
  const cells = xml.slice(0, 2).map((x) => {
    const sheet: Sheet = new Map();
    for (const m of x.matchAll(/<c ([^>]*)><v>([^<]*)<\/v><\/c>/g)) {
      const ref = /r="([A-Z]+\d+)"/.exec(m[1])![1];
      sheet.set(ref, m[1].includes('t="s"') ? strings[Number(m[2])] : Number(m[2]));
    }
    return sheet;
  });
  return { xml, cells };
}

/** The row (1-based) whose column A is `label`, from `after` on. */
const rowOf = (s: Sheet, label: string, after = 0) => {
  for (let r = after + 1; r < 2000; r++) if (s.get(`A${r}`) === label) return r;
  throw new Error(`no row ${label}`);
};
const rowCells = (s: Sheet, r: number) => [...s].filter(([ref]) => ref.replace(/[A-Z]+/, "") === String(r)).map(([, v]) => v);

describe("the ledgers' workbook", () => {
  let book: { xml: string[]; cells: Sheet[] };
  beforeAll(async () => void (book = await sheets()));

  test("two sheets, 賃金台帳 and 源泉徴収簿, values only", () => {
    expect(book.xml[2]).toMatch(/<sheet name="賃金台帳"[^>]*\/><sheet name="源泉徴収簿"/);
    expect(book.xml.slice(0, 2).join("")).not.toContain("<f>");
  });

  test.each(ARTICLE_54_ITEMS)("賃金台帳 records %s", (_item, headings) => {
    const [wage] = book.cells;
    const start = rowOf(wage, "賃金台帳（2026年）");
    for (const h of headings) {
      if (h === "氏名" || h === "性別") expect(rowCells(wage, start + 1)).toContain(h);
      else expect(rowOf(wage, h, start)).toBeGreaterThan(start);
    }
  });

  test("L001 (女): March written as 「データなし」, the totals as numbers (11 × 310,000 = 3,410,000)", () => {
    const [wage] = book.cells;
    const start = rowOf(wage, "賃金台帳（2026年）");
    expect(rowCells(wage, start + 1)).toEqual(["氏名", "見本 花子", "性別", "女", "社員番号", "L001", "所属"]);
    expect(rowCells(wage, start + 2)).toEqual(["項目", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "合計"]);
    const gross = rowOf(wage, "総支給額", start);
    expect(wage.get(`D${gross}`)).toBe("データなし");
    expect(wage.get(`N${gross}`)).toBe(3_410_000);
    expect(wage.get(`N${rowOf(wage, "差引支給額", start)}`)).toBe(2_743_070);
  });

  test("L002 (男): the 賞与 column and the year's 総支給額 4,775,000", () => {
    const [wage] = book.cells;
    const start = rowOf(wage, "賃金台帳（2026年）", rowOf(wage, "賃金台帳（2026年）"));
    expect(wage.get(`N${start + 2}`)).toBe("賞与 7/10");
    expect(wage.get(`O${rowOf(wage, "総支給額", start)}`)).toBe(4_775_000);
    expect(wage.get(`B${rowOf(wage, "基本給", start)}`)).toBe("不明");
  });

  test("源泉徴収簿: the form's headings, the bonus rate 4.084, the 年末調整 fields by name", () => {
    const [, bookSheet] = book.cells;
    const second = rowOf(bookSheet, "給与所得・退職所得に対する源泉徴収簿（2026年分）", rowOf(bookSheet, "給与所得・退職所得に対する源泉徴収簿（2026年分）"));
    const salary = rowOf(bookSheet, "給料・手当等", second);
    expect(rowCells(bookSheet, salary + 1)).toEqual([...SALARY_BOOK_HEADERS]);
    const bonus = rowOf(bookSheet, "賞与等", second);
    expect(rowCells(bookSheet, bonus + 1)).toEqual([...BONUS_BOOK_HEADERS]);
    expect(rowCells(bookSheet, bonus + 2)).toEqual([7, "7/10", 575_000, 75_000, 500_000, 300_000, 4.084, 20_420, 20_420]);
    // No 前職 for this employee: the 前職分 rows are left off the page (the block's test shows them for a 中途就職者).
    for (const field of YEAR_END_FIELDS.filter((f) => !f.startsWith("前職分"))) expect(rowOf(bookSheet, field, second)).toBeGreaterThan(bonus);
    expect(() => rowOf(bookSheet, "前職分（支払金額）", second)).toThrow();
    expect(bookSheet.get(`E${rowOf(bookSheet, "給与所得控除後の給与等の金額", second)}`)).toBe(3_377_600);
    expect(bookSheet.get(`E${rowOf(bookSheet, "年調年税額", second)}`)).toBeUndefined();
  });

  test("each employee starts a new page", () => {
    for (const x of book.xml.slice(0, 2)) expect(x.match(/<brk /g)).toHaveLength(1);
  });
});
