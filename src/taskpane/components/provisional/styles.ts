import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout the parts of 仮払い・精算 share: one column, lists that use the pane's full width at 350 px. */
export const useProvisionalStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  date: { maxWidth: "220px" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowWrap: "anywhere" },
  flagged: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  line: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  amount: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteRedForeground1 },
  totals: { display: "grid", gridTemplateColumns: "auto auto", justifyContent: "start", columnGap: tokens.spacingHorizontalL, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  number: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
});

export const yen = (n: number) => `${n.toLocaleString("ja-JP")}円`;
export const signedYen = (n: number) => `${n > 0 ? "+" : ""}${n.toLocaleString("ja-JP")}円`;
