/** The words after `settle` and `zengin --from-previous`: the same options and the same usage errors as every command. */
import { parseSettleArgs } from "../../src/cli/commands/settle";
import { parseFromPreviousArgs } from "../../src/cli/commands/zenginProvisional";
import { UsageError } from "../../src/cli/usageError";

describe("settle", () => {
  test("values and flags in any order", () => {
    expect(parseSettleArgs(["--json", "--actual", "a.csv", "--provisional", "p.csv", "--out", "o.csv", "--variables", "v.csv", "--next", "n.csv", "--force"]))
      .toEqual({ provisional: "p.csv", actual: "a.csv", next: "n.csv", out: "o.csv", variables: "v.csv", json: true, force: true });
    expect(parseSettleArgs(["--provisional", "p.csv", "--actual", "a.csv"])).toEqual({ provisional: "p.csv", actual: "a.csv", json: false, force: false });
  });

  test.each([
    [["--provisional", "p.csv", "--actual", "a.csv", "--bogus"], "不明な引数: --bogus"],
    [["--provisional", "--actual", "a.csv"], "--provisional の値がありません。"],
    [["--actual", "a.csv"], "--provisional（仮払い台帳）を指定してください。"],
    [["--provisional", "p.csv"], "--actual（その月の確定した結果）を指定してください。"],
    [["--provisional", "p.csv", "--actual", "a.csv", "--variables", "v.csv"], "--variables（翌月の勤怠・変動）には、精算を足したファイルの出力先 --out を指定してください。"],
  ])("%j: %s", (argv, message) => {
    expect(() => parseSettleArgs(argv)).toThrow(new UsageError(message));
  });
});

describe("zengin --from-previous", () => {
  const base = ["--from-previous", "last.txt", "--pay-date", "2026-12-25", "--out", "new.txt"];

  test("values and the flag", () => {
    expect(parseFromPreviousArgs([...base, "--payslips", "s.xlsx", "--company", "株式会社ソナエ", "--force"]))
      .toEqual({ previous: "last.txt", payDate: "2026-12-25", out: "new.txt", payslips: "s.xlsx", company: "株式会社ソナエ", force: true });
  });

  test.each([
    [[...base, "--sender", "s.json"], "不明な引数: --sender（--from-previous と一緒に使えるのは --pay-date --out --changes --ledger --payslips --company --master --force です）"],
    [["--from-previous", "last.txt", "--out", "new.txt"], "--pay-date を指定してください。"],
    [[...base, "--ledger"], "--ledger の値がありません。"],
    [[...base, "--company", "株式会社ソナエ"], "--company（明細書の会社名）は --payslips と一緒に指定してください。"],
    [["--from-previous", "last.txt", "--pay-date", "2026/12/25", "--out", "new.txt"], "--pay-date「2026/12/25」は YYYY-MM-DD の日付で指定してください。"],
  ])("%j: %s", (argv, message) => {
    expect(() => parseFromPreviousArgs(argv)).toThrow(new UsageError(message));
  });
});
