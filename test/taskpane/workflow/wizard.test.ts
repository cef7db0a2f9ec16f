import { importMasterFile, ImportResult } from "../../../src/import";
import { defaultSettingsForm } from "../../../src/taskpane/workflow/settingsForm";
import {
  canEnter, employeesOf, initialWizardState, MasterSource, nextStep, previousStep, StepId, STEPS, WizardAction, WizardState, wizardReducer,
} from "../../../src/taskpane/workflow/wizard";
import { masterCsvBytes, shiftJis, VALID_IDS } from "../fixtures";

const run = (s: WizardState, ...actions: WizardAction[]) => actions.reduce(wizardReducer, s);
const start = () => initialWizardState(defaultSettingsForm({ year: 2026, month: 4 }));

let withProblems: ImportResult;
let clean: ImportResult;
let missingColumn: ImportResult;
const source: MasterSource = { kind: "file", fileName: "master.csv", bytes: new Uint8Array() };

beforeAll(async () => {
  withProblems = await importMasterFile(masterCsvBytes(), "master.csv");
  clean = await importMasterFile(shiftJis("社員番号,氏名,生年月日,基本給,健康保険,税区分,扶養親族等の数\r\n0001,山田 太郎,1985/4/1,300000,東京都,甲,0"), "clean.csv");
  missingColumn = await importMasterFile(shiftJis("社員番号,氏名,生年月日,健康保険,税区分,扶養親族等の数\r\n0001,山田 太郎,1985/4/1,東京都,甲,0"), "m.csv");
});

const gates = (s: WizardState) => Object.fromEntries(STEPS.map((x) => [x.id, canEnter(s, x.id).ok]));

test("the six steps, in order, in Japanese", () => {
  expect(STEPS.map((s) => s.label)).toEqual(["ファイルを選択", "列の対応付け", "確認", "設定", "ブック作成", "振込データ作成"]);
  expect(nextStep("file")).toBe("mapping");
  expect(previousStep("file")).toBeUndefined();
  expect(nextStep("transfer")).toBeUndefined();
});

test("nothing but the file step before a file is read; the reason is said", () => {
  const s = start();
  expect(gates(s)).toEqual({ file: true, mapping: false, review: false, settings: false, build: false, transfer: false });
  expect(canEnter(s, "mapping").reason).toBe("先に「ファイルを選択」で従業員マスタを読み込んでください。");
  expect(run(s, { type: "goTo", step: "build" }).step).toBe("file");
});

test("a file with rejected rows: the clerk must choose; 正しい行だけ取り込む opens 設定 with the valid rows", () => {
  const loaded = run(start(), { type: "masterLoaded", source, master: withProblems, origin: "suggested" });
  expect(loaded.step).toBe("mapping");
  expect(gates(loaded)).toEqual({ file: true, mapping: true, review: true, settings: false, build: false, transfer: false });
  expect(canEnter(loaded, "settings").reason).toMatch(/「ファイルを修正する」か「正しい行だけ取り込む」を選んでください/);
  const accepted = run(loaded, { type: "goTo", step: "review" }, { type: "acceptValidOnly" });
  expect(accepted.step).toBe("settings");
  expect(employeesOf(accepted).map((e) => e.id)).toEqual(VALID_IDS);
  expect(gates(accepted)).toEqual({ file: true, mapping: true, review: true, settings: true, build: true, transfer: true });
});

test("ファイルを修正する stops the import and says what to do", () => {
  const s = run(start(), { type: "masterLoaded", source, master: withProblems, origin: "suggested" }, { type: "goTo", step: "review" }, { type: "fixFile" });
  expect(s.step).toBe("file");
  expect(s.master).toBeUndefined();
  expect(s.notice).toMatch(/エラーを元のファイルで修正して保存し、もう一度ファイルを選んでください/);
  expect(gates(s).mapping).toBe(false);
});

test("a clean file needs no decision", () => {
  const s = run(start(), { type: "masterLoaded", source, master: clean, origin: "suggested" });
  expect(gates(s).settings).toBe(true);
});

test("a missing required column keeps the clerk in 列の対応付け, naming the field", () => {
  const s = run(start(), { type: "masterLoaded", source, master: missingColumn, origin: "suggested" });
  expect(canEnter(s, "review")).toEqual({ ok: false, reason: "必須の項目 基本給 の列を「列の対応付け」で選んでください。" });
});

test("a new mapping of the same file asks for the decision again and stays on the step", () => {
  const accepted = run(start(), { type: "masterLoaded", source, master: withProblems, origin: "suggested" }, { type: "acceptValidOnly" });
  const remapped = run({ ...accepted, step: "mapping" }, { type: "masterLoaded", source, master: withProblems, origin: "edited" });
  expect(remapped.step).toBe("mapping");
  expect(remapped.acceptedValidOnly).toBe(false);
  expect(remapped.mappingOrigin).toBe("edited");
});

test("settings with an error close ブック作成 and 振込データ作成", () => {
  const s = run(start(), { type: "masterLoaded", source, master: clean, origin: "suggested" }, { type: "settingsChanged", settings: { ...defaultSettingsForm({ year: 2026, month: 4 }), payDate: "2026-02-30" } });
  expect([canEnter(s, "build"), canEnter(s, "transfer")]).toEqual([
    { ok: false, reason: "「設定」の入力にエラーがあります。" },
    { ok: false, reason: "「設定」の入力にエラーがあります。" },
  ]);
});

test("the 振込指定日 follows the 支給日 until the clerk sets it apart", () => {
  const form = defaultSettingsForm({ year: 2026, month: 4 });
  let s = run(start(), { type: "settingsChanged", settings: { ...form, payDate: "2026-04-24" } });
  expect(s.transfer.payDate).toBe("2026-04-24");
  s = run(s, { type: "transferChanged", transfer: { ...s.transfer, payDate: "2026-04-23" } }, { type: "settingsChanged", settings: { ...form, payDate: "2026-04-27" } });
  expect(s.transfer.payDate).toBe("2026-04-23");
});

test("the build: progress, confirmation, done; while it runs no other step can be entered", () => {
  let s = run(start(), { type: "masterLoaded", source, master: clean, origin: "suggested" }, { type: "goTo", step: "build" });
  expect(s.step).toBe("build");
  s = run(s, { type: "buildProgress", done: 1, total: 12, label: "準備中" });
  expect(canEnter(s, "transfer")).toEqual({ ok: false, reason: "ブックの作成中です。終わるか中止するまでお待ちください。" });
  s = run(s, { type: "buildCancelling" });
  expect(s.build).toEqual({ status: "running", done: 1, total: 12, label: "準備中", cancelling: true });
  s = run(s, { type: "buildCancelled", message: "中止しました。" });
  expect(s.build).toEqual({ status: "cancelled", message: "中止しました。" });
  s = run(s, { type: "buildConfirm", existing: ["給与計算"], message: "…" }, { type: "buildProgress", done: 2, total: 12, label: "" }, { type: "buildDone", sheets: ["設定"], backups: ["給与計算_バックアップ"], employees: 1 });
  expect(s.build).toEqual({ status: "done", sheets: ["設定"], backups: ["給与計算_バックアップ"], employees: 1 });
  expect(canEnter(s, "transfer").ok).toBe(true);
});

test("an optional file still loading holds back ブック作成", () => {
  const s = run(start(), { type: "masterLoaded", source, master: clean, origin: "suggested" }, { type: "sideLoading", kind: "variables", fileName: "kintai.csv" });
  expect(canEnter(s, "build").reason).toBe("ファイルの読み込みが終わるまでお待ちください。");
  const steps: StepId[] = ["file", "mapping", "review", "settings"];
  for (const step of steps) expect(canEnter(s, step).ok).toBe(true);
});

describe("what the clerk did is not lost", () => {
  test("a cancelled or failed rebuild leaves the previous success standing; a new file clears it", () => {
    const built = run(start(), { type: "masterLoaded", source, master: clean, origin: "suggested" }, { type: "buildDone", sheets: ["給与計算"], backups: [], employees: 3 });
    const cancelled = run(built, { type: "buildProgress", done: 0, total: 5, label: "" }, { type: "buildCancelled", message: "中止しました" });
    expect(cancelled.build.status).toBe("cancelled");
    expect(cancelled.lastBuild).toEqual({ status: "done", sheets: ["給与計算"], backups: [], employees: 3, fileName: undefined });
    const failed = run(built, { type: "buildFailed", message: "x" });
    expect(failed.lastBuild?.employees).toBe(3);
    const other: MasterSource = { kind: "file", fileName: "other.csv", bytes: new Uint8Array() };
    expect(run(cancelled, { type: "masterLoaded", source: other, master: clean, origin: "suggested" }).lastBuild).toBeUndefined();
  });

  test("「ファイルを修正する」 keeps the problem list until another file is read", () => {
    const fixing = run(start(), { type: "masterLoaded", source, master: withProblems, origin: "suggested" }, { type: "fixFile" });
    expect(fixing.master).toBeUndefined();
    expect(fixing.toFix?.sourceName).toBe("master.csv");
    expect(fixing.toFix?.problems.map((p) => [p.row, p.column, p.value])).toEqual(
      withProblems.problems.map((p) => [p.row, p.column, p.value]),
    );
    expect(fixing.toFix!.problems.length).toBeGreaterThanOrEqual(3);
    const other: MasterSource = { kind: "file", fileName: "fixed.csv", bytes: new Uint8Array() };
    expect(run(fixing, { type: "masterLoaded", source: other, master: clean, origin: "suggested" }).toFix).toBeUndefined();
  });

  test("leaving a person out of the 全銀 file, with a reason, and taking it back", () => {
    const s = run(start(), { type: "leaveOut", employeeId: "0002", reason: "" }, { type: "leaveOut", employeeId: "0002", reason: "現金" }, { type: "leaveOut", employeeId: "0005", reason: "別振込" });
    expect(s.leftOut).toEqual({ "0002": "現金", "0005": "別振込" });
    expect(run(s, { type: "leaveOut", employeeId: "0002", reason: undefined }).leftOut).toEqual({ "0005": "別振込" });
  });
});
