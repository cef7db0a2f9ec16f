/**
 * 仮払い・精算 as the pane computes it, on the same use cases as the command line: the golden 給与振込 file (five
 * records, 942,649円, test/zengin/golden) paid again on 2026-12-25 with a change, and the settlement of the two-person
 * ledger of test/cli/fixtures/provisional against the true month. Figures are the files' own or hand arithmetic.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { provisionalPayOf, ProvisionalPayView, settlementOf } from "../../../src/taskpane/workflow/provisionalPay";
import { parseZenginFile } from "../../../src/zengin/parse";

const file = (p: string) => ({ name: path.basename(p), bytes: new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../..", p))) });
const text = (name: string, s: string) => ({ name, bytes: new TextEncoder().encode(s) });
const GOLDEN = file("test/zengin/golden/kyuyo-11-crlf.txt");

describe("(a) 仮払い from last month's bank file", () => {
  test("the same five payees and 942,649円 on 2026-12-25; the new file and the ledger to download", async () => {
    const v = (await provisionalPayOf({ previous: GOLDEN, payDate: "2026-12-25" })) as ProvisionalPayView;
    expect([v.count, v.total, v.previousCount, v.previousTotal]).toEqual([5, 942_649, 5, 942_649]);
    expect(v.payees.map((p) => [p.who, p.amount])).toEqual([
      ["101 ﾔﾏﾀﾞ ﾀﾛｳ", 251_234], ["102 ｻﾄｳ ﾊﾅｺ", 168_765], ["102 ｻﾄｳ ﾊﾅｺ", 30_000], ["103 ｽｽﾞｷ ｲﾁﾛｳ", 305_000], ["104 ｼﾞﾖﾝ.ｽﾐｽ", 187_650],
    ]);
    const made = parseZenginFile(v.files!.transfer.bytes as Uint8Array);
    expect(made.records[0].fields.transferDate).toBe("1225");
    expect(v.files!.ledger.fileName).toBe("仮払い台帳_2026-12-25.csv");
    // 佐藤's two accounts are one ledger row: 168,765 + 30,000 = 198,765.
    expect(String(v.files!.ledger.bytes)).toContain("102,ｻﾄｳ ﾊﾅｺ,給与,2026-12-25,198765,仮払い（前月同額）");
  });

  test("a change: 103 left out moves the total by exactly 305,000円 (942,649 − 305,000 = 637,649)", async () => {
    const v = (await provisionalPayOf({ previous: GOLDEN, payDate: "2026-12-25", changes: text("changes.csv", "社員番号,振込金額,除外\r\n103,,○\r\n") })) as ProvisionalPayView;
    expect([v.count, v.total]).toEqual([4, 637_649]);
    expect(v.payees.find((p) => p.who.startsWith("103"))).toMatchObject({ amount: 0, change: "除外（前月 305,000円）" });
  });

  test("a bad changes row is listed with its row, column and value, and nothing is offered for download", async () => {
    const v = (await provisionalPayOf({ previous: GOLDEN, payDate: "2026-12-25", changes: text("changes.csv", "社員番号,振込金額,除外\r\n103,abc,\r\n") })) as ProvisionalPayView;
    expect(v.files).toBeUndefined();
    expect(v.problems).toEqual([expect.objectContaining({ file: "changes.csv", row: 2, column: "振込金額", value: "abc", severity: "error" })]);
  });

  test("no pay date yet: says what to choose", async () => {
    expect(await provisionalPayOf({ previous: GOLDEN, payDate: "" })).toEqual({ error: "支給日（振込指定日）を選んでください。" });
  });
});

describe("(b) 精算 of the ledger against the true month", () => {
  test("0001 +3,739 (380,000 − 376,261) and 0002 −13,155 (250,000 − 263,155); the 前月精算 lines to download", async () => {
    const v = await settlementOf({ ledger: file("test/cli/fixtures/provisional/ledger-two.csv"), actual: file("test/cli/fixtures/provisional/actual-two.csv") });
    expect(v.rows.map((r) => [r.employeeId, r.provisional, r.actualNet, r.difference, r.line])).toEqual([
      ["0001", 376_261, 380_000, 3_739, "前月精算（支給） 3,739円"],
      ["0002", 263_155, 250_000, -13_155, "前月精算（控除） 13,155円"],
    ]);
    expect(v.totals).toEqual({ provisional: 639_416, actualNet: 630_000, difference: -9_416 });
    const csv = String(v.adjustments!.bytes).replace(/^\uFEFF/, "").split("\r\n");
    expect(csv[0]).toBe("社員番号,前月精算（支給）,前月精算（控除）,理由");
    expect(csv[1].startsWith("0001,3739,,")).toBe(true);
  });

  test("an overpayment larger than next month's net pay is flagged (0006: 126,639 paid, 20,000 true, next 100,000)", async () => {
    const fx = (n: string) => file(`test/cli/fixtures/provisional/${n}`);
    const v = await settlementOf({ ledger: fx("ledger.csv"), actual: fx("actual.csv"), next: fx("next.csv") });
    expect(v.rows.find((r) => r.employeeId === "0006")!.warnings).toEqual(["過払い 106,639円が翌月の差引支給額 100,000円を超えます。翌月の給与だけでは精算できません（本人と返還方法を決めてください）。"]);
  });

  test("a ledger row that cannot be read: listed, and no lines are offered (it would be settled as never paid)", async () => {
    const v = await settlementOf({ ledger: text("ledger.csv", "社員番号,差引支給額\r\n0001,376261\r\n,263155\r\n"), actual: file("test/cli/fixtures/provisional/actual-two.csv") });
    expect(v.adjustments).toBeUndefined();
    expect(v.problems.some((p) => p.file === "ledger.csv" && p.row === 3 && p.column === "社員番号" && p.severity === "error")).toBe(true);
  });
});
