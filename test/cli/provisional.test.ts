/**
 * The outage runbook through the real command line (child processes): the example month's transfer file
 * (`sonae zengin`) paid again with `--from-previous` on a new date, and the settlement (`sonae settle`) of a
 * provisional month against the true one. Expected figures are read from last month's file itself (parsed
 * independently) or are the hand arithmetic written beside them.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "./support";
import { parseZenginFile } from "../../src/zengin/parse";
import { readTable } from "../../src/import/table";

/** The cells of an .xlsx's first sheet, row by row, blanks dropped: what the clerk sees printed. */
async function xlsxLines(file: string): Promise<string[][]> {
  const table = await readTable(new Uint8Array(fs.readFileSync(file)), path.basename(file));
  return table.rows.map((row) => row.map((c) => String(c ?? "").trim()).filter((c) => c !== "")).filter((row) => row.length > 0);
}

const ex = (f: string) => path.join("examples", f);
const fx = (f: string) => path.join("test/cli/fixtures/provisional", f);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-provisional-"));
const tmp = (f: string) => path.join(dir, f);
const lines = (stdout: string) => stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
const csvRows = (file: string) => fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/).map((l) => l.split(","));

describe("the example month paid again: zengin → zengin --from-previous → parse", () => {
  const nov = tmp("nov.txt");
  const dec = tmp("dec.txt");
  const ledger = tmp("ledger.csv");
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    const made = await runCli(["zengin", "--master", ex("master.csv"), "--variables", ex("variables.csv"), "--period", "2026-11", "--pay-date", "2026-11-25", "--sender", ex("sender.json"), "--out", nov]);
    expect(made.code).toBe(0);
    run = await runCli(["zengin", "--from-previous", nov, "--pay-date", "2026-12-25", "--out", dec, "--ledger", ledger, "--master", ex("master.csv"), "--payslips", tmp("slips.xlsx"), "--company", "ソナエ商事株式会社"]);
  }, 60_000);

  test("exit 0; the same data records, trailer and end record byte for byte; only the header's 振込指定日 is 1225", () => {
    expect(run.code).toBe(0);
    const before = parseZenginFile(new Uint8Array(fs.readFileSync(nov)));
    const after = parseZenginFile(new Uint8Array(fs.readFileSync(dec)));
    expect(after.problems).toEqual([]);
    expect(before.records[0].fields.transferDate).toBe("1125");
    expect(after.records[0].fields.transferDate).toBe("1225");
    expect(after.records.slice(1).map((r) => r.text)).toEqual(before.records.slice(1).map((r) => r.text));
    const trailer = (f: typeof before) => f.records.find((r) => r.kind === "trailer")!.fields;
    expect([trailer(after).count, trailer(after).total]).toEqual([trailer(before).count, trailer(before).total]);
  });

  test("the ledger: one row per employee in the results format, 社員番号 as the master writes it, flagged 仮払い（前月同額）", () => {
    const rows = csvRows(ledger);
    expect(rows[0]).toEqual(["社員番号", "氏名", "種別", "支給日", "差引支給額", "備考"]);
    const data = parseZenginFile(new Uint8Array(fs.readFileSync(nov))).records.filter((r) => r.kind === "data");
    const paidTo = (code: string) => data.filter((r) => r.fields.customerCode1 === code.padStart(10, "0")).reduce((t, r) => t + Number(r.fields.amount), 0);
    // 0007 渡辺 has two accounts: 振込額2 50,000 to the second (examples/master.csv), the rest to the first.
    expect(data.filter((r) => r.fields.customerCode1 === "0000000007").map((r) => Number(r.fields.amount))[1]).toBe(50_000);
    expect(rows.find((r) => r[0] === "0007")).toEqual(["0007", "渡辺 直樹", "給与", "2026-12-25", String(paidTo("7")), "仮払い（前月同額）"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012"]);
    expect(rows.slice(1).reduce((t, r) => t + Number(r[4]), 0)).toBe(Number(parseZenginFile(new Uint8Array(fs.readFileSync(nov))).records.find((r) => r.kind === "trailer")!.fields.total));
  });

  test("--payslips: one 給与明細書 仮払い（前月同額） per ledger row with the amount paid and nothing else", async () => {
    const rows = await xlsxLines(tmp("slips.xlsx"));
    const ledgerRows = csvRows(ledger).slice(1);
    expect(rows.filter((r) => r[0] === "給与明細書　仮払い（前月同額）").length).toBe(ledgerRows.length);
    expect(rows.slice(0, 6)).toEqual([
      ["ソナエ商事株式会社", "支給日　2026年12月25日"],
      ["給与明細書　仮払い（前月同額）"],
      ["社員番号 0001", "山田 太郎 様"],
      ["仮払い額（振込額）", ledgerRows[0][4]],
      ["内訳: 今月の支給・控除は確定後にお知らせします。"],
      ["備考: 給与計算ができないため、前月と同じ額を仮に支払っています。"],
    ]);
    // Nothing computed is claimed: no 総支給額, no premium, no tax.
    expect(rows.flat()).not.toContain("総支給額");
  });

  test("settled against Sonae's own payroll of the true month (its JSON lines as --actual): each difference is true net − paid", async () => {
    const truth = tmp("payroll-2026-12.jsonl");
    const payroll = await runCli(["payroll", "--master", ex("master.csv"), "--period", "2026-12"]);
    fs.writeFileSync(truth, payroll.stdout);
    const r = await runCli(["settle", "--provisional", ledger, "--actual", truth, "--json"]);
    expect(r.code).toBe(0);
    const paid = new Map(csvRows(ledger).slice(1).map((x) => [x[0], Number(x[4])]));
    const expected = lines(payroll.stdout).map((l) => ({ employeeId: l.employeeId, provisional: paid.get(l.employeeId), actualNet: l.net, difference: l.net - paid.get(l.employeeId)! }));
    expect(lines(r.stdout)).toEqual(expected);
  }, 60_000);

  test("a changes file: a new amount by 社員番号 and a person left out by account move the total by exactly those amounts", async () => {
    const changes = tmp("changes.csv");
    // 0003 鈴木 is paid into 0009-456 普通 0012345 (examples/master.csv).
    fs.writeFileSync(changes, "社員番号,銀行コード,支店コード,預金種目,口座番号,振込金額,除外\n0002,,,,,300000,\n,0009,456,普通,0012345,,○\n");
    const r = await runCli(["zengin", "--from-previous", nov, "--pay-date", "2026-12-25", "--out", tmp("dec-changed.txt"), "--changes", changes]);
    expect(r.code).toBe(0);
    const data = parseZenginFile(new Uint8Array(fs.readFileSync(nov))).records.filter((x) => x.kind === "data");
    const amountOf = (code: string) => Number(data.find((x) => x.fields.customerCode1 === code)!.fields.amount);
    const oldTotal = data.reduce((t, x) => t + Number(x.fields.amount), 0);
    const trailer = parseZenginFile(new Uint8Array(fs.readFileSync(tmp("dec-changed.txt")))).records.find((x) => x.kind === "trailer")!.fields;
    expect(Number(trailer.count)).toBe(data.length - 1);
    expect(Number(trailer.total)).toBe(oldTotal - amountOf("0000000002") + 300_000 - amountOf("0000000003"));
  }, 30_000);

  test("a bad cell in the changes file names its row, column and value, and no file is made (exit 1)", async () => {
    const changes = tmp("changes-bad.csv");
    fs.writeFileSync(changes, "社員番号,振込金額\n0001,300000\n0002,三十万\n");
    const r = await runCli(["zengin", "--from-previous", nov, "--pay-date", "2026-12-25", "--out", tmp("never.txt"), "--changes", changes]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("3行目「振込金額」の「三十万」");
    expect(fs.existsSync(tmp("never.txt"))).toBe(false);
  }, 30_000);

  test("a bank holiday is a warning proposing the previous business day; the file is still made", async () => {
    // 2026-12-26 is a Saturday: the previous business day is Friday 2026-12-25.
    const r = await runCli(["zengin", "--from-previous", nov, "--pay-date", "2026-12-26", "--out", tmp("dec26.txt")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\[注意\] 振込指定日「1226」: .*休業日.*2026-12-25/);
  }, 30_000);
});

describe("no bank file: zengin --from-results pays the system's last 差引支給額 (前月同額)", () => {
  test("the file's total is Σ 差引支給額 of examples/previous-results.csv; settle compares the ledger item by item", async () => {
    const ledger = tmp("ledger-from-results.csv");
    const made = await runCli(["zengin", "--from-results", ex("previous-results.csv"), "--master", ex("master.csv"), "--pay-date", "2026-12-25", "--sender", ex("sender.json"), "--out", tmp("from-results.txt"), "--ledger", ledger, "--payslips", tmp("slips-results.xlsx")]);
    expect(made.code).toBe(0);
    // The payslip of 0001: paid 370,266, last month's items (2026-10 of examples/previous-results.csv) as a reference.
    const slips = await xlsxLines(tmp("slips-results.xlsx"));
    const first = slips.findIndex((row) => row[0] === "社員番号 0001");
    expect(slips.slice(first, first + 7)).toEqual([
      ["社員番号 0001", "山田 太郎 様"],
      ["仮払い額（振込額）", "370266"],
      ["前月の内訳（参考。今月の確定額ではありません）"],
      ["総支給額", "471875", "健康保険", "21670"],
      ["介護保険", "3564", "子ども・子育て支援金", "506"],
      ["厚生年金", "40260", "雇用保険", "2359"],
      ["所得税", "8250", "住民税", "25000"],
    ]);
    const results = csvRows(ex("previous-results.csv"));
    const net = results[0].indexOf("差引支給額");
    const trailer = parseZenginFile(new Uint8Array(fs.readFileSync(tmp("from-results.txt")))).records.find((r) => r.kind === "trailer")!.fields;
    expect(Number(trailer.total)).toBe(results.slice(1).reduce((t, r) => t + Number(r[net]), 0));

    // 0001 paid 前月同額 (2026-10: 総支給額 471,875, 所得税 8,250, 差引支給額 370,266); the true month 490,000 / 8,980 / 385,000.
    const r = await runCli(["settle", "--provisional", ledger, "--actual", fx("actual-items.csv")]);
    expect(r.stdout).toContain("0001\t370,266\t385,000\t14,734\t前月精算（支給） 14,734円"); // 385,000 − 370,266
    expect(r.stdout).toContain("総支給額: 仮払い 471,875円 → 確定 490,000円（18,125円）"); // 490,000 − 471,875
    expect(r.stdout).toContain("所得税: 仮払い 8,250円 → 確定 8,980円（730円）"); // 8,980 − 8,250
    expect(r.code).toBe(1); // the other ten have no true month in that file: each is named on stderr
    expect(r.stderr).toContain("[注意] 社員番号 0002: 確定した給与の結果にこの社員番号がありません");
  }, 60_000);
});

test("--from-results with changes by 社員番号: 0002 paid 300,000, 0011 left out; a 社員番号 not in the results is exit 1", async () => {
  const changes = tmp("result-changes.csv");
  fs.writeFileSync(changes, "社員番号,振込金額,除外\n0002,300000,\n0011,,○\n");
  const args = ["zengin", "--from-results", ex("previous-results.csv"), "--master", ex("master.csv"), "--pay-date", "2026-12-25", "--sender", ex("sender.json")];
  const r = await runCli([...args, "--out", tmp("result-changes.txt"), "--changes", changes]);
  expect(r.code).toBe(0);
  const trailer = parseZenginFile(new Uint8Array(fs.readFileSync(tmp("result-changes.txt")))).records.find((x) => x.kind === "trailer")!.fields;
  // 0001–0011 less 0011 = 10 people, 0007 into two accounts = 11 records;
  // Σ 差引支給額 3,258,141 − 0002's 257,352 + 300,000 − 0011's 244,045 (examples/previous-results.csv)
  expect([Number(trailer.count), Number(trailer.total)]).toEqual([11, 3_056_744]);
  fs.writeFileSync(changes, "社員番号,振込金額\n0099,1\n");
  const bad = await runCli([...args, "--out", tmp("never2.txt"), "--changes", changes]);
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain("2行目「社員番号」の「0099」: 前月の結果にこの社員番号がありません");
  expect(fs.existsSync(tmp("never2.txt"))).toBe(false);
}, 60_000);

describe("sonae settle", () => {
  test("a month where 勤怠 changed: the differences as 前月精算 lines that move next month's net pay alone (exit 0)", async () => {
    const adjustments = tmp("adjustments.csv");
    const r = await runCli(["settle", "--provisional", fx("ledger-two.csv"), "--actual", fx("actual-two.csv"), "--json", "--out", adjustments]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual([
      { employeeId: "0001", provisional: 376_261, actualNet: 380_000, difference: 3_739 }, // more overtime: 380,000 − 376,261
      { employeeId: "0002", provisional: 263_155, actualNet: 250_000, difference: -13_155 }, // absences: 250,000 − 263,155
    ]);
    const rows = csvRows(adjustments);
    expect(rows[0]).toEqual(["社員番号", "前月精算（支給）", "前月精算（控除）", "理由"]);
    expect(rows.slice(1).map((x) => x.slice(0, 3))).toEqual([["0001", "3739", ""], ["0002", "", "13155"]]);
    expect(fs.readFileSync(adjustments, "utf8")).toContain('0001,3739,,"仮払い 376,261円、確定した差引支給額 380,000円の差額（不足）です。"\r\n');

    // Next month's payroll with those lines: net moves by exactly the difference; tax and 雇用保険 do not.
    const base = await runCli(["payroll", "--master", ex("master.csv"), "--period", "2027-01"]);
    const settled = await runCli(["payroll", "--master", ex("master.csv"), "--period", "2027-01", "--variables", adjustments]);
    const byId = (s: string) => new Map(lines(s).map((l) => [l.employeeId, l]));
    const [b, s] = [byId(base.stdout), byId(settled.stdout)];
    expect(s.get("0001").net - b.get("0001").net).toBe(3_739);
    expect(s.get("0002").net - b.get("0002").net).toBe(-13_155);
    for (const id of ["0001", "0002"]) {
      const same = (l: Record<string, number>) => [l.gross, l.taxable, l.incomeTax, l.employment, l.socialInsurance];
      expect(same(s.get(id))).toEqual(same(b.get(id)));
    }
  }, 60_000);

  test("--variables: the settlement added to next month's 勤怠・変動, which keeps every other row and value", async () => {
    const merged = tmp("variables-settled.csv");
    const r = await runCli(["settle", "--provisional", fx("ledger-two.csv"), "--actual", fx("actual-two.csv"), "--variables", ex("variables.csv"), "--out", merged]);
    expect(r.code).toBe(0);
    const rows = csvRows(merged);
    const col = (h: string) => rows[0].indexOf(h);
    const row = (id: string) => rows.find((x) => x[0] === id)!;
    // examples/variables.csv: 0001 残業 10, 0002 残業 5.5, 0003 残業 12・深夜 2・臨時の控除 3,000 (11 rows)
    expect(rows.length - 1).toBe(11);
    expect([row("0001")[col("残業時間")], row("0001")[col("前月精算（支給）")], row("0001")[col("臨時の非課税手当")]]).toEqual(["10", "3739", ""]);
    expect([row("0002")[col("残業時間")], row("0002")[col("前月精算（控除）")], row("0002")[col("臨時の控除")]]).toEqual(["5.5", "13155", ""]);
    expect([row("0003")[col("深夜時間")], row("0003")[col("臨時の控除")], row("0003")[col("前月精算（控除）")], row("0003")[col("理由")]]).toEqual(["2", "3000", "", ""]);
  }, 30_000);

  describe("someone joined, someone left, an overpayment larger than the next net pay", () => {
    let r: Awaited<ReturnType<typeof runCli>>;
    beforeAll(async () => {
      r = await runCli(["settle", "--provisional", fx("ledger.csv"), "--actual", fx("actual.csv"), "--next", fx("next.csv"), "--out", tmp("adj-all.csv")]);
    }, 30_000);

    test("exit 1: every case that needs the clerk is on stderr", () => {
      expect(r.code).toBe(1);
      // 0006: paid 126,639, true net 20,000 → overpaid 106,639 > next net 100,000.
      expect(r.stderr).toContain("[注意] 社員番号 0006: 過払い 106,639円が翌月の差引支給額 100,000円を超えます");
      // 0012 left: no true pay, not in next month's results either (next net 0).
      expect(r.stderr).toContain("[注意] 社員番号 0012: 確定した給与の結果にこの社員番号がありません");
      expect(r.stderr).toContain("[注意] 社員番号 0012: 過払い 93,060円が翌月の差引支給額 0円を超えます");
      // 0013 joined: not paid on payday at all.
      expect(r.stderr).toContain("[注意] 社員番号 0013: 仮払いをしていません");
    });

    test("the table and the lines: the leaver's whole provisional pay deducted, the newcomer's whole true net paid", () => {
      expect(r.stdout).toContain("0006\t126,639\t20,000\t-106,639\t前月精算（控除） 106,639円");
      expect(r.stdout).toContain("0012\t93,060\t0\t-93,060\t前月精算（控除） 93,060円");
      expect(r.stdout).toContain("0013\t0\t180,000\t180,000\t前月精算（支給） 180,000円");
      // 376,261 + 263,155 + 126,639 + 93,060 = 859,115; 380,000 + 250,000 + 20,000 + 180,000 = 830,000
      expect(r.stdout).toContain("合計\t859,115\t830,000\t-29,115");
      expect(csvRows(tmp("adj-all.csv")).slice(1).map((x) => [x[0], x[1], x[2]])).toEqual([
        ["0001", "3739", ""], ["0002", "", "13155"], ["0006", "", "106639"], ["0012", "", "93060"], ["0013", "180000", ""],
      ]);
    });
  });

  test("a ledger row that cannot be read stops the settlement: it would be settled as never paid (exit 1, no file)", async () => {
    const bad = tmp("ledger-bad.csv");
    fs.writeFileSync(bad, "社員番号,差引支給額\n0001,376261\n,263155\n");
    const r = await runCli(["settle", "--provisional", bad, "--actual", fx("actual-two.csv"), "--out", tmp("adj-never.csv")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("仮払い台帳（--provisional） [エラー] 3行目「社員番号」");
    expect(fs.existsSync(tmp("adj-never.csv"))).toBe(false);
  }, 60_000);

  test("usage: --actual missing is exit 2; --help describes the command", async () => {
    const r = await runCli(["settle", "--provisional", fx("ledger.csv")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--actual");
    const help = await runCli(["settle", "--help"]);
    expect([help.code, help.stdout.startsWith("使い方: npm run --silent sonae -- settle")]).toEqual([0, true]);
  }, 60_000);
});
