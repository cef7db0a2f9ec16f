/** The pure state of 「賃金台帳・源泉徴収簿を作る」: the 締め日, the files kept, why it cannot be made yet, the plan. */
import { importMasterFile, importPreviousResultsFile } from "../../../src/import";
import { initialLedgerBooks, ledgerBooksOf, ledgerLines, ledgerNotes, parseClosingDay, withoutResults, withResults } from "../../../src/taskpane/workflow/ledgerBooks";
import { BONUS_CSV, MASTER, SONAE_CSV, VENDOR_CSV } from "../../jobs/ledger/handBuiltYear";

const enc = (s: string) => new TextEncoder().encode(s);

test.each([["", undefined], ["31", 31], ["２０日", 20], ["末", 31], ["1", 1]])("締め日 %j → %j", (text, day) => expect(parseClosingDay(text)).toBe(day));
test.each(["0", "32", "月末締め", "15.5"])("締め日 %j is refused with a message naming it", (text) => expect(parseClosingDay(text)).toMatch(new RegExp(`締め日「${text}」は 1〜31 の日`)));

describe("the hand-built year through the pane's state", () => {
  test("why not yet, step by step, then the ledgers of both employees and their notes", async () => {
    let s = initialLedgerBooks(2026);
    expect(ledgerBooksOf(s)).toEqual({ reason: "従業員マスタを選んでください（使える行のあるもの）。" });
    s = { ...s, master: { name: "master.csv", imported: await importMasterFile(enc(MASTER), "master.csv") } };
    expect(ledgerBooksOf(s)).toEqual({ reason: "給与計算の結果のファイルを 1 つ以上選んでください。" });
    for (const [name, text] of [["sonae.csv", SONAE_CSV], ["vendor.csv", VENDOR_CSV], ["bonus.csv", BONUS_CSV]]) {
      s = withResults(s, name, await importPreviousResultsFile(enc(text), name, undefined, s.master!.imported.employees));
    }
    expect(ledgerBooksOf({ ...s, closingDayText: "40" })).toEqual({ reason: "締め日「40」は 1〜31 の日（末日は 31 か「末」）で書いてください。" });
    const ready = ledgerBooksOf(s);
    if (!("ledgers" in ready)) throw new Error(ready.reason);
    expect(ledgerLines(ready.ledgers)).toEqual(["L001 見本 花子: 11回の支払、データなし 1か月", "L002 見本 太郎: 13回の支払"]);
    expect(ledgerNotes(ready.ledgers)).toContainEqual(expect.stringMatching(/^L001 見本 花子: 3月の給与の結果がありません/));
    expect(ready.plan.sheets.map((x) => x.name)).toEqual(["賃金台帳", "源泉徴収簿"]);
    expect(ready.plan.employees).toHaveLength(2);
  });

  test("a file chosen again replaces the first; a file taken out is gone", async () => {
    const imported = await importPreviousResultsFile(enc(BONUS_CSV), "bonus.csv");
    const s = withResults(withResults(initialLedgerBooks(2026), "bonus.csv", imported), "bonus.csv", imported);
    expect(s.results.map((r) => r.name)).toEqual(["bonus.csv"]);
    expect(withoutResults(s, "bonus.csv").results).toEqual([]);
  });
});
