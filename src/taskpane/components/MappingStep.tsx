/**
 * Step 2 列の対応付け: every column of the file with a dropdown of Sonae's fields (the suggestion from the
 * header names is preselected), presets, the required fields still missing, and the optional separate
 * bank-account file (社労夢 汎用マスタ 振込口座情報 and the like, recognised by its headers).
 */
import {
  Badge, Body1, Button, Caption1, Dropdown, Field, MessageBar, MessageBarBody, Option, Select, Subtitle2,
  makeStyles, tokens,
} from "@fluentui/react-components";
import type { ColumnLine, FieldChoice, MasterField, OutputNeed } from "../workflow/mappingForm";
import { FilePicker } from "./FilePicker";
import { StickyActions } from "./StickyActions";
import { SideFileStatus, type SideFileView } from "./SideFileStatus";

export interface MappingStepProps {
  sourceName: string;
  encodingLabel: string;
  lines: ColumnLine[];
  fields: FieldChoice[];
  required: { label: string; column?: string; byDefault?: string }[];
  /** The fields each output needs (給与計算, 全銀), each marked found or not. */
  needs: OutputNeed[];
  /** Prominent warnings about the mapping as a whole (no 標準報酬月額 column…). */
  warnings: string[];
  /** "auto" | preset id | "saved" */
  preset: string;
  presets: { id: string; name: string }[];
  /** Where the current mapping came from, as a sentence. */
  originText: string;
  busy?: string;
  bank: SideFileView;
  onAssign: (header: string, fields: MasterField[]) => void;
  onPreset: (id: string) => void;
  onBankFile: (file: File) => void;
  onBankClear: () => void;
  onNext: () => void;
  /** The mapping is remembered in the workbook (inside Excel); the plain page keeps nothing. */
  remembers: boolean;
  canNext: boolean;
  nextReason?: string;
}

const NONE = "__none__";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // One column of the file per item, its name above a full-width choice: readable in a 320 px pane.
  lines: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  header: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  dropdown: { minWidth: 0, width: "100%" },
  required: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  dropped: { color: tokens.colorNeutralForeground3 },
});

export function MappingStep(p: MappingStepProps) {
  const s = useStyles();
  const missing = p.required.filter((r) => r.column === undefined && r.byDefault === undefined);
  return (
    <section className={s.root} aria-labelledby="step-mapping-title">
      <Subtitle2 as="h2" id="step-mapping-title">
        2. 列の対応付け
      </Subtitle2>
      <Body1>
        「{p.sourceName}」（{p.encodingLabel}）の各列が Sonae のどの項目かを確かめてください。{p.originText}
        {p.remembers ? "対応付けはこのブックに保存され、次回同じ形のファイルで使われます。" : "ブラウザ版は対応付けを保存しません（タブを閉じると消えます）。"}
      </Body1>
      <Field label="対応付けのひな形">
        <Select value={p.preset} onChange={(_, d) => p.onPreset(d.value)} disabled={!!p.busy}>
          <option value="auto">見出しから自動で推測</option>
          {p.presets.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </Select>
      </Field>
      {p.needs.map((n) => (
        <div key={n.output}>
          <Caption1>{n.output}に使う項目</Caption1>
          <div className={s.required} aria-label={`${n.output}に使う項目の対応状況`}>
            {n.fields.map((r) => (
              <Badge key={r.label} appearance="tint" color={r.column !== undefined || r.byDefault !== undefined || r.fromFile ? "success" : "danger"}>
                {r.label}: {r.column ?? (r.byDefault !== undefined ? `既定値 ${r.byDefault}` : r.fromFile ? `「${r.fromFile}」から` : "未選択")}
              </Badge>
            ))}
          </div>
        </div>
      ))}
      {p.warnings.map((w) => (
        <MessageBar key={w} intent="warning" layout="multiline">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}
      {missing.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>必須の項目 {missing.map((m) => `「${m.label}」`).join("")} の列を下の一覧で選んでください。</MessageBarBody>
        </MessageBar>
      )}
      <ul className={s.lines} aria-label="列の対応付け">
        {p.lines.map((line) => (
          <li key={line.header} className={s.line}>
            <span className={s.header}>{line.header}</span>
            {line.dropped ? (
              <span className={s.dropped}>取り込みません（マイナンバー等）</span>
            ) : (
              <Dropdown
                className={s.dropdown}
                aria-label={`列「${line.header}」の項目`}
                multiselect
                disabled={!!p.busy}
                value={line.fieldsLabel}
                selectedOptions={line.fields}
                onOptionSelect={(_, d) => {
                  const chosen = d.optionValue === NONE ? [] : (d.selectedOptions.filter((o) => o !== NONE) as MasterField[]);
                  p.onAssign(line.header, chosen);
                }}
              >
                <Option value={NONE} text="（使わない）">
                  （使わない）
                </Option>
                {p.fields.map((f) => (
                  <Option key={f.field} value={f.field} text={f.label}>
                    {f.required ? `${f.label}（必須）` : f.label}
                  </Option>
                ))}
              </Dropdown>
            )}
          </li>
        ))}
      </ul>
      <Subtitle2 as="h3">振込口座が別のファイルの場合（任意）</Subtitle2>
      <Body1>
        口座情報を別のファイルで出力するシステム（社労夢の汎用マスタ「振込口座情報」など）は、そのファイルも選んでください。
        見出しから形式を判別し、社労夢の預金種目（0=普通・1=当座）は全銀のコード（1・2）に直します。
      </Body1>
      <FilePicker
        compact
        label="振込口座のファイル"
        buttonText="振込口座のファイルを選ぶ"
        hint="1行に1口座（社員番号・銀行コード・支店コード・預金種目・口座番号・口座名義カナ）"
        accept=".csv,.txt,.xlsx"
        disabled={!!p.busy}
        onFile={p.onBankFile}
      />
      <SideFileStatus view={p.bank} onClear={p.onBankClear} />
      <StickyActions>
        <Button appearance="primary" data-testid="next" disabled={!p.canNext || !!p.busy} onClick={p.onNext}>
          次へ（確認）
        </Button>
        {!p.canNext && p.nextReason && <Caption1>{p.nextReason}</Caption1>}
      </StickyActions>
    </section>
  );
}
