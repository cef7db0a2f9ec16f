/**
 * Step 2 列の対応付け: every column of the file with a dropdown of Sonae's fields (the suggestion from the
 * header names is preselected), presets, the required fields still missing, and the optional separate
 * bank-account file (社労夢 汎用マスタ 振込口座情報 and the like, recognised by its headers).
 */
import { Body1, Button, Caption1, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnLine, FieldChoice, MasterField, OutputNeed } from "../workflow/mappingForm";
import { StickyActions } from "./StickyActions";
import type { SideFileView } from "./SideFileStatus";
import { MappingChecks } from "./mapping/MappingChecks";
import { ColumnMappingList } from "./mapping/ColumnMappingList";
import { BankFileInput } from "./mapping/BankFileInput";
import { MasterLayout, PresetSection, type MasterLayoutProps } from "./mapping/MasterLayout";

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
  /** The vendor preset found, fields from several columns, no header row, the row filter, the export. */
  layout: MasterLayoutProps;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function MappingStep(p: MappingStepProps) {
  const s = useStyles();
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
      <PresetSection layout={p.layout} busy={!!p.busy} />
      <MappingChecks needs={p.needs} warnings={p.warnings} required={p.required} />
      <ColumnMappingList lines={p.lines} fields={p.fields} busy={p.busy} onAssign={p.onAssign} />
      <MasterLayout layout={p.layout} busy={!!p.busy} />
      <BankFileInput {...p} />
      <StickyActions>
        <Button appearance="primary" data-testid="next" disabled={!p.canNext || !!p.busy} onClick={p.onNext}>
          次へ（確認）
        </Button>
        {!p.canNext && p.nextReason && <Caption1>{p.nextReason}</Caption1>}
      </StickyActions>
    </section>
  );
}
