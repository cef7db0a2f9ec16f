/**
 * The 従業員マスタ the 届書 take 被保険者整理番号・氏名カナ・生年月日・勤務区分・従前の標準報酬月額 from — or, with its
 * own label and hint, the one another side flow (the 年度更新) reads.
 */
import type { LoadedMaster } from "../../sideFlows";
import { MasterChoice } from "../file/MasterChoice";

export interface TodokeMasterProps {
  name?: string;
  employees?: number;
  rejected?: number;
  fromPayroll?: boolean;
  error?: string;
  loaded?: LoadedMaster;
}

interface MasterInputProps extends TodokeMasterProps {
  disabled: boolean;
  label?: string;
  hint?: string;
  /** Without it, the master loaded in the payroll steps is not offered. */
  onUseLoaded?: (m: LoadedMaster) => void;
  onFile: (file: File) => void;
}

export function MasterInput(p: MasterInputProps) {
  const onUseLoaded = p.onUseLoaded;
  return (
    <MasterChoice
      label={p.label ?? "届書の従業員マスタのファイル"}
      hint={p.hint ?? "給与計算と同じマスタ（被保険者整理番号・氏名カナ・勤務区分の列を使います）"}
      loaded={onUseLoaded ? p.loaded : undefined}
      chosen={p.name && p.employees !== undefined ? { name: p.name, employees: p.employees, rejected: p.rejected, fromPayroll: !!p.fromPayroll } : undefined}
      error={p.error}
      disabled={p.disabled}
      onUseLoaded={onUseLoaded ?? (() => undefined)}
      onFile={p.onFile}
    />
  );
}
