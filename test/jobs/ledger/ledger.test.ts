/**
 * The ledgers of a hand-built year of two employees, every total worked out by hand below:
 *  - L001 見本 花子 (女): Sonae's own months (every item column), 1–12月 but March missing.
 *  - L002 見本 太郎 (男): January–June from a vendor export without item or hour columns, July–December from
 *    Sonae, and a 賞与 on 7/10 from a file of its own without 課税対象額.
 */
import { importMasterFile, importPreviousResultsFile } from "../../../src/import";
import { makeLedgers, Ledgers } from "../../../src/jobs/ledger/ledger";
import { ledgerFileOf, LedgerFile } from "../../../src/jobs/ledger/payments";
import { WAGE_LEDGER_ROWS } from "../../../src/jobs/ledger/wageLedger";

const enc = (s: string) => new TextEncoder().encode(s);

export const MASTER = [
  "社員番号,氏名,生年月日,入社日,退職日,基本給,健康保険,税区分,扶養親族等の数,性別",
  "L001,見本 花子,1990-04-01,2020-04-01,,280000,東京都,甲,0,女",
  "L002,見本 太郎,1985-08-01,2015-04-01,,350000,東京都,甲,2,男",
].join("\n");

const SONAE_HEADER = "社員番号,氏名,対象年月,種別,支給日,扶養親族等の数,基本給,固定手当,時間外手当,時間外手当（60時間超）,休日手当,深夜手当,通勤手当,欠勤控除,総支給額,健康保険,介護保険,子ども・子育て支援金,厚生年金,雇用保険,社会保険料計,課税対象額,所得税,住民税,差引支給額,出勤日数,労働時間,残業時間,深夜時間,休日時間";
const hanako = (m: number) => `L001,見本 花子,2026-${String(m).padStart(2, "0")},給与,2026-${String(m).padStart(2, "0")}-25,0,280000,20000,0,0,0,0,10000,0,310000,15000,0,0,27450,1650,44100,255900,6530,10000,249370,20,,,,`;
const taro = (m: number) => `L002,見本 太郎,2026-${String(m).padStart(2, "0")},給与,2026-${String(m).padStart(2, "0")}-25,2,350000,0,0,0,0,0,0,0,350000,17000,0,0,30000,3000,50000,300000,8420,12000,279580,20,,5,,`;
export const SONAE_CSV = [SONAE_HEADER, ...[1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(hanako), ...[7, 8, 9, 10, 11, 12].map(taro)].join("\n");
export const VENDOR_CSV = ["従業員番号,支給日,総支給額,社会保険料計,課税対象額,所得税,差引支給額", ...[1, 2, 3, 4, 5, 6].map((m) => `L002,2026/${m}/25,350000,50000,300000,8420,291580`)].join("\n");
export const BONUS_CSV = ["社員番号,種別,支給日,総支給額,社会保険料計,所得税,差引支給額", "L002,賞与,2026-07-10,575000,75000,20420,479580"].join("\n");

export async function handBuiltYear(): Promise<{ ledgers: Ledgers; files: LedgerFile[] }> {
  const master = await importMasterFile(enc(MASTER), "master.csv");
  expect(master.problems.filter((p) => p.severity === "error")).toEqual([]);
  const files: LedgerFile[] = [];
  for (const [name, text] of [["sonae.csv", SONAE_CSV], ["vendor.csv", VENDOR_CSV], ["bonus.csv", BONUS_CSV]]) {
    const imported = await importPreviousResultsFile(enc(text), name, undefined, master.employees);
    expect(imported.problems.filter((p) => p.severity === "error")).toEqual([]);
    files.push(ledgerFileOf(name, imported));
  }
  return { ledgers: makeLedgers({ employees: master.employees, files, year: 2026, closingDay: 31 }), files };
}

const row = (l: Ledgers, id: string, label: string) => l.ledgers.find((x) => x.employee.id === id)!.wageLedger.find((r) => r.label === label)!;

describe("賃金台帳", () => {
  let l: Ledgers;
  beforeAll(async () => ({ ledgers: l } = await handBuiltYear()));

  test("one ledger per employee, with 性別 from the master", () => {
    expect(l.ledgers.map((x) => [x.employee.id, x.employee.gender])).toEqual([["L001", "女"], ["L002", "男"]]);
    expect(l.problems).toEqual([]);
  });

  test("L001: March is 「データなし」 in every row, never 0", () => {
    const x = l.ledgers[0];
    expect(x.headings).toEqual(["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"]);
    for (const r of x.wageLedger) expect(r.cells[2]).toBe("データなし");
    expect(x.notes[0]).toMatch(/^3月の給与の結果がありません（「データなし」）/);
  });

  test("L001: totals of the 11 months given", () => {
    expect(row(l, "L001", "基本給").total).toBe(11 * 280_000); // 3,080,000
    expect(row(l, "L001", "通勤手当").total).toBe(11 * 10_000); // 110,000
    expect(row(l, "L001", "総支給額").total).toBe(3_410_000); // 11 × 310,000
    expect(row(l, "L001", "社会保険料計").total).toBe(485_100); // 11 × 44,100
    expect(row(l, "L001", "控除合計").total).toBe(666_930); // 11 × (310,000 − 249,370)
    expect(row(l, "L001", "差引支給額").total).toBe(2_743_070); // 11 × 249,370
    expect(row(l, "L001", "労働日数").total).toBe(220); // 11 × 20
    expect(row(l, "L001", "時間外労働時間数").total).toBe(0); // the column is there and blank: none worked
  });

  test("L001: 賃金計算期間 from 対象年月 and the 締め日 (末日)", () => {
    expect(row(l, "L001", "賃金計算期間").cells.slice(0, 2)).toEqual(["2026/1/1〜2026/1/31", "2026/2/1〜2026/2/28"]);
  });

  test("L002: the vendor months show what the export had and 「不明」 for the rest, named in a note", () => {
    expect(l.ledgers[1].headings).toEqual(["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "賞与 7/10"]);
    expect(row(l, "L002", "基本給").cells.slice(5, 7)).toEqual(["不明", 350_000]);
    expect(row(l, "L002", "総支給額").cells[0]).toBe(350_000);
    expect(row(l, "L002", "時間外労働時間数").cells.slice(5, 7)).toEqual(["不明", 5]);
    expect(l.ledgers[1].notes).toContainEqual(expect.stringMatching(/^「vendor.csv」（1月・2月・3月・4月・5月・6月）には 賃金計算期間・労働日数・労働時間数・時間外労働時間数.*基本給.* の列がないため「不明」としています。$/));
  });

  test("L002: the 賞与 has its own column; totals with it", () => {
    expect(row(l, "L002", "賞与").cells[12]).toBe(575_000);
    expect(row(l, "L002", "基本給").cells[12]).toBeNull();
    expect(row(l, "L002", "総支給額").total).toBe(4_775_000); // 12 × 350,000 + 575,000
    expect(row(l, "L002", "所得税").total).toBe(121_460); // 12 × 8,420 + 20,420
    expect(row(l, "L002", "時間外労働時間数").total).toBe(30); // 6 × 5 (the vendor months are unknown)
  });

  test("every item of 労働基準法施行規則第54条第1項 has a row", () => {
    const items = ["賃金計算期間", "労働日数", "労働時間数", "時間外労働時間数", "休日労働時間数", "深夜労働時間数", "基本給", "手当", "その他賃金", "控除の額"];
    for (const item of items) expect(WAGE_LEDGER_ROWS.map((r) => r.item)).toContain(item);
  });
});

describe("源泉徴収簿", () => {
  let l: Ledgers;
  beforeAll(async () => ({ ledgers: l } = await handBuiltYear()));

  test("L001: 総支給金額 is the taxable pay (非課税の通勤手当を除く); March is データなし", () => {
    const b = l.ledgers[0].book;
    expect(b.salaries[0].cells).toEqual([1, "1/25", 300_000, 44_100, 255_900, 0, 6_530, null, 6_530]);
    expect(b.salaries[2].cells).toEqual([3, "データなし", "データなし", "データなし", "データなし", "データなし", "データなし", null, "データなし"]);
    expect(b.salaryTotals).toEqual({ gross: 3_300_000, socialInsurance: 485_100, tax: 71_830 }); // 11 × 300,000 / 44,100 / 6,530
  });

  test("L001: the 年末調整 block holds the totals only, with the reason", () => {
    const y = l.ledgers[0].yearEnd;
    expect(y.values["計（総支給金額）"]).toBe(3_300_000);
    expect(y.values["年調年税額"]).toBeUndefined();
    expect(y.notes).toEqual([expect.stringMatching(/データなしの月があるため/)]);
  });

  test("L002: the 賞与 row: 前月 (June, from the vendor export) 300,000円, 扶養2人 → 4.084% (賞与に対する源泉徴収税額の算出率の表 令和8年分)", () => {
    const b = l.ledgers[1].book;
    // 課税対象額 is not in bonus.csv: 575,000 − 75,000 = 500,000; 500,000 × 4.084% = 20,420 as the file says.
    expect(b.bonuses).toEqual([{ cells: [7, "7/10", 575_000, 75_000, 500_000, 300_000, 4.084, 20_420, 20_420] }]);
    expect(b.salaryTotals).toEqual({ gross: 4_200_000, socialInsurance: 600_000, tax: 101_040 }); // 12 × 350,000 / 50,000 / 8,420
    expect(b.bonusTotals).toEqual({ gross: 575_000, socialInsurance: 75_000, tax: 20_420 });
  });

  test("L002: the 年末調整 block by field name: totals, 給与所得控除後の給与等の金額, and blank steps without the 申告書", () => {
    const y = l.ledgers[1].yearEnd;
    expect(y.values).toEqual({
      "給料・手当等（総支給金額）": 4_200_000, "給料・手当等（税額）": 101_040, "賞与等（総支給金額）": 575_000, "賞与等（税額）": 20_420,
      "計（総支給金額）": 4_775_000, "計（税額）": 121_460, "社会保険料等控除額（給与等からの控除分）": 675_000,
      // 所得税法別表第五: 4,775,000 → 4,000円未満切捨て 4,772,000 × 80% − 440,000 = 3,377,600
      給与所得控除後の給与等の金額: 3_377_600,
    });
    expect(y.notes).toEqual([expect.stringMatching(/申告の内容（年末調整の従業員一覧）がないため/)]);
  });
});
