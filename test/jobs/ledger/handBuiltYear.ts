/**
 * A hand-built year of two employees for the ledgers (ledger.test.ts works out every total by hand):
 *  - L001 見本 花子 (女): Sonae's own months (every item column), 1–12月 but March missing.
 *  - L002 見本 太郎 (男): January–June from a vendor export without item or hour columns, July–December from
 *    Sonae, and a 賞与 on 7/10 from a file of its own without 課税対象額.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { importMasterFile, importPreviousResultsFile } from "../../../src/import";
import { makeLedgers, Ledgers } from "../../../src/jobs/ledger/ledger";
import { ledgerFileOf, LedgerFile } from "../../../src/jobs/ledger/payments";

const enc = (s: string) => new TextEncoder().encode(s);

export const MASTER = [
  "社員番号,氏名,生年月日,入社日,退職日,基本給,健康保険,税区分,扶養親族等の数,性別",
  "L001,見本 花子,1990-04-01,2020-04-01,,280000,東京都,甲,0,女",
  "L002,見本 太郎,1985-08-01,2015-04-01,,350000,東京都,甲,2,男",
].join("\n");

const SONAE_HEADER = "社員番号,氏名,対象年月,種別,支給日,扶養親族等の数,基本給,固定手当,時間外手当,時間外手当（60時間超）,休日手当,深夜手当,通勤手当,欠勤控除,総支給額,健康保険,介護保険,子ども・子育て支援金,厚生年金,雇用保険,社会保険料計,課税対象額,所得税,住民税,差引支給額,出勤日数,労働時間,残業時間,深夜時間,休日時間,臨時の課税手当,臨時の非課税手当,臨時の控除";
const hanako = (m: number) => `L001,見本 花子,2026-${String(m).padStart(2, "0")},給与,2026-${String(m).padStart(2, "0")}-25,0,280000,20000,0,0,0,0,10000,0,310000,15000,0,0,27450,1650,44100,255900,6530,10000,249370,20,,,,,,,`;
const taro = (m: number) => `L002,見本 太郎,2026-${String(m).padStart(2, "0")},給与,2026-${String(m).padStart(2, "0")}-25,2,350000,0,0,0,0,0,0,0,350000,17000,0,0,30000,3000,50000,300000,8420,12000,279580,20,,5,,,,,`;
export const SONAE_CSV = [SONAE_HEADER, ...[1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(hanako), ...[7, 8, 9, 10, 11, 12].map(taro)].join("\n");
export const VENDOR_CSV = ["従業員番号,支給日,総支給額,社会保険料計,課税対象額,所得税,差引支給額", ...[1, 2, 3, 4, 5, 6].map((m) => `L002,2026/${m}/25,350000,50000,300000,8420,291580`)].join("\n");
export const BONUS_CSV = ["社員番号,種別,支給日,総支給額,社会保険料計,所得税,差引支給額", "L002,賞与,2026-07-10,575000,75000,20420,479580"].join("\n");

/**
 * The 年末調整 staff list for L002 (扶養 2 as in the master; nothing else declared). Its 支給総額・社会保険料・源泉徴収済額
 * are not the ledger's (the book's are used); by hand, 令和8年分:
 *   給与 12 × 350,000 + 575,000 = 4,775,000; 社会保険料 12 × 50,000 + 75,000 = 675,000; 税額 12 × 8,420 + 20,420 = 121,460
 *   給与所得控除後 4,772,000 (4,000円未満切捨て) × 80% − 440,000 = 3,377,600
 *   所得控除 675,000 + 扶養 2 × 380,000 + 基礎控除 1,040,000 (合計所得金額 489万円以下) = 2,475,000
 *   課税給与所得金額 3,377,600 − 2,475,000 = 902,600 → 902,000; 算出所得税額 5% = 45,100
 *   年調年税額 45,100 × 102.1% = 46,047.1 → 46,000; 差引超過額 121,460 − 46,000 = 75,460
 */
export const STAFF_CSV = ["社員番号,氏名,支給総額,社会保険料,源泉徴収済額,一般の扶養親族", "L002,見本 太郎,0,0,0,2"].join("\n");
export const TARO_YEAR_END = { annualTax: 46_000, balance: 75_460 };

export async function handBuiltYear(): Promise<{ ledgers: Ledgers; files: LedgerFile[] }> {
  const master = await importMasterFile(enc(MASTER), "master.csv");
  expect(master.problems.filter((p) => p.severity === "error")).toEqual([]);
  const files: LedgerFile[] = [];
  for (const [name, text] of [["sonae.csv", SONAE_CSV], ["vendor.csv", VENDOR_CSV], ["bonus.csv", BONUS_CSV]]) {
    const imported = await importPreviousResultsFile(enc(text), name, undefined, master.employees);
    expect(imported.problems.filter((p) => p.severity === "error")).toEqual([]);
    files.push(ledgerFileOf(name, imported));
  }
  return { ledgers: makeLedgers({ employees: master.employees, files, year: 2026, closingDay: 31 }), files };
}


/** The files in `dir` (master.csv, sonae.csv, vendor.csv, bonus.csv, the staff list and a settings.json of a 20日締め), for the command line and the page. */
export function writeHandBuiltYear(dir: string): { master: string; results: string[]; staff: string; settings: string } {
  fs.mkdirSync(dir, { recursive: true });
  const file = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  return {
    master: file("master.csv", MASTER), results: [file("sonae.csv", SONAE_CSV), file("vendor.csv", VENDOR_CSV), file("bonus.csv", BONUS_CSV)],
    staff: file("staff.csv", STAFF_CSV), settings: file("settings.json", `{ "closingDay": 20 }\n`),
  };
}
