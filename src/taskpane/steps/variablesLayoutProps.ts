/** The 勤怠 file's layout section wired to the controller: each change reads the file again with the new mapping. */
import type { VariablesLayoutProps } from "../components/settings/VariablesLayout";
import type { ColumnMapping, VariablesField, VariablesImportResult } from "../../import";
import { variablesSuggestion } from "../../import/variables";
import { VARIABLES_VENDORS } from "../../import/vendors/monthlyPresets";
import { mappingFile, presetFor, presetNotice, rowFilterOf, withFieldColumns, withHours, withNoHeader, withRowFilter } from "../workflow/fileLayout";
import { HOUR_NOTATION_CHOICES, columnOptions, hourPreview, notationQuestions, variablesFieldLines } from "../workflow/variablesLayout";
import type { WizardController } from "../hooks/useWizard";

export function variablesLayoutProps(wizard: WizardController): VariablesLayoutProps | undefined {
  const file = wizard.state.variables;
  if (file.status !== "loaded") return undefined;
  const result: VariablesImportResult = file.result;
  const mapping = result.mapping;
  const remap = (m: ColumnMapping<VariablesField> | undefined) => void wizard.sides.onVariablesMapping(m);
  const keepHours = (m: ColumnMapping<VariablesField>) => (mapping.hours ? { ...m, hours: mapping.hours } : m);
  return {
    preset: {
      notice: presetNotice(mapping),
      offered: mapping.noHeader ? undefined : presetFor(VARIABLES_VENDORS, result.headers),
      onTurnOff: () => remap(keepHours(variablesSuggestion(result.headers))),
      onTurnOn: () => remap(undefined),
    },
    hours: {
      hours: mapping.hours ?? "decimal",
      choices: HOUR_NOTATION_CHOICES,
      preview: hourPreview(result),
      questions: notationQuestions(result),
      onHours: (hours) => remap(withHours(mapping, hours)),
    },
    // Several columns of an item are added up (KING OF TIME's 深夜所定＋深夜残業); of the 社員番号, put together.
    fields: variablesFieldLines(mapping).map((l) => ({ ...l, several: l.field === "id" ? "つなぎます" : "合計します" })),
    onFieldColumns: (field, columns) => remap(withFieldColumns(mapping, field as VariablesField, columns, field === "id" ? "join" : "sum")),
    layout: {
      noHeader: mapping.noHeader === true,
      filter: rowFilterOf(mapping),
      options: columnOptions(result.headers),
      onNoHeader: (on) => remap(withNoHeader(mapping, on)),
      onFilter: (column, value) => remap(withRowFilter(mapping, column, value)),
    },
    onExport: () => wizard.downloads.mapping(mappingFile(mapping, "勤怠変動")),
    busy: !!wizard.state.busy,
  };
}
