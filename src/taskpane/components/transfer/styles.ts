import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout the parts of the transfer step share. */
export const useTransferStyles = makeStyles({
  // Inputs fill their grid cell and may shrink below their intrinsic width (a narrow task pane).
  fill: { width: "100%", minWidth: 0 },
  cell: { minWidth: 0 },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(160px, 1fr))", gap: tokens.spacingHorizontalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  messages: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
