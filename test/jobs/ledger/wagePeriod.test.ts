/**
 * 賃金計算期間 on the 賃金台帳 (労働基準法施行規則第54条第1項第3号): a vendor's months that carry their own 計算期間
 * show it as exported; Sonae's months (対象年月 only) are 締め日から算出, and the ledger says which is which.
 * An office closing on the 20th: January's period is 2025/12/21〜2026/1/20, July's 2026/6/21〜2026/7/20.
 */
import { importMasterFile, importPreviousResultsFile } from "../../../src/import";
import { makeLedgers } from "../../../src/jobs/ledger/ledger";
import { ledgerFileOf } from "../../../src/jobs/ledger/payments";

const enc = (s: string) => new TextEncoder().encode(s);
const MASTER = "社員番号,氏名,生年月日,入社日,基本給,健康保険,税区分,扶養親族等の数\nP001,期間 一郎,1980-01-01,2020-04-01,300000,東京都,甲,0";
const pad = (n: number) => String(n).padStart(2, "0");
const previousMonth = (m: number) => (m === 1 ? "2025/12" : `2026/${pad(m - 1)}`);
const VENDOR = ["社員番号,支給日,総支給額,社会保険料計,課税対象額,所得税,差引支給額,計算期間", ...[1, 2, 3, 4, 5, 6].map((m) => `P001,2026/${pad(m)}/25,300000,45000,255000,6000,249000,${previousMonth(m)}/21〜2026/${pad(m)}/20`)].join("\n");
const SONAE = ["社員番号,対象年月,種別,支給日,総支給額,社会保険料計,課税対象額,所得税,差引支給額", ...[7, 8, 9, 10, 11, 12].map((m) => `P001,2026-${pad(m)},給与,2026-${pad(m)}-25,300000,45000,255000,6000,249000`)].join("\n");

async function ledgers(closingDay: number | undefined) {
  const master = await importMasterFile(enc(MASTER), "master.csv");
  const files = [];
  for (const [name, text] of [["vendor.csv", VENDOR], ["sonae.csv", SONAE]]) {
    const imported = await importPreviousResultsFile(enc(text), name, undefined, master.employees);
    expect(imported.problems.filter((p) => p.severity === "error")).toEqual([]);
    files.push(ledgerFileOf(name, imported));
  }
  return makeLedgers({ employees: master.employees, files, year: 2026, closingDay });
}

test("the file's own periods as exported, the others from 対象年月 and the 締め日, and a note saying which", async () => {
  const l = (await ledgers(20)).ledgers[0];
  const row = l.wageLedger.find((r) => r.label === "賃金計算期間")!;
  expect(row.cells).toEqual([
    "2025/12/21〜2026/1/20", "2026/1/21〜2026/2/20", "2026/2/21〜2026/3/20", "2026/3/21〜2026/4/20", "2026/4/21〜2026/5/20", "2026/5/21〜2026/6/20",
    "2026/6/21〜2026/7/20", "2026/7/21〜2026/8/20", "2026/8/21〜2026/9/20", "2026/9/21〜2026/10/20", "2026/10/21〜2026/11/20", "2026/11/21〜2026/12/20",
  ]);
  expect(l.notes).toContain("賃金計算期間: 1月・2月・3月・4月・5月・6月は結果のファイルの計算期間（締日）の列のとおり、7月・8月・9月・10月・11月・12月は締め日から算出（対象年月と締め日 20日 から）です。");
});

test("without a 締め日 the file's periods are still shown; the rest are 「○年○月分」", async () => {
  const l = (await ledgers(undefined)).ledgers[0];
  const row = l.wageLedger.find((r) => r.label === "賃金計算期間")!;
  expect(row.cells.slice(5, 7)).toEqual(["2026/5/21〜2026/6/20", "2026年7月分"]);
  expect(l.notes).toContain("賃金計算期間: 1月・2月・3月・4月・5月・6月は結果のファイルの計算期間（締日）の列のとおりです。");
});
