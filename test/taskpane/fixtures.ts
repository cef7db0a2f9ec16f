/**
 * A fictional master in Sonae's template layout, shared by the pane's workflow tests and the browser
 * test: three valid employees, a マイナンバー column that must be dropped, and two bad rows — line 4 has
 * the impossible birth date 1990/13/01, line 5 a 基本給 "abc" and the 税区分 "丙" (not for monthly pay).
 */
import Encoding from "encoding-japanese";

export const MASTER_LINES = [
  "社員番号,氏名,氏名カナ,生年月日,入社日,給与形態,基本給,固定手当,通勤手当,通勤手当の非課税額,健康保険,健保標準報酬月額,厚年標準報酬月額,雇用保険,税区分,扶養親族等の数,住民税,銀行コード,支店コード,預金種目,口座番号,口座名義カナ,マイナンバー",
  "0001,山田 太郎,ヤマダ タロウ,1985/4/1,2015/4/1,月給,300000,20000,10000,10000,東京都,320000,320000,一般,甲,2,15000,0005,001,普通,1234567,ヤマダ タロウ,123456789012",
  "0002,佐藤 花子,サトウ ハナコ,S50.7.20,2018/10/1,月給,250000,0,8000,8000,大阪府,260000,260000,一般,甲,0,10000,0009,123,1,7654321,さとう はなこ,",
  "0003,鈴木 一郎,スズキ イチロウ,1990/13/01,2020/4/1,月給,280000,0,0,0,東京都,280000,280000,一般,甲,1,12000,0001,100,普通,1111111,スズキ イチロウ,",
  "0004,高橋 次郎,タカハシ ジロウ,1992/2/2,2021/4/1,月給,abc,0,0,0,東京都,300000,300000,一般,丙,0,0,0001,100,普通,2222222,タカハシ ジロウ,",
  "0005,伊藤 美咲,イトウ ミサキ,1960/3/3,2010/4/1,月給,220000,5000,12000,12000,東京都,240000,240000,一般,甲,1,8000,0005,002,普通,3333333,イトウ ミサキ,",
];

/** The valid rows' 社員番号, in file order. */
export const VALID_IDS = ["0001", "0002", "0005"];

export function shiftJis(text: string): Uint8Array {
  return Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: "SJIS", from: "UNICODE" }) as number[]);
}

/** The master as a Shift_JIS CSV with CRLF line ends, as Excel saves 「CSV（コンマ区切り）」. */
export function masterCsvBytes(lines: readonly string[] = MASTER_LINES): Uint8Array {
  return shiftJis(lines.join("\r\n") + "\r\n");
}
