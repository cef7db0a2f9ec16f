/**
 * 仮払い from the last results in the pane (no bank file): examples/previous-results.csv, examples/master.csv and
 * examples/sender.json — the latter saved by メモ帳 in Shift_JIS — give the same 全銀 file and 仮払い台帳, byte for
 * byte, as `sonae zengin --from-results … --ledger` run as a child process on the same files.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { importMasterFile } from "../../../src/import";
import { senderFormFromFile, senderJsonFile, provisionalFromResultsOf } from "../../../src/taskpane/workflow/provisionalFromResults";
import type { ProvisionalPayView } from "../../../src/taskpane/workflow/provisionalPay";
import { EMPTY_SENDER } from "../../../src/taskpane/workflow/transfer";
import { runCli, ROOT } from "../../cli/support";
import { sjis } from "../../import/helpers";

const ex = (name: string) => path.join(ROOT, "examples", name);
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-from-results-"));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));
const chosen = (p: string) => ({ name: path.basename(p), bytes: new Uint8Array(fs.readFileSync(p)) });
const text = (b: Uint8Array | string) => (typeof b === "string" ? b : new TextDecoder().decode(b));

describe("the pane's 仮払い from the last results = sonae zengin --from-results", () => {
  let view: ProvisionalPayView;
  const out = path.join(TMP, "from-results.txt");
  const ledger = path.join(TMP, "ledger.csv");
  beforeAll(async () => {
    const cli = await runCli(["zengin", "--from-results", ex("previous-results.csv"), "--master", ex("master.csv"), "--pay-date", "2026-12-25", "--sender", ex("sender.json"), "--out", out, "--ledger", ledger]);
    expect(cli.code).toBe(0);
    const master = await importMasterFile(new Uint8Array(fs.readFileSync(ex("master.csv"))), "master.csv");
    const sender = senderFormFromFile(sjis(fs.readFileSync(ex("sender.json"), "utf8")));
    expect(sender.unknownKeys).toEqual([]);
    const made = await provisionalFromResultsOf({ results: chosen(ex("previous-results.csv")), master, sender: sender.form, payDate: "2026-12-25" });
    expect("error" in made).toBe(false);
    view = made as ProvisionalPayView;
  }, 60_000);

  test("the 全銀 file and the 仮払い台帳 are the command's bytes", () => {
    expect(view.files).toBeDefined();
    expect(Buffer.from(view.files!.transfer.bytes as Uint8Array).equals(fs.readFileSync(out))).toBe(true);
    expect(text(view.files!.ledger.bytes)).toBe(fs.readFileSync(ledger, "utf8"));
  });

  test("the list: everyone of the results, the total Σ 差引支給額 of the file (0001 370,266円)", () => {
    const rows = fs.readFileSync(ex("previous-results.csv"), "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/).map((l) => l.split(","));
    const net = rows[0].indexOf("差引支給額");
    const sum = rows.slice(1).reduce((t, r) => t + Number(r[net]), 0);
    expect([view.total, view.previousTotal, view.previousCount]).toEqual([sum, sum, rows.length - 1]);
    expect(view.payees.find((p) => p.who.startsWith("0001"))).toEqual(expect.objectContaining({ who: "0001 山田 太郎", amount: 370_266 }));
    expect(view.problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});

describe("this month's changes by 社員番号, as --changes", () => {
  const args = ["zengin", "--from-results", ex("previous-results.csv"), "--master", ex("master.csv"), "--pay-date", "2026-12-25", "--sender", ex("sender.json")];
  const senderForm = () => senderFormFromFile(new Uint8Array(fs.readFileSync(ex("sender.json")))).form;

  test("0002 paid 300,000 and 0011 left out: the command's file and ledger, and a total 0011's net + 0002's difference lower", async () => {
    const changes = path.join(TMP, "changes.csv");
    fs.writeFileSync(changes, "社員番号,振込金額,除外\n0002,300000,\n0011,,○\n");
    const out = path.join(TMP, "changed.txt");
    const ledger = path.join(TMP, "changed-ledger.csv");
    expect((await runCli([...args, "--out", out, "--ledger", ledger, "--changes", changes])).code).toBe(0);
    const master = await importMasterFile(new Uint8Array(fs.readFileSync(ex("master.csv"))), "master.csv");
    const plain = (await provisionalFromResultsOf({ results: chosen(ex("previous-results.csv")), master, sender: senderForm(), payDate: "2026-12-25" })) as ProvisionalPayView;
    const made = (await provisionalFromResultsOf({ results: chosen(ex("previous-results.csv")), master, sender: senderForm(), payDate: "2026-12-25", changes: chosen(changes) })) as ProvisionalPayView;
    expect(Buffer.from(made.files!.transfer.bytes as Uint8Array).equals(fs.readFileSync(out))).toBe(true);
    expect(text(made.files!.ledger.bytes)).toBe(fs.readFileSync(ledger, "utf8"));
    const net = (v: ProvisionalPayView, id: string) => v.payees.filter((p) => p.who.startsWith(id)).reduce((t, p) => t + p.amount, 0);
    expect(made.total).toBe(plain.total - net(plain, "0011") - net(plain, "0002") + 300_000);
  }, 60_000);

  test("a 社員番号 not in the results: an error naming the row, and no file", async () => {
    const changes = path.join(TMP, "unknown.csv");
    fs.writeFileSync(changes, "社員番号,振込金額,除外\n9999,100000,\n");
    const master = await importMasterFile(new Uint8Array(fs.readFileSync(ex("master.csv"))), "master.csv");
    const made = (await provisionalFromResultsOf({ results: chosen(ex("previous-results.csv")), master, sender: senderForm(), payDate: "2026-12-25", changes: chosen(changes) })) as ProvisionalPayView;
    expect(made.files).toBeUndefined();
    expect(made.problems).toContainEqual(expect.objectContaining({ file: "unknown.csv", row: 2, column: "社員番号", value: "9999", message: "前月の結果にこの社員番号がありません。", severity: "error" }));
  }, 30_000);
});

describe("the 依頼人 of the pane", () => {
  test("a blank required field: the list says which, and no file is offered", async () => {
    const master = await importMasterFile(new Uint8Array(fs.readFileSync(ex("master.csv"))), "master.csv");
    const made = (await provisionalFromResultsOf({ results: chosen(ex("previous-results.csv")), master, sender: { ...EMPTY_SENDER, requesterName: "ｿﾅｴ" }, payDate: "2026-12-25" })) as ProvisionalPayView;
    expect(made.files).toBeUndefined();
    expect(made.problems.map((p) => p.message)).toContain("依頼人コードを入力してください。");
  }, 30_000);

  test("saved as SENDER.json: the file read back is the form", () => {
    const form = { ...EMPTY_SENDER, requesterCode: "0000012345", requesterName: "ソナエショウジ（カ", bankCode: "0001", branchCode: "001", accountNumber: "1234567" };
    const saved = senderJsonFile(form);
    expect(saved.fileName).toBe("SENDER.json");
    expect(JSON.parse(text(saved.bytes))).toEqual({ requesterCode: "0000012345", requesterName: "ソナエショウジ（カ", bankCode: "0001", branchCode: "001", accountType: "1", accountNumber: "1234567" });
    expect(senderFormFromFile(new TextEncoder().encode(text(saved.bytes))).form).toEqual(form);
  });

  test("a SENDER.json that is not JSON: where and why", () => {
    expect(() => senderFormFromFile(sjis('{\r\n  "requesterCode": "0000012345"，\r\n}'))).toThrow("2行目 32文字目で JSON として読めません。全角の「，」があります。半角の「,」にしてください。");
  });
});
