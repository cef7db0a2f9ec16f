/**
 * Problems as a list whose items use the full width of a narrow task pane: the kind and where (file, row,
 * column) on the first line, the value as it was read, then what is wrong — each readable at 320 px, where
 * a five-column table left one or two characters per line for the reason. Long lists are shown a page at a
 * time so that ten thousand problems never freeze the pane; the count says how many there are.
 */
import { ShowMore, usePaged } from "./ShowMore";
import { Badge, Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useFullWidthListStyles } from "./fullWidthList";
import type { ProblemRowView } from "../workflow/problemRows";

export type ProblemTableRow = ProblemRowView;

const useStyles = makeStyles({
  error: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteYellowBorder2}` },
  where: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  value: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  valueLabel: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyBase },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

function ProblemItem(p: { r: ProblemTableRow; showFile?: boolean }) {
  const s = useStyles();
  const l = useFullWidthListStyles();
  const r = p.r;
  return (
    <li className={mergeClasses(l.item, r.severity === "warning" ? s.warning : s.error)} data-testid="problem">
      <span className={s.where}>
        <Badge appearance="tint" color={r.severity === "error" ? "danger" : "warning"}>
          {r.severityLabel}
        </Badge>
        {p.showFile && r.file && <span>{r.file}</span>}
        {r.row !== "" && <span>{r.row}行目</span>}
        {r.column && <span>{r.column}</span>}
      </span>
      {r.value !== "" && (
        <span className={s.value}>
          <span className={s.valueLabel}>値: </span>
          {r.value}
        </span>
      )}
      <span>{r.message}</span>
    </li>
  );
}

export function ProblemTable(p: { label: string; rows: ProblemTableRow[]; showFile?: boolean; onDownloadCsv?: () => void }) {
  const s = useStyles();
  const l = useFullWidthListStyles();
  const [shown, showMore] = usePaged();
  if (p.rows.length === 0) return null;
  return (
    <div>
      <ul className={l.list} aria-label={p.label}>
        {p.rows.slice(0, shown).map((r) => (
          <ProblemItem key={r.key} r={r} showFile={p.showFile} />
        ))}
      </ul>
      <ShowMore total={p.rows.length} shown={shown} onMore={showMore} />
      {p.onDownloadCsv && (
        <div className={s.bar}>
          <Button size="small" onClick={p.onDownloadCsv}>
            一覧を CSV で保存
          </Button>
          <Caption1>{p.rows.length}件すべてを、Excel で開ける CSV（UTF-8）にします。</Caption1>
        </div>
      )}
    </div>
  );
}
