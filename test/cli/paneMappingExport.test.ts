/**
 * What the pane writes out with 「対応付けを書き出す（JSON）」 is what the command line reads with --mapping and
 * --variables-mapping: the mappings are made here as the pane makes them (read the file, join 姓＋名, set 60進 on the
 * KING OF TIME file the preset mapped), written by the pane's own mappingFile, and given to `sonae payroll` in a
 * child process — no --hours on the command line: the 時間の表記 travels in the file. Figures are hand arithmetic.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { importMasterFile, importVariablesFile } from "../../src/import";
import { mappingFile, withFieldColumns, withHours } from "../../src/taskpane/workflow/fileLayout";

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-pane-export-"));

function write(name: string, text: string | Uint8Array): string {
  const p = path.join(DIR, name);
  fs.writeFileSync(p, text);
  return p;
}

const MASTER_TEXT =
  ["社員番号,姓,名,生年月日,入社日,給与形態,基本給,通勤手当,通勤手当の非課税額,健康保険,健保標準報酬月額,厚年標準報酬月額,雇用保険,税区分,扶養親族等の数,住民税",
   "F001,見本,一郎,1990-01-15,2015-04-01,月給,300000,10000,10000,東京都,300000,300000,一般,甲,0,10000"].join("\r\n") + "\r\n";
// KING OF TIME 月別データ in 60進: 残業 7時間30分, 深夜 1:00 + 0:30, 法定休日 8:00 + 0:30.
const KOT_TEXT = ["従業員コード,残業時間,深夜所定時間,深夜残業時間,法定休日所定時間,法定休日残業時間", "F001,7.30,1.00,0.30,8.00,0.30"].join("\r\n") + "\r\n";

test("the pane's exported mappings give the command line the payroll the pane computes", async () => {
  const master = await importMasterFile(new TextEncoder().encode(MASTER_TEXT), "master.csv");
  const masterMapping = withFieldColumns(master.mapping, "name", ["姓", "名"], "join");
  const kot = await importVariablesFile(new TextEncoder().encode(KOT_TEXT), "kot.csv");
  expect(kot.mapping.preset).toBe("kot-monthly");
  const kotMapping = withHours(kot.mapping, "sexagesimal");

  const args = [
    "payroll", "--period", "2026-05",
    "--master", write("master.csv", MASTER_TEXT), "--mapping", write("m.json", mappingFile(masterMapping, "従業員マスタ").bytes),
    "--variables", write("kot.csv", KOT_TEXT), "--variables-mapping", write("v.json", mappingFile(kotMapping, "勤怠変動").bytes),
  ];
  const run = spawnSync(TSX, ["src/cli/main.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  expect(run.stderr).not.toMatch(/\[エラー\]/);
  expect(run.status).toBe(0);
  expect(run.stderr).toContain("（列は「KING OF TIME 月別データ」のプリセットで対応付けました）");
  const [f001] = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as { employeeId: string; gross: number });
  // 300,000 ÷ 160 = 1,875 an hour (the fixture's 所定労働時間).
  //   残業 7.5 h × 1,875 × 1.25 = 17,578.125 → 17,578
  //   深夜 1.5 h × 1,875 × 0.25 =    703.125 →    703
  //   休日 8.5 h × 1,875 × 1.35 = 21,515.625 → 21,516 (50銭以上は切り上げ)
  //   + 通勤 10,000
  expect(f001).toMatchObject({ employeeId: "F001", gross: 300_000 + 17_578 + 703 + 21_516 + 10_000 });
}, 60_000);

afterAll(() => fs.rmSync(DIR, { recursive: true, force: true }));
