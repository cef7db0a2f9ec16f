/**
 * Step 4 設定: the month, the pay day and the office's rules the workbook needs, each input labelled
 * and with its own message; the optional files of the month (勤怠・変動) and the system's last results
 * (検算・前月同額).
 */
import {
  Body1, Button, Caption1, Field, Input, Link, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Subtitle2, makeStyles, tokens,
} from "@fluentui/react-components";
import {
  EMPLOYMENT_INSURANCE_CHOICES, PREFECTURE_NAMES, PREMIUM_TIMING_CHOICES, SETTINGS_LABELS, SettingsErrors, SettingsField, SettingsForm,
} from "../workflow/settingsForm";
import { FilePicker } from "./FilePicker";
import { StickyActions } from "./StickyActions";
import { ProblemTable, ProblemTableRow } from "./ProblemTable";
import { SideFileStatus, type SideFileView } from "./SideFileStatus";

export interface SideFileSlot {
  view: SideFileView;
  problems: ProblemTableRow[];
  onFile: (file: File) => void;
  onClear: () => void;
}

export interface SettingsStepProps {
  form: SettingsForm;
  errors: SettingsErrors;
  warnings: string[];
  onChange: (form: SettingsForm) => void;
  variables: SideFileSlot;
  previous: SideFileSlot;
  onDownloadVariablesTemplate: () => void;
  /** The user's law table (法令データを追加, docs/law-data.md). */
  law?: SideFileSlot;
  onNext: () => void;
  canNext: boolean;
}

const useStyles = makeStyles({
  // Inputs fill their grid cell and may shrink below their intrinsic width (a narrow task pane).
  fill: { width: "100%", minWidth: 0 },
  cell: { minWidth: 0 },
  unit: { whiteSpace: "nowrap" },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(180px, 1fr))", gap: tokens.spacingHorizontalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const CLOSING_DAYS = Array.from({ length: 31 }, (_, i) => String(i + 1));

export function SettingsStep(p: SettingsStepProps) {
  const s = useStyles();
  const f = p.form;
  const set = <K extends SettingsField>(k: K, v: SettingsForm[K]) => p.onChange({ ...f, [k]: v });
  const field = (k: SettingsField) => ({
    label: SETTINGS_LABELS[k],
    validationState: p.errors[k] ? ("error" as const) : undefined,
    validationMessage: p.errors[k],
  });
  return (
    <section className={s.root} aria-labelledby="step-settings-title">
      <Subtitle2 as="h2" id="step-settings-title">
        4. 設定
      </Subtitle2>
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
          <Select
            className={s.fill}
            value={f.defaultEmploymentInsurance}
            onChange={(_, d) => set("defaultEmploymentInsurance", d.value as SettingsForm["defaultEmploymentInsurance"])}
          >
            {EMPLOYMENT_INSURANCE_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </Select>
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
      {p.warnings.map((w) => (
        <MessageBar key={w} intent="warning">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}

      <Subtitle2 as="h3">今月の勤怠・変動項目（任意）</Subtitle2>
      <Body1>
        残業時間・深夜・休日時間・欠勤日数・臨時の手当や控除のファイルがあれば選んでください。なければブックの「勤怠・変動」シートに入力できます。
      </Body1>
      <div className={s.row}>
        <Link as="button" onClick={p.onDownloadVariablesTemplate}>
          勤怠・変動のテンプレート（CSV）をダウンロード
        </Link>
      </div>
      <FilePicker compact label="勤怠・変動のファイル" buttonText="勤怠・変動のファイルを選ぶ" hint=".csv / .xlsx" accept=".csv,.txt,.xlsx" onFile={p.variables.onFile} />
      <SideFileStatus view={p.variables.view} onClear={p.variables.onClear} />
      <ProblemTable label="勤怠・変動のファイルの問題" rows={p.variables.problems} />

      <Subtitle2 as="h3">前回の計算結果（任意）</Subtitle2>
      <Body1>
        給与計算システムの前回の結果があれば選んでください。社員ごと・項目ごとの差を「検算」シートに出し、勤怠が未入力なら前月と同じ値（前月同額）で仮払いできるようにします。
      </Body1>
      <FilePicker compact label="前回の計算結果のファイル" buttonText="前回の計算結果を選ぶ" hint=".csv / .xlsx" accept=".csv,.txt,.xlsx" onFile={p.previous.onFile} />
      <SideFileStatus view={p.previous.view} onClear={p.previous.onClear} />
      <ProblemTable label="前回の計算結果のファイルの問題" rows={p.previous.problems} />

      {p.law && (
        <>
          <Subtitle2 as="h3">法令データを追加（任意）</Subtitle2>
          <Body1>Sonae にまだない料率（例: 協会けんぽの新年度の料率）を、公表された出典とともに CSV で追加できます。組み込みのデータが優先します。</Body1>
          <FilePicker compact label="法令データのファイル" buttonText="法令データのファイルを選ぶ" hint=".csv（表,区分,料率,適用開始,出典）" accept=".csv,.txt" onFile={p.law.onFile} />
          <SideFileStatus view={p.law.view} onClear={p.law.onClear} />
        </>
      )}

      <StickyActions>
        <Button appearance="primary" data-testid="next" disabled={!p.canNext} onClick={p.onNext}>
          次へ（ブック作成）
        </Button>
        {!p.canNext && <Caption1>入力のエラーを直してください。</Caption1>}
      </StickyActions>
    </section>
  );
}
