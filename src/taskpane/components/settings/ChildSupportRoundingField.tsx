/** 子ども・子育て支援金の端数処理: the Q&A's method by default, or the previous system's, so the figures tie. */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { CHILD_SUPPORT_ROUNDING_CHOICES, SETTINGS_LABELS, SettingsErrors, SettingsForm } from "../../workflow/settingsForm";

export function ChildSupportRoundingField(p: { form: SettingsForm; errors: SettingsErrors; onChange: (form: SettingsForm) => void }) {
  return (
    <Field label={SETTINGS_LABELS.childSupportRounding} validationState={p.errors.childSupportRounding ? "error" : undefined} validationMessage={p.errors.childSupportRounding}>
      <RadioGroup
        data-testid="child-support-rounding"
        value={p.form.childSupportRounding}
        onChange={(_, d) => p.onChange({ ...p.form, childSupportRounding: d.value as SettingsForm["childSupportRounding"] })}
      >
        {CHILD_SUPPORT_ROUNDING_CHOICES.map((c) => (
          <Radio key={c.value} value={c.value} label={`${c.label} — ${c.help}`} />
        ))}
      </RadioGroup>
    </Field>
  );
}
