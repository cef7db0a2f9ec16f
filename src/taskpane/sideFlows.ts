/**
 * The pane's work besides the monthly payroll (年末調整の検算, 届書, 仮払い・精算, …): each is a flow of its own,
 * loaded when the clerk opens it, so its tables and writers stay out of what the pane loads at start.
 * Step 1 lists them under 「別の作業」; adding a flow is one entry here and its own component.
 */
import type { ComponentType } from "react";
import type { ImportResult } from "../import";
import type { PaneHost } from "./host/types";

/** The 従業員マスタ read (and mapped) in the payroll steps, which a side flow may take instead of a file. */
export interface LoadedMaster {
  /** The file's name, or 「シート「…」」 for cells pasted into a sheet. */
  name: string;
  result: ImportResult;
}

export interface SideFlowProps {
  /** Today's calendar year: the default 年分 / 年度. */
  thisYear: number;
  host: PaneHost;
  /** The master of the payroll steps, when one is loaded. */
  loadedMaster?: LoadedMaster;
  /** The 設定 step's 締め日 as the clerk left it (1–31, 31 = 末日): the office's, for flows that need it. */
  settingsClosingDay?: string;
  /** Back to the payroll steps (their state is kept while the clerk is away). */
  onBack: () => void;
}

export interface SideFlow {
  id: string;
  /** The button's words: what the clerk gets. */
  label: string;
  /** One line under the button: what it starts from. */
  description: string;
  load: () => Promise<{ default: ComponentType<SideFlowProps> }>;
}

export const SIDE_FLOWS: readonly SideFlow[] = [
  {
    id: "yearEnd",
    label: "年末調整の検算シートを作る",
    description: "年末調整の従業員一覧から検算シートを作ります",
    load: () => import(/* webpackChunkName: "yearEnd" */ "./YearEndFlow"),
  },
  {
    id: "drill",
    label: "備えの点検",
    description: "書き出したマスタと勤怠から計算した月を、給与システムの結果と比べます（毎月）",
    load: () => import(/* webpackChunkName: "drill" */ "./DrillFlow"),
  },
  {
    id: "todoke",
    label: "届書を作る",
    description: "給与計算の結果から算定基礎届・月額変更届・賞与支払届の CSV を作ります",
    load: () => import(/* webpackChunkName: "todoke" */ "./TodokeFlow"),
  },
  {
    id: "ledger",
    label: "賃金台帳・源泉徴収簿を作る",
    description: "従業員マスタとその年の給与計算の結果から作ります",
    load: () => import(/* webpackChunkName: "ledger" */ "./LedgerFlow"),
  },
  {
    id: "nendo",
    label: "年度更新（労働保険）",
    description: "その年度の給与計算の結果から、確定保険料・一般拠出金・概算保険料と算定基礎賃金集計表を作ります（6月）",
    load: () => import(/* webpackChunkName: "nendo" */ "./NendoFlow"),
  },
  {
    id: "provisional",
    label: "仮払い・精算",
    description: "給与計算ができない月に前月の振込ファイルから仮払いし、確定後に精算します",
    load: () => import(/* webpackChunkName: "provisional" */ "./ProvisionalFlow"),
  },
];
