/**
 * Writing a workbook plan through the host (into Excel, or as a downloaded .xlsx) with progress, the
 * question before sheets are overwritten, and cancel. The payroll workbook and the year-end check use it
 * alike; each keeps its own BuildState through the events.
 */
import { useRef } from "react";
import { messageOf } from "../workflow/messages";
import type { OverwriteChoice, PaneHost, WorkbookPlan } from "../host/types";

export interface DeliveryEvents {
  progress(done: number, total: number, label: string): void;
  confirm(existing: string[], message: string): void;
  /** `fileName` is the downloaded file's name (the browser), undefined when written into Excel. */
  written(sheets: string[], backups: string[], fileName: string | undefined): void;
  failed(message: string): void;
  cancelled(message: string): void;
}

export function useWorkbookDelivery(host: PaneHost) {
  const abort = useRef<AbortController | undefined>(undefined);
  const answer = useRef<((choice: OverwriteChoice) => void) | undefined>(undefined);
  const events = useRef<DeliveryEvents | undefined>(undefined);

  const deliver = async (plan: WorkbookPlan, options: { fileName: string; valuesOnly: boolean }, on: DeliveryEvents) => {
    const controller = new AbortController();
    abort.current = controller;
    events.current = on;
    try {
      const report = await host.deliverWorkbook(plan, {
        ...options,
        signal: controller.signal,
        onProgress: (p) => on.progress(p.done, p.total, p.sheet ? `シート「${p.sheet}」を書き込んでいます` : "準備中"),
        confirmOverwrite: (existing, message) =>
          new Promise<OverwriteChoice>((resolve) => {
            answer.current = resolve;
            on.confirm(existing, message);
          }),
      });
      if (report.status === "written") on.written(report.written, report.backups.map((b) => b.backup), host.kind === "browser" ? options.fileName : undefined);
      else if (report.status === "failed") on.failed(report.message);
      else on.cancelled(report.message);
    } catch (e) {
      on.failed(messageOf(e));
    } finally {
      abort.current = undefined;
    }
  };

  /** The clerk's answer to the overwrite question; the write goes on unless it was 「中止」. */
  const onAnswer = (choice: OverwriteChoice) => {
    const resolve = answer.current;
    answer.current = undefined;
    if (choice !== "cancel") events.current?.progress(1, 0, "準備中");
    resolve?.(choice);
  };

  const cancel = () => abort.current?.abort();

  return { deliver, onAnswer, cancel };
}
