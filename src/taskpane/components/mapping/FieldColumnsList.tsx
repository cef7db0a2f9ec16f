/**
 * Each field with the file's columns it reads, chosen in a multi-select: one column as usual, several joined
 * (姓＋名 → 氏名) or added up (several hour columns → 深夜時間), as each line's note says.
 */
import { Caption1, Dropdown, Option, makeStyles, tokens } from "@fluentui/react-components";

export interface FieldColumnsLineView {
  field: string;
  label: string;
  columns: string[];
  /** What happens to several columns: 「つなぎます」 or 「合計します」. */
  several: string;
}

const useStyles = makeStyles({
  // One field per item, its name above a full-width choice: readable in a 350 px pane.
  lines: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  label: { fontWeight: tokens.fontWeightSemibold },
  dropdown: { minWidth: 0, width: "100%" },
});

export function FieldColumnsList(p: { label: string; lines: FieldColumnsLineView[]; options: string[]; busy?: boolean; onChange: (field: string, columns: string[]) => void }) {
  const s = useStyles();
  return (
    <ul className={s.lines} aria-label={p.label}>
      {p.lines.map((line) => (
        <li key={line.field} className={s.line}>
          <span className={s.label}>{line.label}</span>
          <Dropdown
            className={s.dropdown}
            aria-label={`「${line.label}」に使う列`}
            multiselect
            disabled={p.busy}
            placeholder="（使わない）"
            value={line.columns.join("＋")}
            selectedOptions={line.columns}
            onOptionSelect={(_, d) => p.onChange(line.field, orderedAsClicked(line.columns, d.selectedOptions))}
          >
            {p.options.map((c) => (
              <Option key={c} value={c}>
                {c}
              </Option>
            ))}
          </Dropdown>
          {line.columns.length > 1 && <Caption1>{line.columns.length}つの列を{line.several}</Caption1>}
        </li>
      ))}
    </ul>
  );
}

/** The columns in the order the clerk chose them (姓 before 名), the new one last. */
function orderedAsClicked(before: readonly string[], selected: readonly string[]): string[] {
  return [...before.filter((c) => selected.includes(c)), ...selected.filter((c) => !before.includes(c))];
}
