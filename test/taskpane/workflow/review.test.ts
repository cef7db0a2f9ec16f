import { importBankAccountsFile, importMasterFile } from "../../../src/import";
import { reviewSummary } from "../../../src/taskpane/workflow/review";
import { masterCsvBytes, shiftJis } from "../fixtures";

test("counts, every problem as a row (row, column, value, what is wrong), the dropped column told, a decision needed", async () => {
  const r = await importMasterFile(masterCsvBytes(), "master.csv");
  const s = reviewSummary(r);
  // 5 data rows: lines 2, 3 and 6 are valid, lines 4 and 5 are rejected.
  expect([s.totalRows, s.validRows, s.rejectedRows]).toEqual([5, 3, 2]);
  expect(s.encodingLabel).toBe("Shift_JIS（CP932）");
  expect(s.needsDecision).toBe(true);
  expect(s.problems.map((p) => [p.severityLabel, p.row, p.column, p.value])).toEqual([
    ["注意", 1, "マイナンバー", ""],
    ["エラー", 4, "生年月日", "1990/13/01"],
    ["エラー", 5, "基本給", "abc"],
    ["エラー", 5, "税区分", "丙"],
  ]);
  expect([s.errors, s.warnings]).toEqual([3, 1]);
  expect(s.notes).toEqual([
    "列 「マイナンバー」 はマイナンバー・基礎年金番号など給与計算に使わない番号のため、取り込みませんでした。値はブックにも、この作業ウィンドウにも残りません。",
  ]);
  // The dropped column's values appear nowhere in what the pane shows.
  expect(JSON.stringify(s)).not.toContain("123456789012");
});

test("a clean file needs no decision", async () => {
  const lines = ["社員番号,氏名,生年月日,基本給,健康保険,税区分,扶養親族等の数", "0001,山田 太郎,1985/4/1,300000,東京都,甲,0"];
  const s = reviewSummary(await importMasterFile(shiftJis(lines.join("\r\n")), "clean.csv"));
  expect([s.validRows, s.rejectedRows, s.needsDecision]).toEqual([1, 0, false]);
});

test("the bank-account file's problems are listed with its name; unused columns are told", async () => {
  const master = await importMasterFile(shiftJis(["社員番号,氏名,生年月日,基本給,健康保険,税区分,扶養親族等の数,備考", "0001,山田 太郎,1985/4/1,300000,東京都,甲,0,メモ"].join("\r\n")), "m.csv");
  // 社労夢 汎用マスタ 振込口座情報 layout: 預金種目 0=普通 (SHAROUMU_BANK_PRESET); 2 is not in its table.
  const bankCsv = ["従業員コード,振込口座コード,振込区分,銀行コード,支店コード,預金種目,口座番号,預金者名カナ", "0001,01,0,0005,001,2,1234567,ﾔﾏﾀﾞ ﾀﾛｳ"].join("\r\n");
  const bank = await importBankAccountsFile(shiftJis(bankCsv), "bank.csv", master.employees);
  const s = reviewSummary(master, bank);
  expect(s.problems.filter((p) => p.file === "振込口座").map((p) => [p.row, p.column, p.value, p.severity])).toEqual([[2, "預金種目", "2", "error"]]);
  expect(s.notes).toContainEqual(expect.stringContaining("列 「備考」 はどの項目にも対応付けていないため、使いません。"));
});

test("rows above the header are counted: read 4 = 1 valid + 3 rejected (lines 1–3 above the header on line 4)", async () => {
  const head = "社員番号,氏名,生年月日,基本給,健康保険,税区分,扶養親族等の数";
  const row = (id: string) => `${id},山田 太郎,1985/4/1,300000,東京都,甲,0`;
  const s = reviewSummary(await importMasterFile(shiftJis([row("0001"), row("0002"), row("0003"), head, row("0004")].join("\r\n")), "sorted.csv"));
  expect([s.totalRows, s.validRows, s.rejectedRows, s.needsDecision]).toEqual([4, 1, 3, true]);
  expect(s.problems.filter((p) => p.severity === "error").map((p) => p.row)).toEqual([1, 2, 3]);
});
