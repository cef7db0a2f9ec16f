/** Step 2 列の対応付け, wired to the controller. */
import { MappingStep } from "../components/MappingStep";
import type { MasterLayoutProps } from "../components/mapping/MasterLayout";
import type { ColumnMapping, ImportResult, MasterField } from "../../import";
import { masterSuggestion } from "../../import/master";
import { MASTER_VENDORS } from "../../import/vendors/masterPresets";
import { MASTER_FIELD_CHOICES, MASTER_PRESETS, assignFields, columnLines, mappingOriginText, mappingWarnings, outputNeeds, requiredStatus } from "../workflow/mappingForm";
import { mappingFile, presetFor, presetNotice, rowFilterOf, withFieldColumns, withNoHeader, withRowFilter } from "../workflow/fileLayout";
import { columnOptions } from "../workflow/variablesLayout";
import { combinableLines, combineHow } from "../workflow/masterLayout";
import { encodingLabel } from "../workflow/review";
import { bankFileView } from "../workflow/sideFileViews";
import type { WizardController } from "../hooks/useWizard";
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
      layout={masterLayout(wizard, master)}
    />
  );
}

/** The master's layout section: each change reads the file again with the new mapping. */
function masterLayout(wizard: WizardController, master: ImportResult): MasterLayoutProps {
  const mapping = master.mapping;
  const remap = (m: ColumnMapping<MasterField> | undefined) => (m ? wizard.master.remap(m, "edited") : wizard.master.onPreset("auto"));
  return {
    preset: {
      notice: presetNotice(mapping),
      offered: mapping.noHeader ? undefined : presetFor(MASTER_VENDORS, master.headers),
      onTurnOff: () => remap({ ...masterSuggestion(master.headers), ...(mapping.filters ? { filters: mapping.filters } : {}) }),
      onTurnOn: () => remap(undefined),
    },
    combined: combinableLines(mapping),
    onCombined: (field, columns) => remap(withFieldColumns(mapping, field as MasterField, columns, combineHow(field as MasterField))),
    layout: {
      noHeader: mapping.noHeader === true,
      filter: rowFilterOf(mapping),
      options: columnOptions(master.headers),
      onNoHeader: (on) => remap(withNoHeader(mapping, on)),
      onFilter: (column, value) => remap(withRowFilter(mapping, column, value)),
    },
    onExport: () => wizard.downloads.mapping(mappingFile(mapping, "従業員マスタ")),
  };
}
