/**
 * Bank and branch names as hints: a code missing from the table or a typed name that differs is a
 * warning, never an error; names fill in only where none was given. The real zengin-code package is
 * loaded once to check the loader and the data's date.
 */
import { applyBankNames, BankDirectory, checkSenderBank, dataDateOfVersion, loadBankDirectory, lookupBank } from "../../src/zengin/bankNames";
import { buildZenginFile } from "../../src/zengin/build";
import { TransferRow } from "../../src/zengin/transfers";
import { SENDER } from "./fixtures";

const entry = (code: string, name: string, kana: string) => ({ code, name, kana });
const DIR: BankDirectory = {
  source: "test",
  dataDate: "2026-08-24",
  banks: {
    "0001": { ...entry("0001", "みずほ", "ミズホ"), branches: { "001": entry("001", "東京営業部", "トウキヨウ"), "004": entry("004", "丸の内中央", "マルノウチチユウオウ") } },
    "0005": { ...entry("0005", "三菱UFJ", "ミツビシユーエフジエイ"), branches: { "001": entry("001", "本店", "ホンテン") } },
  },
};

const row = (bankCode: string, branchCode: string, names: { bankName?: string; branchName?: string } = {}): TransferRow => ({
  employeeId: "1",
  account: { bankCode, branchCode, accountType: "1", accountNumber: "1", holderName: "ﾃｽﾄ", ...names },
  amount: 1,
});

test("the data's date comes from the package version (zengin-js: 1.0.0-pYYYYMMDD)", () => {
  expect(dataDateOfVersion("1.0.0-p20260824")).toBe("2026-08-24");
  expect(dataDateOfVersion("2.0.0")).toBe("");
});

test("lookup gives names as the file would hold them (half-width, 15 bytes)", () => {
  expect(lookupBank(DIR, "0001", "004")).toMatchObject({ bankKana: "ﾐｽﾞﾎ", branchKana: "ﾏﾙﾉｳﾁﾁﾕｳｵｳ" });
  // ミツビシユーエフジエイ → ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ: 11 characters + 2 voiced marks = 13 bytes
  expect(lookupBank(DIR, "0005", "001").bankKana).toBe("ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ");
});

test.each<[string, TransferRow, { field: string; value: string } | undefined, string | undefined]>([
  ["known codes, no names: filled, no warning", row("0001", "001"), undefined, "ﾄｳｷﾖｳ"],
  ["unknown bank: warning, left blank", row("0999", "001"), { field: "被仕向銀行番号", value: "0999" }, undefined],
  ["unknown branch: warning", row("0001", "999"), { field: "被仕向支店番号", value: "999" }, undefined],
  ["typed branch name that differs: warning, kept as typed", row("0001", "001", { branchName: "ﾏﾙﾉｳﾁ" }), { field: "被仕向支店名", value: "ﾏﾙﾉｳﾁ" }, "ﾏﾙﾉｳﾁ"],
  ["typed name in another form but the same: no warning", row("0001", "001", { branchName: "とうきよう" }), undefined, "とうきよう"],
])("%s", (_id, r, warning, branchName) => {
  const out = applyBankNames(DIR, [r], { fill: true });
  expect(out.problems).toEqual(warning ? [expect.objectContaining({ ...warning, severity: "warning", row: 1 })] : []);
  expect(out.rows[0].account?.branchName).toBe(branchName);
  if (warning) expect(out.problems[0].message).toContain("2026-08-24");
});

test("a missing code never blocks the file", () => {
  const { rows, problems } = applyBankNames(DIR, [row("0999", "001")], { fill: true });
  const r = buildZenginFile({ sender: SENDER, type: "11", payDate: "2026-11-25", rows });
  expect(problems).toHaveLength(1);
  expect(r.problems).toEqual([]);
  expect(r.count).toBe(1);
});

test("the sender's typed names are checked for typos", () => {
  const typo = checkSenderBank(DIR, { ...SENDER, bankCode: "0001", bankName: "ミスホ", branchCode: "001", branchName: "トウキヨウ" });
  expect(typo).toEqual([expect.objectContaining({ row: 0, field: "仕向銀行名", value: "ミスホ", severity: "warning" })]);
  expect(typo[0].message).toContain("ﾐｽﾞﾎ");
});

test("the real package loads lazily, with its date and the big banks", async () => {
  const dir = await loadBankDirectory();
  expect(dir.dataDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(dir.source).toMatch(/^zengin-code /);
  expect(Object.keys(dir.banks).length).toBeGreaterThan(1000);
  // 0001 みずほ 001 東京営業部, 0005 三菱ＵＦＪ, 9900 ゆうちょ: codes every bank table has.
  expect(dir.banks["0001"].name).toBe("みずほ");
  expect(dir.banks["0001"].branches["001"].name).toBe("東京営業部");
  expect(dir.banks["0005"]).toBeDefined();
  expect(dir.banks["9900"]).toBeDefined();
  // Every bank's kana in the table converts to the bank character set.
  const failures = Object.values(dir.banks).filter((b) => lookupBank(dir, b.code, "").bankKana === undefined);
  expect(failures.map((b) => `${b.code} ${b.kana}`)).toEqual([]);
});
