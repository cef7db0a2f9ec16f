/**
 * 「年度更新（労働保険）」: the master, the year's results files, the office, the 保険年度 (and the 締め日 and 見込額
 * when needed); then every problem by file, row, column and value, the 算定基礎賃金集計表, the figures to copy
 * onto the 申告書, and the workbook and JSON. Props only: hooks/useNendo.ts owns the state.
 */
import { useId } from "react";
import { Body1, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { JobProblem } from "../../../jobs/problem";
import type { NendoOfficeForm, NendoOfficeKey } from "../../workflow/nendo/nendoOfficeForm";
import type { CheckedNendoParams, NendoParamKey, NendoParams } from "../../workflow/nendo/nendoParams";
import type { NendoView } from "../../workflow/nendo/nendoView";
import { ProblemTable } from "../ProblemTable";
import { ResultsFilesInput, type ResultsFileItem } from "../results/ResultsFilesInput";
import { SideFlowHeading } from "../SideFlowHeading";
import { MasterInput, type TodokeMasterProps } from "../todoke/MasterInput";
import type { LoadedMaster } from "../../sideFlows";
import { useTodokeStyles } from "../todoke/styles";
import { NendoDownloads, type NendoWrite } from "./NendoDownloads";
import { NendoFigures } from "./NendoFigures";
import { NendoOfficeInput } from "./NendoOfficeInput";
import { NendoParamsInput } from "./NendoParamsInput";
import { WageTable } from "./WageTable";

export interface NendoCheckProps {
  busy?: string;
  params: NendoParams;
  paramErrors: CheckedNendoParams["errors"];
  master: TodokeMasterProps;
  results: ResultsFileItem[];
  office: { form: NendoOfficeForm; file?: { name: string; problems: JobProblem[]; error?: string }; problems: JobProblem[]; ready: boolean };
  blocked?: string;
  view?: NendoView;
  onParam: (key: NendoParamKey, value: string) => void;
  onMaster: (file: File) => void;
  onLoadedMaster: (m: LoadedMaster) => void;
  onResults: (files: File[]) => void;
  onRemoveResults: (id: number) => void;
  onOfficeFile: (file: File) => void;
  onOfficeField: (key: NendoOfficeKey, value: string) => void;
  onDownloadOffice: () => void;
  write: NendoWrite;
  onDownloadJson: () => void;
  onBack: () => void;
}

export function NendoCheck(p: NendoCheckProps) {
  const s = useTodokeStyles();
  const titleId = useId();
  const busy = !!p.busy;
  const v = p.view;
  const running = p.write.build.status === "running" || p.write.build.status === "confirming";
  return (
    <section className={s.root} aria-labelledby={titleId}>
      <SideFlowHeading title="年度更新（労働保険）" titleId={titleId} backDisabled={running} onBack={p.onBack} />
      <Body1>
        従業員マスタとその年度の給与計算の結果（4月〜翌年3月。何ファイルでも、順不同）から、確定保険料・一般拠出金・翌年度の概算保険料と延納の額、算定基礎賃金集計表を作ります。結果のない月は 0 とせず、問題として示します。ファイルはこのパソコンの中だけで読みます。
      </Body1>
      <NendoParamsInput params={p.params} errors={p.paramErrors} disabled={busy} onParam={p.onParam} />
      <MasterInput {...p.master} label="年度更新の従業員マスタのファイル" hint="給与計算と同じマスタ（役員・雇用保険・入社日・退職日の列を使います。年度の途中で退職した人も載せてください）" disabled={busy} onUseLoaded={p.onLoadedMaster} onFile={p.onMaster} />
      <ResultsFilesInput label="給与計算の結果のファイル" files={p.results} disabled={busy} onFiles={p.onResults} onRemove={p.onRemoveResults} />
      <NendoOfficeInput {...p.office} disabled={busy} onFile={p.onOfficeFile} onField={p.onOfficeField} onDownload={p.onDownloadOffice} />
      {p.busy && <Spinner size="small" label={p.busy} />}
      {p.blocked && (
        <MessageBar intent="info">
          <MessageBarBody>{p.blocked}</MessageBarBody>
        </MessageBar>
      )}
      {v && v.problems.length > 0 && <ProblemTable label="年度更新の問題の一覧" rows={v.problems} showFile />}
      {v && <NendoFigures sections={v.sections} notes={v.notes} />}
      {v && <WageTable rows={v.table} totals={v.totals} />}
      {v && <NendoDownloads reason={v.noFile} ready={!!v.workbook} write={p.write} onJson={p.onDownloadJson} />}
    </section>
  );
}
