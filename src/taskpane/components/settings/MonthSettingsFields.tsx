/** The month, the pay day and the office's rules the workbook needs, each input labelled and with its own message. */
import { Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from "@fluentui/react-components";
import {
  EMPLOYMENT_INSURANCE_CHOICES, PREFECTURE_NAMES, PREMIUM_TIMING_CHOICES, SETTINGS_LABELS, SettingsErrors, SettingsField, SettingsForm,
} from "../../workflow/settingsForm";
import { ChoiceSelect } from "../ChoiceSelect";

const useStyles = makeStyles({
  // Inputs fill their grid cell and may shrink below their intrinsic width (a narrow task pane).
  fill: { width: "100%", minWidth: 0 },
  cell: { minWidth: 0 },
  unit: { whiteSpace: "nowrap" },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(180px, 1fr))", gap: tokens.spacingHorizontalM },
});

const CLOSING_DAYS = Array.from({ length: 31 }, (_, i) => String(i + 1));

export function MonthSettingsFields(p: { form: SettingsForm; errors: SettingsErrors; onChange: (form: SettingsForm) => void }) {
  const s = useStyles();
  const f = p.form;
  const set = <K extends SettingsField>(k: K, v: SettingsForm[K]) => p.onChange({ ...f, [k]: v });
  const field = (k: SettingsField) => ({
    label: SETTINGS_LABELS[k],
    validationState: p.errors[k] ? ("error" as const) : undefined,
    validationMessage: p.errors[k],
  });
  return (
    <>
        <div className={s.grid}>
          <Field className={s.cell} {...field("period")} required hint="例: 2026-04（令和8年4月・R8.4 も可）">
            {/* Text, not type="month": the same typing works in every browser, and so does a test's fill("2026-04"). */}
            <Input className={s.fill} data-testid="period" placeholder="2026-04" value={f.period} onChange={(_, d) => set("period", d.value)} />
          </Field>
          <Field className={s.cell} {...field("payDate")} required hint="例: 2026-04-24。源泉徴収税額表はこの日で選びます">
            <Input className={s.fill} data-testid="pay-date" placeholder="2026-04-24" value={f.payDate} onChange={(_, d) => set("payDate", d.value)} />
          </Field>
          <Field className={s.cell} {...field("closingDay")} required>
            <Select className={s.fill} value={f.closingDay} onChange={(_, d) => set("closingDay", d.value)}>
              {CLOSING_DAYS.map((d) => (
                <option key={d} value={d}>
                  {d === "31" ? "末日" : `${d}日`}
                </option>
              ))}
            </Select>
          </Field>
          <Field className={s.cell} {...field("scheduledHoursPerMonth")} required hint="割増賃金の単価に使います（例: 160）">
            <Input className={s.fill} inputMode="decimal" value={f.scheduledHoursPerMonth} onChange={(_, d) => set("scheduledHoursPerMonth", d.value)} contentAfter={<span className={s.unit}>時間</span>} />
          </Field>
          <Field className={s.cell} {...field("scheduledDaysPerMonth")} required hint="欠勤控除に使います（例: 20）">
            <Input className={s.fill} inputMode="decimal" value={f.scheduledDaysPerMonth} onChange={(_, d) => set("scheduledDaysPerMonth", d.value)} contentAfter={<span className={s.unit}>日</span>} />
          </Field>
          <Field className={s.cell} {...field("defaultInsurer")} hint="マスタの「健康保険」が空欄の人に使います">
            <Select className={s.fill} value={f.defaultInsurer} onChange={(_, d) => set("defaultInsurer", d.value)}>
              {PREFECTURE_NAMES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          </Field>
          <Field className={s.cell} {...field("defaultEmploymentInsurance")} hint="マスタの「雇用保険」が空欄の人に使います">
            <ChoiceSelect className={s.fill} value={f.defaultEmploymentInsurance} choices={EMPLOYMENT_INSURANCE_CHOICES} onChoice={(v) => set("defaultEmploymentInsurance", v)} />
          </Field>
          <Field className={s.cell} {...field("companyName")} hint="給与明細に印字します（100文字まで）。次の月も使います">
            <Input className={s.fill} data-testid="company-name" value={f.companyName} onChange={(_, d) => set("companyName", d.value)} />
          </Field>
        </div>
        <Field className={s.cell} {...field("premiumTiming")}>
          <RadioGroup value={f.premiumTiming} onChange={(_, d) => set("premiumTiming", d.value as SettingsForm["premiumTiming"])}>
            {PREMIUM_TIMING_CHOICES.map((c) => (
              <Radio key={c.value} value={c.value} label={`${c.label} — ${c.help}`} />
            ))}
          </RadioGroup>
        </Field>
    </>
  );
}
