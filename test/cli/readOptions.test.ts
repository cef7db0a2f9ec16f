import { readOptions, required } from "../../src/cli/readOptions";
import { UsageError } from "../../src/cli/usageError";

const TABLE = {
  values: { "--master": "master", "--year": "year" },
  flags: { "--force": "force", "--json": "json" },
  lists: { "--results": "results" },
} as const;

describe("readOptions", () => {
  test("values, flags and lists in any order", () => {
    const o = readOptions(["--results", "4月.csv", "5月.csv", "--force", "--master", "m.csv", "--results", "6月.csv", "--year", "2026"], TABLE);
    expect(o.values).toEqual({ master: "m.csv", year: "2026" });
    expect(o.flags).toEqual({ force: true });
    expect(o.lists).toEqual({ results: ["4月.csv", "5月.csv", "6月.csv"] });
  });

  test.each([
    [["--bogus"], "不明な引数: --bogus"],
    [["m.csv"], "不明な引数: m.csv"],
    [["--master"], "--master の値がありません。"],
    [["--master", "--force"], "--master の値がありません。"],
    [["--results", "--force"], "--results の値がありません。"],
    [["--results"], "--results の値がありません。"],
  ])("%j is a usage error: %s", (argv, message) => {
    expect(() => readOptions(argv, TABLE)).toThrow(new UsageError(message));
  });

  test("an unknown word is said with the table's hint, when it has one", () => {
    const hinted = { ...TABLE, unknownHint: "（--master と一緒に使えるのは --year です）" };
    expect(() => readOptions(["--bogus"], hinted)).toThrow(new UsageError("不明な引数: --bogus（--master と一緒に使えるのは --year です）"));
  });

  test("required names the option and what it is", () => {
    expect(required("m.csv", "--master（従業員マスタ）")).toBe("m.csv");
    expect(() => required(undefined, "--master（従業員マスタ）")).toThrow("--master（従業員マスタ）を指定してください。");
  });
});
