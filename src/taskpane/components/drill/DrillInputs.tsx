/** The three files (the master may be the payroll steps'), the 対象年月 and the two settings a drill most often shows to differ. */
import { Caption1, Field, Input } from "@fluentui/react-components";
import type { ChildSupportRounding, PremiumTiming } from "../../../calc/payroll/types";
import { CHILD_SUPPORT_ROUNDING_CHOICES, PREMIUM_TIMING_CHOICES, SETTINGS_LABELS } from "../../workflow/settingsForm";
import { DRILL_FILE_LABELS, type DrillFileKind, type DrillForm } from "../../workflow/drillCheck";
import { ChoiceSelect } from "../ChoiceSelect";
import { FilePicker } from "../FilePicker";
import { MasterChoice } from "../file/MasterChoice";
import type { LoadedMaster } from "../../sideFlows";
import { useYearEndStyles } from "../yearEnd/styles";

const HINTS: Readonly<Record<DrillFileKind, string>> = {
  master: "給与システムから書き出したマスタ（CSV・.xlsx）",
  variables: "その月の勤怠・変動（なくても可）",
  results: "給与システムが計算したその月の結果（社員番号・総支給額…差引支給額）",
};

export interface DrillInputsProps {
  form: DrillForm;
  disabled: boolean;
  periodError?: string;
  /** The master of the payroll steps, offered instead of a file. */
  loaded?: LoadedMaster;
  onFile: (kind: DrillFileKind, file: File) => void;
  onLoadedMaster: (m: LoadedMaster) => void;
  onPeriod: (text: string) => void;
  onTiming: (t: PremiumTiming) => void;
  onRounding: (r: ChildSupportRounding) => void;
}

export function DrillInputs(p: DrillInputsProps) {
  const s = useYearEndStyles();
  return (
    <>
      <div>
        <MasterChoice
          label={`${DRILL_FILE_LABELS.master}のファイル`}
          hint={HINTS.master}
          loaded={p.loaded}
          chosen={p.form.loadedMaster && { name: p.form.loadedMaster.name, employees: p.form.loadedMaster.result.employees.length, rejected: p.form.loadedMaster.result.rejected.length, fromPayroll: true }}
          disabled={p.disabled}
          testId="drill-master"
          onUseLoaded={p.onLoadedMaster}
          onFile={(f) => p.onFile("master", f)}
        />
        {!p.form.loadedMaster && <Caption1>{p.form.files.master ? `選んだファイル: ${p.form.files.master.name}` : "未選択"}</Caption1>}
      </div>
      {(["variables", "results"] as const).map((kind) => (
        <div key={kind}>
          <FilePicker
            compact
            label={`${DRILL_FILE_LABELS[kind]}のファイル`}
            buttonText={`${DRILL_FILE_LABELS[kind]}を選ぶ`}
            hint={HINTS[kind]}
            accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain"
            disabled={p.disabled}
            testId={`drill-${kind}`}
            onFile={(f) => p.onFile(kind, f)}
          />
          <Caption1>{p.form.files[kind] ? `選んだファイル: ${p.form.files[kind]!.name}` : "未選択"}</Caption1>
        </div>
      ))}
      <Field className={s.year} label="対象年月" hint="2026-11 など" validationState={p.periodError ? "error" : "none"} validationMessage={p.periodError}>
        <Input data-testid="drill-period" value={p.form.periodText} disabled={p.disabled} onChange={(_, d) => p.onPeriod(d.value)} />
      </Field>
      <Field label={SETTINGS_LABELS.premiumTiming}>
        <ChoiceSelect value={p.form.premiumTiming} disabled={p.disabled} choices={PREMIUM_TIMING_CHOICES} onChoice={p.onTiming} />
      </Field>
      <Field label={SETTINGS_LABELS.childSupportRounding}>
        <ChoiceSelect value={p.form.childSupportRounding} disabled={p.disabled} choices={CHILD_SUPPORT_ROUNDING_CHOICES} onChoice={p.onRounding} />
      </Field>
    </>
  );
}
