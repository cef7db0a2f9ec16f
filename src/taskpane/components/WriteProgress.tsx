import { Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from "@fluentui/react-components";
import type { BuildState } from "../workflow/wizard";

/**
 * How a write into Excel is going and how it ended: the progress bar while it runs, then written (with
 * the backups made), cancelled, or failed — the same for the payroll workbook and the year-end sheet.
 */
export function WriteProgress(p: { build: BuildState; doneTitle: string; failedTitle: string; nextStep?: string }) {
  const b = p.build;
  return (
    <>
      {b.status === "running" && (
        <Field label="作成の進み具合" validationState="none" validationMessage={`${b.label || "準備中"}（${b.done} / ${b.total}）`}>
          <ProgressBar value={b.total > 0 ? b.done / b.total : undefined} max={1} aria-valuetext={`${b.done} / ${b.total}`} />
        </Field>
      )}
      {b.status === "done" && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            <MessageBarTitle>{p.doneTitle}</MessageBarTitle>
            {b.employees}人分のシート {b.sheets.map((n) => `「${n}」`).join("")} を作成しました。
            {b.backups.length > 0 && `元のシートは ${b.backups.map((n) => `「${n}」`).join("")} にバックアップしました。`}
            {b.fileName && `ファイル「${b.fileName}」としてダウンロードしました（ブラウザの「ダウンロード」フォルダ）。`}
            {p.nextStep}
          </MessageBarBody>
        </MessageBar>
      )}
      {b.status === "cancelled" && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{b.message}</MessageBarBody>
        </MessageBar>
      )}
      {b.status === "failed" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{p.failedTitle}</MessageBarTitle>
            {b.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
