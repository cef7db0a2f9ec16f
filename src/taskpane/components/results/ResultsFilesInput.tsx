/**
 * Several results files (「給与計算の結果」: Sonae's months and the vendor's exports, in any order), each listed
 * with the months it holds and its rows, and a button to take it out again — so a missing or doubled month
 * is seen before any figure is made from them.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { FilePicker } from "../FilePicker";
import { useFullWidthListStyles } from "../fullWidthList";
import type { ResultsFileSummary } from "../../workflow/todoke/resultsFiles";

export interface ResultsFileItem {
  id: number;
  name: string;
  summary?: ResultsFileSummary;
  /** The file could not be read at all. */
  error?: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold, wordBreak: "break-all" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

function describe(s: ResultsFileSummary): string {
  const months = s.months ? `支給月 ${s.months}` : "支給日の列がありません";
  const bonus = s.bonuses > 0 ? `（うち賞与 ${s.bonuses}行）` : "";
  const rejected = s.rejected > 0 ? `、エラーで除外 ${s.rejected}行` : "";
  return `${months}・${s.rows}行${bonus}${rejected}`;
}

export function ResultsFilesInput(p: { label: string; files: readonly ResultsFileItem[]; disabled: boolean; onFiles: (files: File[]) => void; onRemove: (id: number) => void }) {
  const s = useStyles();
  const l = useFullWidthListStyles();
  return (
    <div className={s.root}>
      <FilePicker
        label={p.label}
        buttonText="結果のファイルを選ぶ（いくつでも）"
        hint="sonae の「今月の結果」や給与システムの出力（.csv / .xlsx）。順番は問いません"
        accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain"
        multiple
        compact
        disabled={p.disabled}
        onFile={(f) => p.onFiles([f])}
        onFiles={p.onFiles}
      />
      {p.files.length > 0 && (
        <ul className={l.list} aria-label="選んだ結果のファイル">
          {p.files.map((f) => (
            <li key={f.id} className={l.item}>
              <span className={s.head}>
                <span className={s.name}>{f.name}</span>
                <Button size="small" disabled={p.disabled} aria-label={`「${f.name}」を外す`} onClick={() => p.onRemove(f.id)}>
                  外す
                </Button>
              </span>
              {f.summary && <Caption1>{describe(f.summary)}</Caption1>}
              {f.error && <Caption1 className={s.error}>読めません: {f.error}</Caption1>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
