/**
 * The build with its progress and cancel; the last good build stays usable after a later one is cancelled
 * or fails, and the step after it opens once there is a workbook.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { BuildState } from "../../workflow/wizard";
import { WriteProgress } from "../WriteProgress";
import { WriteButtons } from "../WriteButtons";

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS } });

function buildLabel(inExcel: boolean, done: boolean): string {
  if (inExcel) return done ? "もう一度作成する" : "給与計算ブックを作成";
  return done ? "もう一度ダウンロードする" : "給与計算ブック（.xlsx）をダウンロード";
}

const NEXT_IN_EXCEL = "「給与計算」シートを開きました。今月の勤怠・手当は「勤怠・変動」シートに入力してください。入力すると、給与計算と給与明細が再計算されます。";
const NEXT_IN_BROWSER = "ダウンロードしたブックを Excel で開き、「給与計算」シートの数字を確かめてください。";

export function BuildActions(p: { build: BuildState; lastBuild?: Extract<BuildState, { status: "done" }>; inExcel: boolean; onBuild: () => void; onCancel: () => void; onNext: () => void }) {
  const s = useStyles();
  const build = p.build;
  const running = build.status === "running" || build.status === "confirming";
  return (
    <>
      <WriteButtons build={build} label={buildLabel(p.inExcel, build.status === "done")} onWrite={p.onBuild} onCancel={p.onCancel} />
      <WriteProgress build={build} doneTitle="ブックを作成しました" failedTitle="ブックを作成できませんでした" nextStep={p.inExcel ? NEXT_IN_EXCEL : NEXT_IN_BROWSER} />
      {build.status !== "done" && !running && p.lastBuild && <WriteProgress build={p.lastBuild} doneTitle="前回の作成はそのまま使えます" failedTitle="" />}
      {(build.status === "done" || (!running && p.lastBuild)) && (
        <div className={s.row}>
          <Button appearance="primary" data-testid="next" onClick={p.onNext}>
            次へ（振込データ作成）
          </Button>
          <Caption1>給与計算シートの数字を確かめてから振込データを作ってください。</Caption1>
        </div>
      )}
    </>
  );
}
