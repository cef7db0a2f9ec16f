/** What will be built, and what the clerk should know before writing it. */
import { Body1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL } });

export function BuildSummary(p: { summary: string[]; warnings: string[] }) {
  const s = useStyles();
  return (
    <>
      <ul className={s.list}>
        {p.summary.map((line) => (
          <li key={line}>
            <Body1>{line}</Body1>
          </li>
        ))}
      </ul>
      {p.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>作成の前に確かめてください（{p.warnings.length}件）</MessageBarTitle>
            <ul className={s.list} aria-label="作成前の注意">
              {p.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
