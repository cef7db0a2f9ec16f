import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * A list whose items stack their lines and use the whole width: how the pane shows rows (problems,
 * transfers) in 320 px, where table columns would leave a character or two per line.
 */
export const useFullWidthListStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
});
