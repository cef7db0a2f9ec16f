import { useState } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";

/** Long lists (problems, transfers) show a page at a time so a 10,000-row file does not freeze the pane. */
const PAGE = 100;

const useStyles = makeStyles({
  more: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

/** How many rows of a long list are shown, and the means to show more. */
export function usePaged(): [number, () => void] {
  const [shown, setShown] = useState(PAGE);
  return [shown, () => setShown((n) => n + PAGE * 5)];
}

/** 「N件のうち M件を表示しています。」 and a さらに表示 button, when the list is longer than what is shown. */
export function ShowMore(p: { total: number; shown: number; onMore: () => void }) {
  const s = useStyles();
  if (p.total <= p.shown) return null;
  return (
    <div className={s.more}>
      <Caption1>
        {p.total}件のうち {p.shown}件を表示しています。
      </Caption1>
      <Button size="small" onClick={p.onMore}>
        さらに表示
      </Button>
    </div>
  );
}
