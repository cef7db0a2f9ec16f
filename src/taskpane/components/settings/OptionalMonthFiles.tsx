/** The month's optional files: 勤怠・変動, the system's last results (検算・前月同額) and the clerk's law table. */
import { Body1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { FilePicker } from "../FilePicker";
import { ProblemTable, type ProblemTableRow } from "../ProblemTable";
import { SideFileStatus, type SideFileView } from "../SideFileStatus";
import { VariablesLayout, type VariablesLayoutProps } from "./VariablesLayout";

export interface SideFileSlot {
  view: SideFileView;
  problems: ProblemTableRow[];
  onFile: (file: File) => void;
  onClear: () => void;
}

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS } });

export function OptionalMonthFiles(p: { variables: SideFileSlot; variablesLayout?: VariablesLayoutProps; previous: SideFileSlot; law?: SideFileSlot; onDownloadVariablesTemplate: () => void }) {
  const s = useStyles();
  return (
    <>
      <Subtitle2 as="h3">今月の勤怠・変動項目（任意）</Subtitle2>
      <Body1>
        残業時間・深夜・休日時間・欠勤日数・臨時の手当や控除のファイルがあれば選んでください。なければブックの「勤怠・変動」シートに入力できます。
      </Body1>
      <div className={s.row}>
        <Link as="button" onClick={p.onDownloadVariablesTemplate}>
          勤怠・変動のテンプレート（CSV）をダウンロード
        </Link>
      </div>
      <FilePicker compact label="勤怠・変動のファイル" buttonText="勤怠・変動のファイルを選ぶ" hint=".csv / .xlsx" accept=".csv,.txt,.xlsx" onFile={p.variables.onFile} testId="variables-file" />
      <SideFileStatus view={p.variables.view} onClear={p.variables.onClear} />
      {p.variablesLayout && <VariablesLayout {...p.variablesLayout} />}
      <ProblemTable label="勤怠・変動のファイルの問題" rows={p.variables.problems} />

      <Subtitle2 as="h3">前回の計算結果（任意）</Subtitle2>
      <Body1>
        給与計算システムの前回の結果があれば選んでください。社員ごと・項目ごとの差を「検算」シートに出し、勤怠が未入力なら前月と同じ値（前月同額）で仮払いできるようにします。
      </Body1>
      <FilePicker compact label="前回の計算結果のファイル" buttonText="前回の計算結果を選ぶ" hint=".csv / .xlsx" accept=".csv,.txt,.xlsx" onFile={p.previous.onFile} />
      <SideFileStatus view={p.previous.view} onClear={p.previous.onClear} />
      <ProblemTable label="前回の計算結果のファイルの問題" rows={p.previous.problems} />

      {p.law && (
        <>
          <Subtitle2 as="h3">法令データを追加（任意）</Subtitle2>
          <Body1>Sonae にまだない料率（例: 協会けんぽの新年度の料率）を、公表された出典とともに CSV で追加できます。組み込みのデータが優先します。</Body1>
          <FilePicker compact label="法令データのファイル" buttonText="法令データのファイルを選ぶ" hint=".csv（表,区分,料率,適用開始,出典）" accept=".csv,.txt" onFile={p.law.onFile} />
          <SideFileStatus view={p.law.view} onClear={p.law.onClear} />
        </>
      )}
    </>
  );
}
