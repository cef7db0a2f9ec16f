/** Every column of the file with the Sonae fields it feeds; personal-number columns are named and never imported. */
import { Dropdown, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnLine, FieldChoice, MasterField } from "../../workflow/mappingForm";

const NONE = "__none__";

const useStyles = makeStyles({
  // One column of the file per item, its name above a full-width choice: readable in a 320 px pane.
  lines: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  header: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  dropdown: { minWidth: 0, width: "100%" },
  dropped: { color: tokens.colorNeutralForeground3 },
});

export function ColumnMappingList(p: { lines: ColumnLine[]; fields: FieldChoice[]; busy?: string; onAssign: (header: string, fields: MasterField[]) => void }) {
  const s = useStyles();
  return (
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
              onOptionSelect={(_, d) => p.onAssign(line.header, d.optionValue === NONE ? [] : (d.selectedOptions.filter((o) => o !== NONE) as MasterField[]))}
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
  );
}
