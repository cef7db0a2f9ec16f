/** The mapping written out as the JSON file the command line reads (--mapping / --variables-mapping). */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS } });

export function MappingExportButton(p: { option: "--mapping" | "--variables-mapping"; busy?: boolean; onExport: () => void }) {
  const s = useStyles();
  return (
    <div className={s.root}>
      <Button size="small" disabled={p.busy} onClick={p.onExport} data-testid={`export${p.option}`}>
        対応付けを書き出す（JSON）
      </Button>
      <Caption1>コマンドでは sonae payroll … {p.option} ファイル名 で同じ対応付けを使えます（docs/mapping.md）。</Caption1>
    </div>
  );
}
