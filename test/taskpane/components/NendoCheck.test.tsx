/**
 * 「年度更新（労働保険）」 rendered to static markup from the view of the hand-worked 令和7年度
 * (test/jobs/nendo/handWorkedYear.ts): the figures under the 申告書's labels, the 集計表 as a three-column table
 * (月, 労災保険・一般拠出金, 雇用保険), and the downloads offered only when nothing is missing.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { NendoCheck, type NendoCheckProps } from "../../../src/taskpane/components/nendo/NendoCheck";
import { emptyNendoOfficeForm } from "../../../src/taskpane/workflow/nendo/nendoOfficeForm";
import { checkNendoParams, initialNendoParams } from "../../../src/taskpane/workflow/nendo/nendoParams";
import { readNendoMaster, readNendoResults, runNendo } from "../../../src/taskpane/workflow/nendo/nendoRun";
import { nendoView, type NendoView } from "../../../src/taskpane/workflow/nendo/nendoView";
import { parseNendoOffice } from "../../../src/jobs/nendo/office";
import { OFFICE_JSON, writeHandWorkedYear } from "../../jobs/nendo/handWorkedYear";

const FILES = writeHandWorkedYear(fs.mkdtempSync(path.join(os.tmpdir(), "sonae-nendo-check-")));
const picked = (file: string) => ({ name: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)) });
const nothing = () => undefined;

async function viewOf(results: string[]): Promise<NendoView> {
  const master = await readNendoMaster(picked(FILES.master));
  const office = parseNendoOffice(OFFICE_JSON).office!;
  const checked = checkNendoParams(initialNendoParams(2025));
  const outcome = runNendo({ masterFile: "master.csv", master, results: await Promise.all(results.map((r) => readNendoResults(picked(r)))), office, checked });
  return nendoView({ outcome, office, year: 2025, employees: master.employees });
}

const props = (view: NendoView | undefined, o: Partial<NendoCheckProps> = {}): NendoCheckProps => ({
  params: initialNendoParams(2025), paramErrors: {}, master: { name: "master.csv", employees: 7 }, results: [],
  office: { form: emptyNendoOfficeForm(), problems: [], ready: true }, view,
  onParam: nothing, onMaster: nothing, onLoadedMaster: nothing, onResults: nothing, onRemoveResults: nothing, onOfficeFile: nothing, onOfficeField: nothing, onDownloadOffice: nothing,
  write: { build: { status: "idle" }, inExcel: false, onWrite: nothing, onCancel: nothing, onAnswer: nothing }, onDownloadJson: nothing, onBack: nothing,
  ...o,
});

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
const button = (html: string, testId: string) => new RegExp(`<button[^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0] ?? "";

test("the figures under the 申告書's labels and the 集計表's 4月 row", async () => {
  const html = renderToStaticMarkup(<NendoCheck {...props(await viewOf(FILES.results))} />);
  const t = text(html);
  expect(t).toContain("確定保険料算定内訳（令和7年度）");
  expect(t).toContain("⑩確定保険料額（イ）労働保険料（労災保険分＋雇用保険分） 233,750 円");
  expect(t).toContain("⑩一般拠出金額（ヘ） 324 円");
  expect(t).toContain("⑭概算保険料額（イ）労働保険料 220,987 円");
  // 4月: 労災 5 workers 1,328,888円, 雇用 3 insured 1,040,000円 (hand sums in handWorkedYear.ts).
  expect(t).toContain("4月 1,328,888円 5人 1,040,000円 3人");
  expect(t).toContain("算定基礎額（千円未満切捨て） 16,229,000円 12,763,000円");
  expect((html.match(/<th scope="col"/g) ?? []).length).toBe(3);
  expect(button(html, "build")).not.toMatch(/disabled/);
  expect(button(html, "nendo-json")).not.toMatch(/disabled/);
});

test("with months missing: the problem names the row and months, and neither file is offered", async () => {
  const html = renderToStaticMarkup(<NendoCheck {...props(await viewOf([FILES.results[0]]))} />);
  const t = text(html);
  expect(t).toContain("社員番号 0001: 2025年10月〜2026年3月分");
  expect(t).toContain("結果のない月や読めない行があるため、年度更新のブックと JSON は作れません。");
  expect(button(html, "build")).toMatch(/disabled/);
  expect(button(html, "nendo-json")).toMatch(/disabled/);
});

test("before the files: what to do first, and no figures", () => {
  const t = text(renderToStaticMarkup(<NendoCheck {...props(undefined, { blocked: "従業員マスタのファイルを選んでください。" })} />));
  expect(t).toContain("従業員マスタのファイルを選んでください。");
  expect(t).not.toContain("確定保険料算定内訳");
});

test("the master read in the payroll steps is offered, and once taken says where it came from", async () => {
  const master = await readNendoMaster(picked(FILES.master));
  const loaded = { name: "社員マスタ.csv", result: master };
  const offered = renderToStaticMarkup(<NendoCheck {...props(undefined, { master: { loaded } })} />);
  expect(offered).toContain("読み込み済みの社員マスタを使う");
  expect(text(offered)).toContain(`「社員マスタ.csv」（${master.employees.length}人）`);
  const taken = text(renderToStaticMarkup(<NendoCheck {...props(undefined, { master: { loaded, name: "社員マスタ.csv", employees: master.employees.length, fromPayroll: true } })} />));
  expect(taken).toContain("給与計算で読み込んだ");
});
