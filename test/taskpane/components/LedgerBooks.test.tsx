/**
 * 「賃金台帳・源泉徴収簿を作る」 offers the master read in the payroll steps before asking for a file, as the 届書,
 * the 年度更新 and the drill do (one MasterChoice).
 */
import { renderToStaticMarkup } from "react-dom/server";
import { LedgerBooks, type LedgerBooksProps } from "../../../src/taskpane/components/ledger/LedgerBooks";
import type { ImportResult } from "../../../src/import";

const nothing = () => undefined;
const loaded = { name: "社員マスタ.csv", result: { employees: [{}, {}, {}], rejected: [], problems: [] } as unknown as ImportResult };

const props = (o: Partial<LedgerBooksProps> = {}): LedgerBooksProps => ({
  yearText: "2026", closingDayText: "", counts: [], problems: [], lines: [], notes: [], build: { status: "idle" }, inExcel: false,
  onMaster: nothing, onLoadedMaster: nothing, onResults: nothing, onStaff: nothing, onSettingsFile: nothing, onRemove: nothing,
  onYear: nothing, onClosingDay: nothing, onWrite: nothing, onCancel: nothing, onAnswer: nothing, onBack: nothing,
  ...o,
});

const text = (html: string) => html.replace(/<[^>]+>/g, "");

test("no master loaded in the payroll steps: only the file", () => {
  const html = renderToStaticMarkup(<LedgerBooks {...props()} />);
  expect(html).not.toContain("読み込み済みの社員マスタを使う");
  expect(text(html)).toContain("従業員マスタを選ぶ");
});

test("a loaded master is offered with its name and head count; once taken, the caption says so", () => {
  const offered = text(renderToStaticMarkup(<LedgerBooks {...props({ loadedMaster: loaded })} />));
  expect(offered).toContain("読み込み済みの社員マスタを使う");
  expect(offered).toContain("「社員マスタ.csv」（3人）");
  expect(offered).toContain("別のファイルを選ぶ");
  const taken = text(renderToStaticMarkup(<LedgerBooks {...props({ loadedMaster: loaded, masterFromPayroll: { name: "社員マスタ.csv", employees: 3, fromPayroll: true } })} />));
  expect(taken).toContain("給与計算で読み込んだ 社員マスタ.csv: 3人");
});
