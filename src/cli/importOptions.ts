/**
 * The options about how the input files are laid out, shared by every command that reads the master and the
 * 勤怠・変動 file (payroll, rebuild, zengin): `--hours` (時間の表記 of the 勤怠 file), `--mapping` (the column
 * mapping of the master, the JSON the pane exports) and `--variables-mapping` (the same for the 勤怠 file).
 * docs/mapping.md describes the JSON.
 */
import type { HourNotation } from "../import/hourNotation";
import { UsageError } from "./usageError";

export interface ImportOptions {
  hours?: HourNotation;
  /** Path of the master's mapping JSON. */
  masterMapping?: string;
  /** Path of the 勤怠・変動 file's mapping JSON. */
  variablesMapping?: string;
}

export const IMPORT_OPTIONS_USAGE = `  --hours decimal|sexagesimal|minutes  勤怠の時間の表記: 10進（7.5）・60進（7.30 = 7時間30分）・分（450）。既定は 10進
  --mapping FILE            従業員マスタの列の対応付け（作業ウィンドウで書き出した JSON。docs/mapping.md）
  --variables-mapping FILE  勤怠・変動の列の対応付け（同じ形式。時間の表記・列の結合と合算・見出しなし・行の絞り込みも）
`;

const NOTATIONS: Readonly<Record<string, HourNotation>> = { decimal: "decimal", sexagesimal: "sexagesimal", minutes: "minutes" };
const FLAGS: Readonly<Record<string, keyof ImportOptions>> = { "--hours": "hours", "--mapping": "masterMapping", "--variables-mapping": "variablesMapping" };

/** The words without these options, and the options; a missing or unknown value is a usage error. */
export function takeImportOptions(argv: readonly string[]): { argv: string[]; imports: ImportOptions } {
  const rest: string[] = [];
  const imports: ImportOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const key = FLAGS[argv[i]];
    if (key === undefined) {
      rest.push(argv[i]);
      continue;
    }
    const value = argv[++i];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`${argv[i - 1]} の値がありません。`);
    if (key === "hours") {
      const notation = NOTATIONS[value];
      if (!notation) throw new UsageError(`--hours は decimal（10進）・sexagesimal（60進）・minutes（分）のどれかです（「${value}」は使えません）。`);
      imports.hours = notation;
    } else imports[key] = value;
  }
  return { argv: rest, imports };
}
