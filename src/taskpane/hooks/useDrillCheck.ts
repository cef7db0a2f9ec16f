/**
 * The controller of 「備えの点検」: the three files as bytes, the 対象年月 and the two settings the drill may show
 * to differ, and the report of the last run. A new file or setting clears the report, so that what is shown is
 * always what the inputs on screen give.
 */
import { useState } from "react";
import type { ChildSupportRounding, PremiumTiming } from "../../calc/payroll/types";
import { DrillFileKind, DrillForm, DrillOutcome, drillBlocked, drillCards, drillPeriod, runDrillCheck } from "../workflow/drillCheck";
import { readFileBytes } from "../browser/download";
import { messageOf } from "../workflow/messages";
import type { LoadedMaster } from "../sideFlows";

export function useDrillCheck() {
  const [form, setForm] = useState<DrillForm>({ files: {}, periodText: "", premiumTiming: "nextMonth", childSupportRounding: "withHealth" });
  const [outcome, setOutcome] = useState<DrillOutcome>();
  const [busy, setBusy] = useState<string>();
  const [fileError, setFileError] = useState<string>();
  const change = (f: (s: DrillForm) => DrillForm) => {
    setForm(f);
    setOutcome(undefined);
  };

  const onFile = async (kind: DrillFileKind, file: File) => {
    setFileError(undefined);
    try {
      const bytes = await readFileBytes(file);
      // A master file chosen here replaces the payroll steps' master, and the other way round.
      change((s) => ({ ...s, files: { ...s.files, [kind]: { name: file.name, bytes } }, loadedMaster: kind === "master" ? undefined : s.loadedMaster }));
    } catch (e) {
      setFileError(messageOf(e));
    }
  };

  const onRun = async () => {
    setBusy("計算して比べています…");
    try {
      setOutcome(await runDrillCheck(form));
    } finally {
      setBusy(undefined);
    }
  };

  const period = drillPeriod(form.periodText);
  return {
    form,
    busy,
    fileError,
    outcome,
    cards: outcome?.report ? drillCards(outcome.report) : [],
    periodError: form.periodText.trim() !== "" && "error" in period ? period.error : undefined,
    blocked: drillBlocked(form),
    onFile,
    onLoadedMaster: (loadedMaster: LoadedMaster) => change((s) => ({ ...s, loadedMaster, files: { ...s.files, master: undefined } })),
    onPeriod: (periodText: string) => change((s) => ({ ...s, periodText })),
    onTiming: (premiumTiming: PremiumTiming) => change((s) => ({ ...s, premiumTiming })),
    onRounding: (childSupportRounding: ChildSupportRounding) => change((s) => ({ ...s, childSupportRounding })),
    onRun: () => void onRun(),
  };
}
