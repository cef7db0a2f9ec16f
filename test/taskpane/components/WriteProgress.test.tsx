/**
 * The build step's success message: what was written, the backups, and what the clerk does next (the pane
 * has just opened 給与計算). Rendered to static markup, as the browser would show it.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { BuildStep, type BuildStepProps } from "../../../src/taskpane/components/BuildStep";
import { WriteProgress } from "../../../src/taskpane/components/WriteProgress";
import type { BuildState } from "../../../src/taskpane/workflow/wizard";

const done: BuildState = { status: "done", sheets: ["設定", "給与計算"], backups: ["給与計算_バックアップ"], employees: 3 };
const nothing = () => undefined;
/** A build step that has just written `build`; the rest of its props as a quiet default. */
const step = (o: Partial<BuildStepProps> & Pick<BuildStepProps, "build" | "inExcel">): BuildStepProps => ({
  summary: [],
  warnings: [],
  valuesOnly: false,
  onValuesOnly: nothing,
  payslips: { slips: [], title: "", company: "" },
  onBuild: nothing,
  onCancel: nothing,
  onAnswer: nothing,
  onNext: nothing,
  results: { disabled: false, onDownload: nothing },
  ...o,
});

test("the payroll workbook written: the sheets, the backups, then where to enter this month's figures", () => {
  const html = renderToStaticMarkup(
    <BuildStep {...step({ build: done, inExcel: true })} />,
  );
  expect(html).toContain("3人分のシート 「設定」「給与計算」 を作成しました。");
  expect(html).toContain("元のシートは 「給与計算_バックアップ」 にバックアップしました。");
  const next = html.indexOf("「給与計算」シートを開きました。今月の勤怠・手当は「勤怠・変動」シートに入力してください。");
  expect(next).toBeGreaterThan(html.indexOf("にバックアップしました"));
  expect(html).toContain("給与計算と給与明細が再計算されます。");
});

test("without a next step (the year-end sheet), nothing more is said", () => {
  const html = renderToStaticMarkup(<WriteProgress build={{ ...done, backups: [] }} doneTitle="作成しました" failedTitle="失敗" />);
  expect(html).toContain("を作成しました。");
  expect(html).not.toContain("勤怠・変動");
});

test("in the plain browser: the file downloaded, and no claim that a sheet was opened", () => {
  const html = renderToStaticMarkup(
    <BuildStep
      {...step({
        build: { ...done, backups: [], fileName: "給与計算_2026-04.xlsx" },
        inExcel: false,
        valuesOnly: true,
        warnings: ["差引支給額がマイナスの従業員 1人: 0001 山田 太郎（−1,000円）。"],
      })}
    />,
  );
  expect(html).toContain("ファイル「給与計算_2026-04.xlsx」としてダウンロードしました");
  expect(html).not.toContain("シートを開きました");
  expect(html).toContain("作成の前に確かめてください（1件）");
  expect(html).toContain("0001 山田 太郎（−1,000円）");
});
