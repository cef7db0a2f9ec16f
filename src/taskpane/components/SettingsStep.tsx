/**
 * Step 4 設定: the month, the pay day and the office's rules the workbook needs, each input labelled
 * and with its own message; the optional files of the month (勤怠・変動) and the system's last results
 * (検算・前月同額).
 */
import { Button, Caption1, Link, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { SettingsErrors, SettingsForm } from "../workflow/settingsForm";
import { StickyActions } from "./StickyActions";
import { MonthSettingsFields } from "./settings/MonthSettingsFields";
import { ChildSupportRoundingField } from "./settings/ChildSupportRoundingField";
import { OptionalMonthFiles, type SideFileSlot } from "./settings/OptionalMonthFiles";
import type { VariablesLayoutProps } from "./settings/VariablesLayout";

export interface SettingsStepProps {
  form: SettingsForm;
  errors: SettingsErrors;
  warnings: string[];
  onChange: (form: SettingsForm) => void;
  variables: SideFileSlot;
  /** How the 勤怠 file is read (時間の表記, columns), once one is read. */
  variablesLayout?: VariablesLayoutProps;
  previous: SideFileSlot;
  onDownloadVariablesTemplate: () => void;
  /** Saves the office's 設定 as the command line's settings.json; absent while a setting has an error. */
  onDownloadSettings?: () => void;
  /** The user's law table (法令データを追加, docs/law-data.md). */
  law?: SideFileSlot;
  onNext: () => void;
  canNext: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  cli: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export function SettingsStep(p: SettingsStepProps) {
  const s = useStyles();
  return (
    <section className={s.root} aria-labelledby="step-settings-title">
      <Subtitle2 as="h2" id="step-settings-title">
        4. 設定
      </Subtitle2>
      <MonthSettingsFields form={p.form} errors={p.errors} onChange={p.onChange} />
      <ChildSupportRoundingField form={p.form} errors={p.errors} onChange={p.onChange} />
      <div className={s.cli}>
        <Link as="button" data-testid="download-settings" disabled={!p.onDownloadSettings} onClick={p.onDownloadSettings}>
          設定をファイルに書き出す（コマンドライン用 settings.json）
        </Link>
        <Caption1>コマンドラインの --settings に指定すると、この設定で計算します（docs/settings.md）。</Caption1>
      </div>
      {p.warnings.map((w) => (
        <MessageBar key={w} intent="warning">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}

      <OptionalMonthFiles {...p} />

      <StickyActions>
        <Button appearance="primary" data-testid="next" disabled={!p.canNext} onClick={p.onNext}>
          次へ（ブック作成）
        </Button>
        {!p.canNext && <Caption1>入力のエラーを直してください。</Caption1>}
      </StickyActions>
    </section>
  );
}
