/** Step 2 列の対応付け, wired to the controller. */
import { MappingStep } from "../components/MappingStep";
import { MASTER_FIELD_CHOICES, MASTER_PRESETS, assignFields, columnLines, mappingOriginText, mappingWarnings, outputNeeds, requiredStatus } from "../workflow/mappingForm";
import { encodingLabel } from "../workflow/review";
import { bankFileView } from "../workflow/sideFileViews";
import type { WizardStepProps } from "./stepProps";

export function WizardMappingStep({ wizard, gates }: WizardStepProps) {
  const state = wizard.state;
  const master = state.master;
  if (!master) return null;
  const mapping = master.mapping;
  return (
    <MappingStep
      sourceName={wizard.sourceName}
      encodingLabel={encodingLabel(master.encoding)}
      lines={columnLines(master.headers, mapping)}
      fields={MASTER_FIELD_CHOICES}
      required={requiredStatus(mapping)}
      needs={outputNeeds(mapping, state.bank.status === "loaded" ? state.bank.fileName : undefined)}
      warnings={mappingWarnings(mapping)}
      preset={mapping.preset && MASTER_PRESETS.some((p) => p.id === mapping.preset) ? mapping.preset : "auto"}
      presets={MASTER_PRESETS.map((p) => ({ id: p.id, name: p.name }))}
      originText={mappingOriginText(state.mappingOrigin)}
      busy={state.busy}
      bank={bankFileView(state.bank)}
      onAssign={(header, fields) => wizard.master.remap(assignFields(mapping, header, fields), "edited")}
      onPreset={wizard.master.onPreset}
      onBankFile={(file) => wizard.sides.onSideFile("bank", file)}
      onBankClear={() => wizard.sides.onSideClear("bank")}
      onNext={() => wizard.steps.goTo("review")}
      remembers={wizard.inExcel}
      canNext={gates.review.ok}
      nextReason={gates.review.reason}
    />
  );
}
