/** The drill's report at pane width: the count, then one card per difference with both amounts and the reasons. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { DrillReport } from "../../../jobs/drill/drillMonth";
import type { DrillCard } from "../../workflow/drillCheck";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, padding: tokens.spacingHorizontalS, borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorNeutralBackground2, overflowWrap: "anywhere" },
  who: { fontWeight: tokens.fontWeightSemibold },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function DrillReportView(p: { report: DrillReport; cards: DrillCard[] }) {
  const s = useStyles();
  const r = p.report;
  return (
    <>
      <MessageBar intent={r.differing === 0 ? "success" : "warning"} data-testid="drill-summary">
        <MessageBarBody>
          <MessageBarTitle>
            一致 {r.matched}人 / 差異 {r.differing}人
          </MessageBarTitle>
          {r.differing === 0 ? "全員が1円まで一致しました。この書き出しと設定で、システムが止まった日も同じ給与を計算できます。" : "差ごとに推定理由を示します。直すのはマスタ・設定・給与システムのどれかを確かめてください。"}
        </MessageBarBody>
      </MessageBar>
      {p.cards.length > 0 && (
        <ul className={s.list} aria-label="差異の一覧">
          {p.cards.map((c) => (
            <li key={c.key} className={s.card} data-testid="drill-difference">
              <div className={s.who}>
                {c.who}・{c.item}
              </div>
              {c.amounts && <div>{c.amounts}</div>}
              <ul className={s.reasons}>
                {c.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
