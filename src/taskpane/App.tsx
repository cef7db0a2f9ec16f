/**
 * Placeholder task pane: says what Sonae is and how to start. The import workflow replaces it
 * (issue 5); index.tsx renders the component exported here as `App`.
 */
import { useState } from "react";
import { Body1, Button, Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  example: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
  },
});

export function App() {
  const styles = useStyles();
  const [showExample, setShowExample] = useState(false);
  return (
    <main className={styles.root}>
      <Title3 as="h1">Sonae 備え — 給与計算バックアップ</Title3>
      <Body1>
        給与計算システムが使えないときに、Excel で給与・賞与を計算するためのアドインです。社会保険料・雇用保険料などは
        SONAE で始まる関数で計算できます。計算はすべてこのパソコンの中で行われ、データは外部に送信されません。
      </Body1>
      <div>
        <Button appearance="primary" onClick={() => setShowExample((v) => !v)}>
          {showExample ? "使い方を閉じる" : "関数の使い方を見る"}
        </Button>
      </div>
      {showExample && (
        <>
          <Body1>セルに次のように入力します（範囲を渡すと結果が列ごとにスピルします）。</Body1>
          <div className={styles.example}>=SONAE.SI_HEALTH(D2:D500, "東京都", "2026-11", E2:E500)</div>
          <Caption1>マスタデータの読み込みと給与計算ブックの作成は、この作業ウィンドウに追加される予定です。</Caption1>
        </>
      )}
    </main>
  );
}
