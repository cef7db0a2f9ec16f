/**
 * `sonae drill` through the real command line (child processes) over the bundled examples. The results file
 * test/cli/fixtures/drill/results-2026-11.csv is the system's month as a vendor would export it; every row of it
 * (and of changed-2026-11.csv) is worked by hand from the official tables in test/cli/fixtures/drill/HAND-WORKED.md
 * and checked against test/fixtures/official by test/jobs/drill/handWorkedResults.test.ts. The two rows these
 * tests name:
 * - 0002 佐藤: 基本給 300,000 + 固定手当 10,000; 残業 5.5h × 310,000 ÷ 160 × 1.25 = 13,320.3 → 13,320; 通勤 12,000;
 *   総支給 335,320. 健保 320,000 × 9.85% ÷ 2 = 15,760; 支援金 320,000 × 10.08% ÷ 2 = 16,128 − 15,760 = 368; 厚年
 *   320,000 × 18.3% ÷ 2 = 29,280; 雇用 335,320 × 5‰ = 1,676.6 → 1,677; 課税 335,320 − 12,000 − 47,085 = 276,235
 *   → 令和8年分 月額表 甲0人 7,080; 住民税 18,000; 差引 335,320 − 47,085 − 7,080 − 18,000 = 263,155.
 * - 0009 加藤 (68歳, 雇用保険 対象外): 健保 830,000 × 9.85% ÷ 2 = 40,877.5 → 40,877; 支援金 830,000 × 10.08% ÷ 2 =
 *   41,832 − 40,877 = 955; 厚年 650,000 × 18.3% ÷ 2 = 59,475; 課税 800,000 − 101,307 = 698,693 → 甲1人 57,120;
 *   差引 800,000 − 101,307 − 57,120 − 60,000 = 581,573.
 * changed-2026-11.csv is the same month of a system that (a) still has 佐藤 at 300,000 (健保 14,775, 支援金 345,
 * 厚年 27,450; 課税 279,073 → 7,180; 差引 265,893), (b) rounds 加藤's 支援金 on its own (954.5 → 954; 差引 581,574),
 * (c) has no row for 0006 and (d) a row for 0013, whom the master does not know.
 */
import * as path from "node:path";
import { runCli } from "./support";

const ex = (f: string) => path.join("examples", f);
const fx = (f: string) => path.join("test/cli/fixtures/drill", f);
const drill = (results: string, ...more: string[]) => runCli(["drill", "--master", ex("master.csv"), "--variables", ex("variables.csv"), "--period", "2026-11", "--results", results, ...more]);

test("the system's month as Sonae computes it: everyone matches to the yen, exit 0", async () => {
  const r = await drill(fx("results-2026-11.csv"));
  expect(r.stdout.split("\n").slice(0, 3)).toEqual([
    "備えの点検 2026-11（支給日 2026-11-25）: 比べた項目 総支給額・健康保険・介護保険・子ども・子育て支援金・厚生年金・雇用保険・所得税・住民税・差引支給額",
    "一致 12人 / 差異 0人",
    "全員が1円まで一致しました。この書き出しと設定で、システムが止まった日も同じ給与を計算できます。",
  ]);
  expect(r.code).toBe(0);
}, 30_000);

describe("a month that differs", () => {
  let r: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    r = await drill(fx("changed-2026-11.csv"));
  }, 30_000);
  const line = (id: string, label: string) => r.stdout.split("\n").find((l) => l.startsWith(`${id}\t`) && l.split("\t")[2] === label);

  test("exit 1; 一致 9人 / 差異 4人 (0002, 0009, 0006 with no results row, 0013 not in the master)", () => {
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("一致 9人 / 差異 4人");
    expect(r.stdout).toContain("社員番号\t氏名\t項目\tSonae\t結果\t差（Sonae−結果）\t推定理由");
  });

  test("月変: the grade the system still has is named, for each premium", () => {
    expect(line("0002", "健康保険")).toBe(
      "0002\t佐藤 花子\t健康保険\t15,760\t14,775\t985\t月変: 結果は標準報酬月額 300,000円（22級）の保険料です（マスタの健保標準報酬月額は 320,000円（23級））。随時改定・定時決定をマスタと給与システムの片方にしか反映していないかを確認してください。",
    );
    expect(line("0002", "厚生年金")).toContain("\t29,280\t27,450\t1,830\t月変: 結果は標準報酬月額 300,000円（19級）");
    expect(line("0002", "所得税")).toContain("\t7,080\t7,180\t-100\t連動: ");
    expect(line("0002", "差引支給額")).toContain("\t263,155\t265,893\t-2,738\t連動: 差引支給額の差は上の項目の差の合計です。");
  });

  test("the vendor's 支援金 rounding: the setting to change is named", () => {
    expect(line("0009", "子ども・子育て支援金")).toContain("\t955\t954\t1\t端数処理: 結果は支援金を健康保険料と別に端数処理しています");
    expect(line("0009", "子ども・子育て支援金")).toContain("設定「支援金の端数処理」を「支援金だけで端数処理」に（コマンドラインでは --support-rounding 別々。");
  });

  test("people on one side only are listed, never dropped", () => {
    expect(line("0006", "（結果にいない）")).toContain("結果ファイルにこの月の給与の行がありません");
    expect(line("0013", "（Sonae にいない）")).toContain("従業員マスタにいません");
  });
});

test("--json: one line per employee, the differences with both amounts and the reasons", async () => {
  const r = await drill(fx("changed-2026-11.csv"), "--json");
  const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  expect(r.code).toBe(1);
  expect(lines.map((l) => [l.employeeId, l.status])).toEqual([
    ["0001", "match"], ["0002", "differs"], ["0003", "match"], ["0004", "match"], ["0005", "match"], ["0006", "onlySonae"],
    ["0007", "match"], ["0008", "match"], ["0009", "differs"], ["0010", "match"], ["0011", "match"], ["0012", "match"], ["0013", "onlyResults"],
  ]);
  expect(lines[8].differences[0]).toMatchObject({ item: "childSupport", label: "子ども・子育て支援金", sonae: 955, result: 954, difference: 1 });
}, 30_000);

test("a results file of another month only is a usage error naming the months it holds (exit 2)", async () => {
  const r = await drill(ex("previous-results.csv"));
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("に 2026-11 の給与の行がありません（このファイルにあるのは 2026-10）");
  expect(r.stdout).toBe("");
}, 30_000);

test("usage: --results missing is exit 2; drill is listed in sonae --help and has its own help", async () => {
  const missing = await runCli(["drill", "--master", ex("master.csv"), "--period", "2026-11"]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("--results（給与システムが出力したその月の結果）を指定してください。");
  const help = await runCli(["--help"]);
  expect(help.stdout).toContain("  drill --master FILE --variables FILE --results LAST.csv --period YYYY-MM");
  const own = await runCli(["drill", "--help"]);
  expect([own.code, own.stdout.split("\n")[1]]).toEqual([0, "  毎月の点検（備えの点検）。書き出したマスタと勤怠から Sonae が計算したその月の給与を、給与システム自身の結果と"]);
}, 30_000);

test("--support-rounding 別々, as the reason says: 0009's 1 yen becomes a match (一致 10人 / 差異 3人), the other differences stay", async () => {
  const r = await drill(fx("changed-2026-11.csv"), "--support-rounding", "別々", "--json");
  const status = new Map(r.stdout.trim().split("\n").map((l) => JSON.parse(l)).map((l) => [l.employeeId, l.status]));
  expect(r.code).toBe(1);
  // 830,000 × 0.23% ÷ 2 = 954.5 → 954 on its own, as the system rounds it; 差引 581,574
  expect(status.get("0009")).toBe("match");
  expect([...status].filter(([, s]) => s !== "match")).toEqual([["0002", "differs"], ["0006", "onlySonae"], ["0013", "onlyResults"]]);
}, 30_000);
