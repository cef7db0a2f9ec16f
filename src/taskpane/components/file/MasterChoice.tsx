/**
 * The 従業員マスタ of a side flow: the one already read (and mapped) in the payroll steps, offered first with
 * its name and head count, or another file. The clerk mapped that master's columns once; asking for the same
 * file again would read it with the suggested mapping and could take other columns.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { LoadedMaster } from "../../sideFlows";
import { FilePicker } from "../FilePicker";
import { FileError } from "../FileError";

export interface MasterChoiceProps {
  /** What the flow takes from the master, e.g. 「届書の従業員マスタのファイル」. */
  label: string;
  hint: string;
  loaded?: LoadedMaster;
  /** The master in use: its name and head count, when one is. */
  chosen?: { name: string; employees: number; rejected?: number; fromPayroll: boolean };
  error?: string;
  disabled: boolean;
  testId?: string;
  onUseLoaded: (loaded: LoadedMaster) => void;
  onFile: (file: File) => void;
}

const useStyles = makeStyles({
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** 「山田商事.csv（12人）」: what the button would take. */
export const loadedMasterLine = (m: LoadedMaster) => `「${m.name}」（${m.result.employees.length}人）`;

export function MasterChoice(p: MasterChoiceProps) {
  const s = useStyles();
  const loaded = p.loaded;
  const usingLoaded = !!p.chosen?.fromPayroll;
  return (
    <div className={s.part}>
      {loaded && (
        <div className={s.row}>
          <Button appearance={usingLoaded ? "secondary" : "primary"} disabled={p.disabled || usingLoaded} data-testid="use-loaded-master" onClick={() => p.onUseLoaded(loaded)}>
            読み込み済みの社員マスタを使う
          </Button>
          <Caption1>{loadedMasterLine(loaded)}</Caption1>
        </div>
      )}
      <FilePicker
        label={p.label}
        buttonText={loaded ? "別のファイルを選ぶ" : "従業員マスタを選ぶ"}
        hint={p.hint}
        accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain"
        compact
        disabled={p.disabled}
        testId={p.testId}
        onFile={p.onFile}
      />
      {p.chosen && (
        <Caption1 aria-label="従業員マスタの読み込み結果">
          {p.chosen.fromPayroll ? "給与計算で読み込んだ " : ""}
          {p.chosen.name}: {p.chosen.employees}人{p.chosen.rejected ? `（エラーで除外 ${p.chosen.rejected}行）` : ""}
        </Caption1>
      )}
      <FileError message={p.error} />
    </div>
  );
}
