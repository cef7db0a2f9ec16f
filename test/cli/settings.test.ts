/**
 * The office's 設定 on the command line (--settings, --premium-timing, --support-rounding) through the real entry
 * point. test/cli/fixtures/settings/master.csv: four 月給 300,000 employees of 東京都, 標準報酬 300,000, born 1986
 * (no 介護), 一般, 甲0人, 2026-04 paid 2026-04-25: 0001 stays; 0002 left 2026-03-25; 0003 joined 2026-04-25; 0004 leaves
 * 2026-04-30 (資格喪失 5/1, so April is the last insured month). Rates (test/fixtures/official): 協会けんぽ東京都
 * 2026-03分から 9.85%, 子ども・子育て支援金 2026-04分から 0.23%, 厚生年金 18.3%, 雇用保険 一般 令和8年度 5/1000.
 * - 翌月徴収 (2026-03分): 健保 300,000 × 9.85% ÷ 2 = 14,775; 支援金 0; 厚年 300,000 × 18.3% ÷ 2 = 27,450; 雇用 1,500.
 * - 当月徴収 (2026-04分): 健保＋支援金 300,000 × 10.08% ÷ 2 = 15,120 → 健保 14,775, 支援金 345; 厚年 27,450.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCli, ROOT } from "./support";
import { sjis } from "../import/helpers";
import { r8MonthlyTax } from "../calc/payroll/officialTables";
import { defaultPayrollSettings } from "../../src/calc/payroll/settings";
import { officeSettingsJson, readOfficeSettings } from "../../src/calc/payroll/officeSettings";
import { defaultSettingsForm, validateSettingsForm } from "../../src/taskpane/workflow/settingsForm";
import { settingsFile } from "../../src/taskpane/workflow/downloads";
import { readSettingsOptions } from "../../src/cli/settingsOptions";

const fx = (f: string) => path.join("test/cli/fixtures/settings", f);
const payroll = (...more: string[]) => runCli(["payroll", "--master", fx("master.csv"), "--period", "2026-04", ...more]);
const byId = (stdout: string) => new Map(stdout.trim().split("\n").filter(Boolean).map((l) => [JSON.parse(l).employeeId as string, JSON.parse(l)]));

/** A 月給 300,000 line with these premiums, 雇用 1,500 and the 令和8年分 月額表 甲0人. */
function line(id: string, p: { health: number; childSupport: number; pension: number }, residentTax = 10_000) {
  const socialInsurance = p.health + p.childSupport + p.pension + 1_500;
  const taxable = 300_000 - socialInsurance;
  const incomeTax = r8MonthlyTax(taxable, "甲", 0);
  return { employeeId: id, gross: 300_000, care: 0, ...p, employment: 1_500, socialInsurance, taxable, incomeTax, residentTax, extraDeduction: 0, settlementPay: 0, settlementDeduction: 0, net: 300_000 - socialInsurance - incomeTax - residentTax };
}
const NEXT_MONTH = { health: 14_775, childSupport: 0, pension: 27_450 };
const SAME_MONTH = { health: 14_775, childSupport: 345, pension: 27_450 };
const NONE = { health: 0, childSupport: 0, pension: 0 };

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-settings-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, text);
  return p;
};

describe("20日締め: the 2026-04 period is 2026-03-21〜2026-04-20", () => {
  test("末日締め (no settings): 0002, who left 3/25, is not paid; 0003, who joined 4/25, is", async () => {
    const r = await payroll();
    expect(r.code).toBe(0);
    expect([...byId(r.stdout).keys()]).toEqual(["0001", "0003", "0004"]);
    expect(r.stderr).toContain("社員番号 0002（佐藤 二郎）は退職日 2026-03-25 が賃金計算期間の前のため、2026-04 の給与を計算しません。");
  }, 30_000);

  test("--settings {closingDay: 20}: 0002 is paid (not 日割り: 300,000) with no premium — 喪失 3/26, so 3月分 is not owed; 0003 waits for May", async () => {
    const r = await payroll("--settings", fx("closing-20.json"));
    expect(r.code).toBe(0);
    const lines = byId(r.stdout);
    expect([...lines.keys()]).toEqual(["0001", "0002", "0004"]);
    expect(lines.get("0001")).toEqual(line("0001", NEXT_MONTH));
    // 300,000 − 1,500 = 298,500 → 月額表 296,000〜299,000 甲0人 7,820; 差引 300,000 − 1,500 − 7,820 − 10,000 = 280,680
    expect(lines.get("0002")).toEqual({ ...line("0002", NONE), incomeTax: 7_820, net: 280_680 });
    // 0004 leaves 4/30, after this period's end: one month (3月分) is deducted, not two
    expect(lines.get("0004")).toEqual(line("0004", NEXT_MONTH));
    expect(r.stderr).toContain("社員番号 0003（鈴木 三郎）は入社日 2026-04-25 が賃金計算期間の後のため、2026-04 の給与を計算しません。");
  }, 30_000);
});

describe("当月徴収: the April pay deducts 2026-04分 (with 支援金) instead of 2026-03分", () => {
  test("翌月徴収 (no settings): 0001 pays 3月分 (no 支援金); the leaver 0004 pays 3月分 and 4月分", async () => {
    const lines = byId((await payroll()).stdout);
    expect(lines.get("0001")).toEqual(line("0001", NEXT_MONTH));
    // 健保 14,775 × 2 = 29,550; 支援金 345 (4月分 only); 厚年 27,450 × 2 = 54,900
    expect(lines.get("0004")).toEqual(line("0004", { health: 29_550, childSupport: 345, pension: 54_900 }));
  }, 30_000);

  test("--settings {premiumTiming: sameMonth}: 0001 and the leaver 0004 each pay 4月分 once", async () => {
    const r = await payroll("--settings", fx("same-month.json"));
    expect(r.code).toBe(0);
    const lines = byId(r.stdout);
    expect(lines.get("0001")).toEqual(line("0001", SAME_MONTH));
    expect(lines.get("0004")).toEqual(line("0004", SAME_MONTH));
    // 0003 joined 4/25: insured in April, so 当月徴収 deducts its 4月分 (翌月徴収 would deduct nothing this month)
    expect(lines.get("0003")).toEqual(line("0003", SAME_MONTH, 0));
  }, 30_000);

  test("--premium-timing overrides the file; --premium-timing alone needs no file", async () => {
    const back = byId((await payroll("--settings", fx("same-month.json"), "--premium-timing", "翌月")).stdout);
    expect(back.get("0001")).toEqual(line("0001", NEXT_MONTH));
    const alone = byId((await payroll("--premium-timing", "当月")).stdout);
    expect(alone.get("0001")).toEqual(line("0001", SAME_MONTH));
  }, 30_000);
});

describe("a settings file or shortcut that cannot be used stops with exit 2, naming the file, the key, the value and what is allowed", () => {
  test.each([
    ["unknown key", '{ "closingday": 20 }', ["「closingday」は使えません", "使える項目: closingDay（締め日）"]],
    ["締め日 out of range", '{ "closingDay": 40 }', ["「closingDay」（締め日）の値「40」は使えません。1〜31の整数"]],
  ])("through the command: %s", async (name, text, messages) => {
    const p = file(`${name}.json`, text);
    const r = await payroll("--settings", p);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`設定ファイル（--settings）「${p}」: `);
    for (const m of messages) expect(r.stderr).toContain(m);
  }, 30_000);

  test("--premium-timing with another word, through the command", async () => {
    const r = await payroll("--premium-timing", "来月");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--premium-timing は 翌月・当月 のどちらかです（「来月」は使えません）。");
  }, 30_000);

  // The same reader the commands use (a UsageError is exit 2), without a process per case.
  test.each([
    ["the month's own setting", '{ "period": "2026-04" }', "「period」は使えません（対象年月は --period で指定します）"],
    ["締め日 as text", '{ "closingDay": "20" }', "「closingDay」（締め日）の値「20」は使えません。"],
    ["the shortcut's word in the file", '{ "premiumTiming": "当月" }', "「premiumTiming」（保険料の徴収時期）の値「当月」は使えません。\"nextMonth\"（翌月徴収）または \"sameMonth\"（当月徴収）"],
    ["支援金 rounding", '{ "childSupportRounding": "別々" }', "「childSupportRounding」（支援金の端数処理）の値「別々」は使えません。\"withHealth\""],
    ["協会けんぽ支部", '{ "defaultInsurer": "東京" }', "「defaultInsurer」（協会けんぽ支部（既定））の値「東京」は使えません。協会けんぽの支部の都道府県名"],
    ["事業区分", '{ "defaultEmploymentInsurance": "一般" }', "「defaultEmploymentInsurance」（雇用保険の事業区分（既定））の値「一般」は使えません。\"general\""],
    ["hours", '{ "scheduledHoursPerMonth": 0 }', "「scheduledHoursPerMonth」（月平均所定労働時間）の値「0」は使えません。0より大きい数値"],
    ["会社名", '{ "companyName": 42 }', "「companyName」（会社名）の値「42」は使えません。100文字以内の文字列"],
    ["not an object", "[20]", "設定ファイル「[…]」は使えません。"],
    // '{ "closingDay": 20, }': the "}" is the 21st character of line 1.
    ["not JSON", '{ "closingDay": 20, }', "「${p}」: 1行目 21文字目で JSON として読めません。「}」の前に余分な「,」がないか確認してください。"],
  ])("%s", async (name, text, message) => {
    const p = file(`${name}.json`, text);
    await expect(readSettingsOptions({ settings: p })).rejects.toMatchObject({ name: "UsageError", message: expect.stringContaining(`設定ファイル（--settings）「${p}」`) });
    await expect(readSettingsOptions({ settings: p })).rejects.toThrow(message.replace("${p}", p));
  });

  test("a settings.json メモ帳 saved in Shift_JIS (CP932) is read with its 会社名", async () => {
    const p = path.join(tmp, "sjis.json");
    // ソ is 0x83 0x5C in CP932 (its second byte is "\\" in ASCII, the classic trap for a UTF-8 reader).
    fs.writeFileSync(p, sjis('{ "closingDay": 20, "companyName": "ソナエ商事株式会社" }'));
    expect([...fs.readFileSync(p).subarray(36, 38)]).toEqual([0x83, 0x5c]);
    expect(await readSettingsOptions({ settings: p })).toEqual({ closingDay: 20, companyName: "ソナエ商事株式会社" });
  });

  test.each([
    [{ supportRounding: "separate" }, "--support-rounding は 合算・別々 のどちらかです（「separate」は使えません）。"],
    [{ settings: "no-such-settings.json" }, "no-such-settings.json"],
  ])("%j", async (values, message) => {
    await expect(readSettingsOptions(values)).rejects.toThrow(message);
  });

  test("the shortcuts alone, and over a file", async () => {
    expect(await readSettingsOptions({ premiumTiming: "当月", supportRounding: "別々" })).toEqual({ premiumTiming: "sameMonth", childSupportRounding: "separate" });
    const p = file("both.json", '{ "closingDay": 20, "premiumTiming": "sameMonth" }');
    expect(await readSettingsOptions({ settings: p, premiumTiming: "翌月" })).toEqual({ closingDay: 20, premiumTiming: "nextMonth" });
  });
});

describe("the file the pane's 設定 step downloads is the file --settings reads", () => {
  test("templates/settings.json is the defaults as the pane writes them", () => {
    const template = fs.readFileSync(path.join(ROOT, "templates/settings.json"), "utf8");
    expect(template).toBe(officeSettingsJson(defaultPayrollSettings("2026-04")));
    expect(readOfficeSettings(JSON.parse(template))).toEqual({
      closingDay: 31, premiumTiming: "nextMonth", scheduledHoursPerMonth: 160, scheduledDaysPerMonth: 20,
      defaultInsurer: "東京都", defaultEmploymentInsurance: "general", companyName: "", childSupportRounding: "withHealth",
    });
  });

  test("20日締め・当月徴収 chosen in the pane: the CLI computes with them (0002 paid, 4月分 deducted)", async () => {
    const form = { ...defaultSettingsForm({ year: 2026, month: 4 }), closingDay: "20", premiumTiming: "sameMonth" as const, companyName: "株式会社さくら商事" };
    const checked = validateSettingsForm(form).settings!;
    const download = settingsFile(checked);
    expect(download.fileName).toBe("settings.json");
    const r = await payroll("--settings", file("from-pane.json", download.bytes as string));
    expect(r.code).toBe(0);
    const lines = byId(r.stdout);
    expect([...lines.keys()]).toEqual(["0001", "0002", "0004"]);
    expect(lines.get("0001")).toEqual(line("0001", SAME_MONTH));
    expect(lines.get("0002")).toEqual(line("0002", NONE)); // lost 3/26: not insured in April either
    expect(JSON.parse(download.bytes as string)).toMatchObject({ closingDay: 20, premiumTiming: "sameMonth", companyName: "株式会社さくら商事" });
  }, 30_000);
});

test("rebuild --settings: the workbook's 設定 sheet has the values used", async () => {
  const out = path.join(tmp, "payroll.xlsx");
  const settings = file("office.json", JSON.stringify({ closingDay: 20, premiumTiming: "sameMonth", scheduledHoursPerMonth: 163.3, defaultInsurer: "大阪府", companyName: "株式会社さくら商事" }));
  const r = await runCli(["rebuild", "--master", fx("master.csv"), "--period", "2026-04", "--out", out, "--values-only", "--settings", settings]);
  expect(r.stderr).not.toContain("一致しません");
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("設定")!;
  const valueOf = (label: string) => {
    for (let row = 1; row <= ws.rowCount; row++) if (ws.getCell(row, 1).value === label) return ws.getCell(row, 2).value;
    throw new Error(`設定 has no ${label}`);
  };
  expect(valueOf("締め日")).toBe(20);
  expect(valueOf("保険料の徴収時期")).toBe("当月徴収");
  expect(valueOf("月平均所定労働時間")).toBe(163.3);
  expect(valueOf("会社名")).toBe("株式会社さくら商事");
}, 60_000);

test("zengin reads the same options (the net it transfers is the month computed with them): a wrong word is exit 2", async () => {
  const r = await runCli(["zengin", "--master", fx("master.csv"), "--period", "2026-04", "--pay-date", "2026-04-24", "--sender", "examples/sender.json", "--out", path.join(tmp, "z.txt"), "--support-rounding", "合計"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("--support-rounding は 合算・別々 のどちらかです（「合計」は使えません）。");
}, 30_000);
