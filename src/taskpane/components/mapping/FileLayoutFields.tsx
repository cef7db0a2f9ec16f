/** A file without a header row (columns A, B, C …) and a row filter (列 = 値: freee's 種別 = 給与). */
import { useEffect, useState } from "react";
import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";

export interface FileLayoutFieldsProps {
  /** What the file is, for the labels: 「従業員マスタ」「勤怠・変動のファイル」. */
  what: string;
  noHeader: boolean;
  filter: { column: string; value: string };
  options: string[];
  busy?: boolean;
  onNoHeader: (noHeader: boolean) => void;
  onFilter: (column: string, value: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: "8em" },
});

export function FileLayoutFields(p: FileLayoutFieldsProps) {
  const s = useStyles();
  const [column, setColumn] = useState(p.filter.column);
  const [value, setValue] = useState(p.filter.value);
  useEffect(() => {
    setColumn(p.filter.column);
    setValue(p.filter.value);
  }, [p.filter.column, p.filter.value]);
  return (
    <div className={s.root}>
      <Checkbox
        checked={p.noHeader}
        disabled={p.busy}
        label={`${p.what}に見出し行がない（1行目からデータ。列は A列・B列… で対応付けます）`}
        onChange={(_, d) => p.onNoHeader(d.checked === true)}
      />
      <div className={s.row}>
        <Field label="この列が" className={s.grow}>
          <Select aria-label={`${p.what}の行を絞り込む列`} value={column} disabled={p.busy} onChange={(_, d) => setColumn(d.value)}>
            <option value="">（絞り込まない）</option>
            {p.options.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="次の値の行だけ読む" hint="複数は「、」で区切る" className={s.grow}>
          <Input aria-label={`${p.what}の読む行の値`} value={value} disabled={p.busy || column === ""} onChange={(_, d) => setValue(d.value)} />
        </Field>
        <Button size="small" disabled={p.busy} onClick={() => p.onFilter(column, value)}>
          絞り込みを適用
        </Button>
      </div>
    </div>
  );
}
