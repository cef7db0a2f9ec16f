/**
 * The ledger's options besides the master and the results: the 年末調整 staff list (optional), the year, and the
 * 締め日 — the 設定 step's to start with, or a settings.json's, or typed — with a hint saying which it is.
 */
import { Field, Input } from "@fluentui/react-components";
import { FilePicker } from "../FilePicker";
import { useYearEndStyles } from "../yearEnd/styles";

/** The tables the ledger reads: CSV (any delimiter) or an .xlsx. */
export const ACCEPT = ".csv,.txt,.tsv,.xlsx,text/csv,text/plain";

export interface LedgerOptionsProps {
  /** The 年末調整 staff list chosen, if any. */
  staffName?: string;
  yearText: string;
  closingDayText: string;
  /** Where the 締め日 shown came from: the 設定 step, a settings.json, or the clerk. */
  closingDaySource?: "settings" | "file" | "typed";
  onStaff: (file: File) => void;
  onYear: (text: string) => void;
  onClosingDay: (text: string) => void;
  onSettingsFile: (file: File) => void;
  /** No file can be chosen (reading one, or writing). */
  disabled: boolean;
  /** Writing: the fields are fixed. */
  running: boolean;
}

const CLOSING_DAY_HINTS = {
  settings: "「設定」の締め日です。",
  file: "settings.json の締め日です。",
  typed: "",
} as const;

/** The 締め日 field's hint: where the value came from, and what a blank does. */
function closingDayHint(source: LedgerOptionsProps["closingDaySource"]): string {
  return `${source ? CLOSING_DAY_HINTS[source] : ""}1〜31（末日は 31）。期間の列のない結果の賃金計算期間に使い、空欄なら「○年○月分」と書きます`;
}

export function LedgerOptions(p: LedgerOptionsProps) {
  const s = useYearEndStyles();
  return (
    <>
      <FilePicker
        label="年末調整の従業員一覧のファイル（任意）"
        buttonText={p.staffName ? "従業員一覧を選び直す" : "年末調整の従業員一覧を選ぶ"}
        hint="あれば源泉徴収簿の年末調整欄を年調年税額・過不足額まで計算します（年末調整の検算と同じ一覧。中途入社の前職分の列も使います）"
        accept={ACCEPT}
        disabled={p.disabled}
        onFile={p.onStaff}
        compact
        testId="ledger-staff"
      />
      <Field className={s.year} label="年（支給日の年）" hint="西暦（2026）または和暦（令和8年）">
        <Input value={p.yearText} disabled={p.running} onChange={(_, d) => p.onYear(d.value)} />
      </Field>
      <Field className={s.year} label="締め日" hint={closingDayHint(p.closingDaySource)}>
        <Input value={p.closingDayText} disabled={p.running} onChange={(_, d) => p.onClosingDay(d.value)} data-testid="ledger-closing-day" />
      </Field>
      <FilePicker
        label="設定ファイル（settings.json）"
        buttonText="settings.json から締め日を読む"
        hint="「設定」で書き出した settings.json（コマンドラインの --settings と同じ）"
        accept=".json,application/json"
        disabled={p.disabled}
        onFile={p.onSettingsFile}
        compact
        testId="ledger-settings"
      />
    </>
  );
}
