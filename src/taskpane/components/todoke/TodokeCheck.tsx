/**
 * 「届書を作る」: the procedure and its dates, the master, the results files, the office; then the
 * worksheet (算定基礎届) or the candidates to confirm (月額変更届), who is left out, every problem by file,
 * row, column and value, and the SHFD0006.CSV download. Props only: hooks/useTodoke.ts owns the state.
 */
import { SideFlowHeading } from "../SideFlowHeading";
import { useId } from "react";
import { Body1, Spinner } from "@fluentui/react-components";
import type { Procedure } from "../../../jobs/todoke/makeTodoke";
import type { TodokeProblem } from "../../../todoke";
import type { OfficeForm, OfficeKey } from "../../workflow/todoke/officeForm";
import type { CheckedParams, TodokeParams } from "../../workflow/todoke/todokeRun";
import type { TodokeView } from "../../workflow/todoke/todokeScreen";
import type { TodokeDownload } from "../../workflow/todoke/todokeView";
import { ProblemTable } from "../ProblemTable";
import { ResultsFilesInput, type ResultsFileItem } from "../results/ResultsFilesInput";
import { GeppenCandidates } from "./GeppenCandidates";
import { LeftOutList } from "./LeftOutList";
import { MasterInput, type TodokeMasterProps } from "./MasterInput";
import type { LoadedMaster } from "../../sideFlows";
import { OfficeInput } from "./OfficeInput";
import { ProcedureInput } from "./ProcedureInput";
import { SanteiWorksheet } from "./SanteiWorksheet";
import { TodokeDownloads } from "./TodokeDownloads";
import { WorksheetWrite } from "./WorksheetWrite";
import type { BuildState } from "../../workflow/wizard";
import type { OverwriteAnswer } from "../OverwriteDialog";
import { useTodokeStyles } from "./styles";

export interface TodokeCheckProps {
  busy?: string;
  params: TodokeParams;
  paramErrors: CheckedParams["errors"];
  master: TodokeMasterProps;
  results: ResultsFileItem[];
  office: { form: OfficeForm; file?: { name: string; problems: TodokeProblem[]; error?: string }; problems: TodokeProblem[] };
  blocked?: string;
  view: TodokeView;
  confirmed: readonly string[];
  onProcedure: (procedure: Procedure) => void;
  onParam: (key: "yearText" | "payDateText" | "createdText", value: string) => void;
  onMaster: (file: File) => void;
  onLoadedMaster: (master: LoadedMaster) => void;
  onResults: (files: File[]) => void;
  onRemoveResults: (id: number) => void;
  onOfficeFile: (file: File) => void;
  onOfficeField: (key: OfficeKey, value: string) => void;
  onDownloadOffice: () => void;
  onConfirm: (id: string, yes: boolean) => void;
  onDownload: (file: TodokeDownload) => void;
  /** The worksheet's write (Excel) or .xlsx download (the plain page). */
  worksheetWrite: { build: BuildState; inExcel: boolean; onWrite: () => void; onCancel: () => void; onAnswer: (answer: OverwriteAnswer) => void };
  onBack: () => void;
}

export function TodokeCheck(p: TodokeCheckProps) {
  const s = useTodokeStyles();
  const titleId = useId();
  const busy = !!p.busy;
  const v = p.view;
  return (
    <section className={s.root} aria-labelledby={titleId}>
      <SideFlowHeading title="届書を作る" titleId={titleId} onBack={p.onBack} />
      <Body1>
        給与計算の結果（何か月分でも）と従業員マスタから、算定基礎届・月額変更届・賞与支払届を日本年金機構の届書作成プログラムの CSV（SHFD0006.CSV）にします。ファイルはこのパソコンの中だけで読みます。
      </Body1>
      <ProcedureInput params={p.params} errors={p.paramErrors} disabled={busy} onProcedure={p.onProcedure} onParam={p.onParam} />
      <MasterInput {...p.master} disabled={busy} onUseLoaded={p.onLoadedMaster} onFile={p.onMaster} />
      <ResultsFilesInput label="給与計算の結果のファイル" files={p.results} disabled={busy} onFiles={p.onResults} onRemove={p.onRemoveResults} />
      <OfficeInput {...p.office} disabled={busy} onFile={p.onOfficeFile} onField={p.onOfficeField} onDownload={p.onDownloadOffice} />
      {p.busy && <Spinner size="small" label={p.busy} />}
      {p.params.procedure === "geppen" && (v.candidates.length > 0 || !p.blocked) && <GeppenCandidates candidates={v.candidates} confirmed={p.confirmed} onConfirm={p.onConfirm} />}
      <SanteiWorksheet people={v.santei} />
      {v.worksheet && <WorksheetWrite {...p.worksheetWrite} />}
      <LeftOutList leftOut={v.leftOut} />
      {v.problems.length > 0 && <ProblemTable label="届書の問題の一覧" rows={v.problems} showFile />}
      <TodokeDownloads blocked={p.blocked} noFile={v.noFile} files={v.downloads} onDownload={p.onDownload} />
    </section>
  );
}
