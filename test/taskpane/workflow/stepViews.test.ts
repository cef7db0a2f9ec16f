import { importMasterFile, ImportResult } from "../../../src/import";
import { defaultSettingsForm } from "../../../src/taskpane/workflow/settingsForm";
import { defaultTransferForm } from "../../../src/taskpane/workflow/transfer";
import { initialWizardState, MasterSource, stepAnnouncement, stepGates, WizardAction, WizardState, wizardReducer } from "../../../src/taskpane/workflow/wizard";
import { sourceForType, transferAmountsOf, transferSourceError, transferSourceNotes } from "../../../src/taskpane/workflow/transferAmounts";
import { buildSummaryLines, payslipTitle } from "../../../src/taskpane/workflow/buildSummary";
import { mappingOriginText, presetMapping } from "../../../src/taskpane/workflow/mappingForm";
import { defaultPayrollSettings } from "../../../src/calc/payroll/settings";
import type { NetPay } from "../../../src/taskpane/workflow/payrollNet";
import { masterCsvBytes } from "../fixtures";

const run = (s: WizardState, ...actions: WizardAction[]) => actions.reduce(wizardReducer, s);
const start = () => initialWizardState(defaultSettingsForm({ year: 2026, month: 4 }));
const source: MasterSource = { kind: "file", fileName: "master.csv", bytes: new Uint8Array() };
let master: ImportResult;

beforeAll(async () => {
  master = await importMasterFile(masterCsvBytes(), "master.csv");
});

test("the screen reader hears the step's number and name; the gates say which steps are open", () => {
  expect(stepAnnouncement("mapping")).toBe("手順 2 / 6: 列の対応付け");
  expect(stepAnnouncement("transfer")).toBe("手順 6 / 6: 振込データ作成");
  expect(stepGates(start()).mapping.ok).toBe(false);
  expect(stepGates(start()).file.ok).toBe(true);
});

test("inside Excel a change of type moves the amount source with it; the plain page keeps its own", () => {
  const before = { transfer: defaultTransferForm("2026-04-24"), amountSource: "payrollSheet" as const };
  expect(sourceForType(before, "12", true)).toBe("bonusSheet");
  expect(sourceForType(before, "12", false)).toBeUndefined();
  expect(sourceForType(before, "11", true)).toBeUndefined();
  expect(sourceForType({ transfer: { ...before.transfer, type: "12" }, amountSource: "bonusSheet" }, "11", true)).toBe("payrollSheet");
  expect(sourceForType({ transfer: { ...before.transfer, type: "12" }, amountSource: "bonusSheet" }, "21", true)).toBeUndefined();
});

test("computed amounts keep an employee whose pay failed as an error row; the notes say how many and who was skipped", () => {
  const loaded = run(start(), { type: "masterLoaded", source, master, origin: "suggested" });
  const employee = master.employees[0];
  const net = { items: [{ employee, net: 250000 }], lines: [], skipped: [{ message: "期間外です" }], failures: [{ employeeId: "0009", name: "誰か", message: "料率がありません" }] } as unknown as NetPay;
  const computed = { ...loaded, amountSource: "computed" as const };
  const amounts = transferAmountsOf(computed, net)!;
  expect(amounts.items).toHaveLength(1);
  expect(amounts.orphans[0].notes?.[0].message).toBe("給与を計算できません: 料率がありません");
  expect(transferSourceNotes(computed, net)).toEqual(["1人の差引支給額を、取り込んだマスタ・勤怠と設定から給与計算シートと同じ計算で求めました。", "期間外です"]);
  expect(transferAmountsOf(computed, undefined)).toBeUndefined();
  const sheet = run({ ...loaded, amountSource: "payrollSheet" }, { type: "sheetAmounts", amounts: { status: "failed", sheetName: "給与計算", message: "ありません" } });
  expect(transferAmountsOf(sheet, net)).toBeUndefined();
  expect(transferSourceError(sheet, undefined)).toBe("ありません");
  expect(transferSourceError(sheet, "種別が合いません")).toBe("種別が合いません");
  expect(transferSourceError(computed, undefined)).toBeUndefined();
});

test("the build step's summary names the people, the month, the files and the sheets", () => {
  const loaded = run(start(), { type: "masterLoaded", source, master, origin: "suggested" });
  const settings = defaultPayrollSettings("2026-04");
  const lines = buildSummaryLines(loaded, settings, []);
  expect(lines[0]).toBe(`従業員 ${master.employees.length}人（エラーのある ${master.rejected.length}行は除外）`);
  expect(lines[1]).toMatch(/^対象年月 2026-04・支給日 /);
  expect(lines.at(-1)).not.toMatch(/検算/);
  expect(buildSummaryLines(loaded, settings, ["0001 山田: 先月より多い"]).slice(-2)).toEqual(["確認したほうがよい点 1件（検算シートの備考にも載せます）:", "0001 山田: 先月より多い"]);
  expect(buildSummaryLines(loaded, undefined, [])[1]).toBe("設定にエラーがあります");
  expect(payslipTitle(undefined)).toBe("給与明細");
  expect(payslipTitle({ ...settings, payDate: "2026-04-24" })).toBe("2026年4月分 給与明細（支給日 2026-04-24）");
});

test("a preset's mapping is found by its id; 自動 has none", () => {
  expect(presetMapping("auto")).toBeUndefined();
  expect(presetMapping("sonae-template")).toBeDefined();
  expect(mappingOriginText("saved")).toBe("このブックに保存した前回の対応付けを使っています。");
});
