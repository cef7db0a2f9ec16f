import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout the parts of the year-end check share. */
export const useYearEndStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  counts: { display: "grid", gridTemplateColumns: "auto auto", justifyContent: "start", columnGap: tokens.spacingHorizontalL, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  number: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  year: { maxWidth: "220px" },
});
