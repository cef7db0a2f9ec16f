/** The pure state of 「賃金台帳・源泉徴収簿を作る」: the 締め日, the files kept, why it cannot be made yet, the plan. */
import { importMasterFile, importPreviousResultsFile } from "../../../src/import";
import { readStaffList } from "../../../src/import/nenchoStaff";
import {
  closingDayOfSettingsFile, initialLedgerBooks, LedgerBooksState, ledgerBooksOf, ledgerLines, ledgerNotes, parseClosingDay, staffProblems, withoutResults, withResults,
} from "../../../src/taskpane/workflow/ledgerBooks";
import { BONUS_CSV, MASTER, SONAE_CSV, STAFF_CSV, TARO_YEAR_END, VENDOR_CSV } from "../../jobs/ledger/handBuiltYear";

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

describe("the 締め日 from the office's settings, and the 年末調整 staff list", () => {
  test("the 設定 step's 締め日 is where the ledger starts; one that is not a day is left blank", () => {
    expect(initialLedgerBooks(2026, "20")).toMatchObject({ closingDayText: "20", closingDaySource: "settings" });
    expect(initialLedgerBooks(2026, "")).toMatchObject({ closingDayText: "", closingDaySource: undefined });
    expect(initialLedgerBooks(2026)).toMatchObject({ closingDayText: "" });
  });

  test("settings.json: its closingDay, or the reason the command line would give", () => {
    expect(closingDayOfSettingsFile(enc('\uFEFF{ "closingDay": 20, "premiumTiming": "sameMonth" }'), "settings.json")).toBe("20");
    expect(closingDayOfSettingsFile(enc('{ "premiumTiming": "sameMonth" }'), "s.json")).toEqual({ error: "「s.json」に締め日（closingDay）がありません。" });
    expect(closingDayOfSettingsFile(enc("closingDay=20"), "s.json")).toEqual({ error: expect.stringContaining("JSON として読めません") });
    expect(closingDayOfSettingsFile(enc('{ "closingDay": 40 }'), "s.json")).toEqual({ error: expect.stringMatching(/^「s\.json」: .*closingDay.*40/) });
  });

  test("with the staff list the 年末調整 block goes to the 年調年税額 (worked by hand in handBuiltYear.ts)", async () => {
    const master = await importMasterFile(enc(MASTER), "master.csv");
    let s: LedgerBooksState = { ...initialLedgerBooks(2026, "31"), master: { name: "master.csv", imported: master } };
    for (const [name, text] of [["sonae.csv", SONAE_CSV], ["vendor.csv", VENDOR_CSV], ["bonus.csv", BONUS_CSV]]) {
      s = withResults(s, name, await importPreviousResultsFile(enc(text), name, undefined, master.employees));
    }
    const staff = { name: "staff.csv", list: readStaffList(enc(STAFF_CSV)) };
    const ready = ledgerBooksOf({ ...s, staff });
    if (!("ledgers" in ready)) throw new Error(ready.reason);
    const taro = ready.ledgers.ledgers.find((l) => l.employee.id === "L002")!;
    expect(taro.yearEnd.values).toMatchObject({ "計（総支給金額）": 4_775_000, 給与所得控除後の給与等の金額: 3_377_600, 年調年税額: TARO_YEAR_END.annualTax, 差引超過額又は不足額: TARO_YEAR_END.balance });
    expect(staffProblems(staff)).toEqual([]);
  });

  test("a staff row with a problem is named with its file, row and column, and that employee's block is the totals only", () => {
    const staff = { name: "staff.csv", list: readStaffList(enc("社員番号,支給総額,社会保険料,源泉徴収済額,一般の扶養親族\nL002,0,0,0,abc")) };
    expect(staffProblems(staff)).toEqual([{ file: "staff.csv", row: 2, column: "一般の扶養親族", message: expect.stringContaining("（この人の年末調整欄は合計だけにします）") }]);
    expect(staffProblems({ name: "x.csv", list: readStaffList(enc("氏名\nA")) })).toEqual([{ file: "x.csv", row: 0, column: "", message: expect.stringContaining("社員番号") }]);
  });
});
