import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout the parts of 「届書を作る」 share: one column, readable at 350 px. */
export const useTodokeStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: "none", minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  short: { maxWidth: "240px" },
  heading: { outlineStyle: "none" },
  name: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3 },
  details: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  value: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  pair: { display: "contents" },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});
