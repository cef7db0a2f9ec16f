/**
 * Writing the year-end check's plan with the host: the same overwrite question, progress and cancel as
 * the payroll workbook, kept in a BuildState of its own.
 */
import { useState } from "react";
import type { BuildState } from "../workflow/wizard";
import type { PaneHost, WorkbookPlan } from "../host/types";
import { useWorkbookDelivery } from "./useWorkbookDelivery";

export function useYearEndBuild(host: PaneHost) {
  const [build, setBuild] = useState<BuildState>({ status: "idle" });
  const delivery = useWorkbookDelivery(host);

  const write = async (plan: WorkbookPlan & { employees: readonly unknown[] }, fileName: string) => {
    setBuild({ status: "running", done: 0, total: 0, label: "シートの内容を準備しています", cancelling: false });
    await delivery.deliver(plan, { fileName, valuesOnly: false }, {
      progress: (done, total, label) => setBuild((b) => ({ status: "running", done, total, label, cancelling: b.status === "running" && b.cancelling })),
      confirm: (existing, message) => setBuild({ status: "confirming", existing, message }),
      written: (sheets, backups, downloaded) => setBuild({ status: "done", sheets, backups, employees: plan.employees.length, fileName: downloaded }),
      failed: (message) => setBuild({ status: "failed", message }),
      cancelled: (message) => setBuild({ status: "cancelled", message }),
    });
  };

  const cancel = () => {
    setBuild((b) => (b.status === "running" ? { ...b, cancelling: true } : b));
    delivery.cancel();
  };

  return { build, resetBuild: () => setBuild({ status: "idle" }), write, cancel, onAnswer: delivery.onAnswer };
}
