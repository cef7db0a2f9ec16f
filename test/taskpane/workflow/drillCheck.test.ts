/**
 * 備えの点検 in the pane, without the browser: the same files as `sonae drill` (the bundled examples and the
 * results of test/cli/fixtures/drill, worked by hand in its HAND-WORKED.md) give the same report, and the
 * clerk's settings take part: with 「支援金だけで端数処理」 the vendor that rounds 支援金 on its own matches for 0009.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { importMasterFile } from "../../../src/import";
import { DrillForm, drillBlocked, drillCards, runDrillCheck } from "../../../src/taskpane/workflow/drillCheck";

const ROOT = path.resolve(__dirname, "../../..");
const file = (p: string) => ({ name: path.basename(p), bytes: new Uint8Array(fs.readFileSync(path.join(ROOT, p))) });
const form = (results: string, o: Partial<DrillForm> = {}): DrillForm => ({
  files: { master: file("examples/master.csv"), variables: file("examples/variables.csv"), results: file(results) },
  periodText: "2026年11月",
  premiumTiming: "nextMonth",
  childSupportRounding: "withHealth",
  ...o,
});

test("what is missing is said before the drill can run", () => {
  expect(drillBlocked({ ...form("test/cli/fixtures/drill/results-2026-11.csv"), files: {} })).toBe("従業員マスタを選んでください。");
  expect(drillBlocked({ ...form("test/cli/fixtures/drill/results-2026-11.csv"), periodText: "11月" })).toContain("対象年月");
  expect(drillBlocked(form("test/cli/fixtures/drill/results-2026-11.csv"))).toBeUndefined();
});

test("the hand-checked month: 一致 12人 / 差異 0人", async () => {
  const o = await runDrillCheck(form("test/cli/fixtures/drill/results-2026-11.csv"));
  expect([o.report?.matched, o.report?.differing, o.error]).toEqual([12, 0, undefined]);
});

test("the master of the payroll steps instead of a file: the same hand-checked month, 一致 12人", async () => {
  const master = await importMasterFile(file("examples/master.csv").bytes, "master.csv");
  const f = form("test/cli/fixtures/drill/results-2026-11.csv");
  const loaded: DrillForm = { ...f, files: { ...f.files, master: undefined }, loadedMaster: { name: "master.csv", result: master } };
  expect(drillBlocked(loaded)).toBeUndefined();
  const o = await runDrillCheck(loaded);
  expect([o.report?.matched, o.report?.differing, o.error]).toEqual([12, 0, undefined]);
});

test("the changed month as cards; the vendor's 支援金 rounding matches once the setting follows it", async () => {
  const o = await runDrillCheck(form("test/cli/fixtures/drill/changed-2026-11.csv"));
  const cards = drillCards(o.report!);
  expect(cards.find((c) => c.key === "0009-childSupport")).toMatchObject({ who: "0009 加藤 誠", item: "子ども・子育て支援金", amounts: "Sonae 955円 ／ 結果 954円（差 1円）" });
  expect(cards.find((c) => c.key === "0006-only")).toMatchObject({ item: "結果にいない" });
  const separate = await runDrillCheck(form("test/cli/fixtures/drill/changed-2026-11.csv", { childSupportRounding: "separate" }));
  expect(separate.report!.employees.find((e) => e.employeeId === "0009")!.status).toBe("match");
});

test("a results file of another month: said, with the month it holds", async () => {
  const o = await runDrillCheck(form("examples/previous-results.csv"));
  expect(o.error).toBe("給与システムの結果「previous-results.csv」に 2026-11 の給与の行がありません（このファイルにあるのは 2026-10）。");
});
