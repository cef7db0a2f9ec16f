/**
 * The ledgers of the hand-built year (handBuiltYear.ts), every total worked out by hand below.
 */
import type { Ledgers } from "../../../src/jobs/ledger/ledger";
import { WAGE_LEDGER_ROWS } from "../../../src/jobs/ledger/wageLedger";
import { handBuiltYear } from "./handBuiltYear";

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
