import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout the parts of 「届書を作る」 share: one column, readable at 350 px. */
export const useTodokeStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: "none", minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  short: { maxWidth: "240px" },
  name: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3 },
  details: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, margin: 0 },
  // A long value (the grade change) goes under its item rather than squeezing it.
  pair: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", columnGap: tokens.spacingHorizontalM },
  term: { flex: "1 0 140px", color: tokens.colorNeutralForeground2 },
  value: { margin: "0 0 0 auto", textAlign: "right", fontVariantNumeric: "tabular-nums" },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});
