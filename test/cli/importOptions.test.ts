/**
 * --hours, --mapping and --variables-mapping through the real entry point (a child process): a KING OF TIME style
 * 勤怠 file without a header row in 60進 (KING OF TIME 「項目名の出力」 and 時間表示形式: support.freee.co.jp 4411546229657) and a master with 姓・名 in
 * two columns (SmartHR, KING OF TIME, ジョブカン 姓・名) give the payroll the template would. Figures are hand arithmetic from the fixture master.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { MASTER_SCHEMA } from "../../src/import";

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-import-options-"));

function sonae(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(TSX, ["src/cli/main.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function file(name: string, text: string): string {
  const p = path.join(DIR, name);
  fs.writeFileSync(p, text);
  return p;
}

const lines = (stdout: string) => stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { employeeId: string; gross: number });

// The fixture master with 氏名 split into 姓 and 名 (SmartHR, KOT, ジョブカン write it so).
const MASTER = file(
  "master.csv",
  ["社員番号,姓,名,生年月日,入社日,給与形態,基本給,通勤手当,通勤手当の非課税額,健康保険,健保標準報酬月額,厚年標準報酬月額,雇用保険,税区分,扶養親族等の数,住民税",
   "F001,見本,一郎,1990-01-15,2015-04-01,月給,300000,10000,10000,東京都,300000,300000,一般,甲,0,10000",
   "F002,見本,二子,1995-06-01,2024-04-01,時給,1100,0,0,東京都,,,一般,乙,0,0"].join("\r\n") + "\r\n",
);
const MASTER_HEADERS = Object.fromEntries(
  MASTER_SCHEMA.filter((f) => fs.readFileSync(MASTER, "utf8").split("\r\n")[0].split(",").includes(f.header)).map((f) => [f.key, f.header]),
);
const MASTER_MAPPING = file("master-mapping.json", JSON.stringify({ version: 1, columns: MASTER_HEADERS, combined: { name: { how: "join", columns: ["姓", "名"] } } }));
// No header row; A 従業員コード, B 残業時間, C 労働時間, written in 60進.
const VARIABLES_MAPPING = file("kot-mapping.json", JSON.stringify({ version: 1, noHeader: true, columns: { id: "A", overtimeHours: "B", workHours: "C" } }));

describe("a 60進 勤怠 file without a header and a split-name master", () => {
  test("7.30 is 7時間30分 of overtime; 99.30 is 99時間30分 of work", () => {
    const variables = file("kot.csv", "F001,7.30,\r\nF002,,99.30\r\n");
    const run = sonae(["payroll", "--master", MASTER, "--period", "2026-05", "--variables", variables, "--hours", "sexagesimal", "--mapping", MASTER_MAPPING, "--variables-mapping", VARIABLES_MAPPING]);
    expect(run.stderr).not.toMatch(/\[エラー\]/);
    expect(run.status).toBe(0);
    const [f001, f002] = lines(run.stdout);
    // 300,000 ÷ 160 = 1,875 an hour; × 7.5 h × 1.25 = 17,578.125 → 17,578; plus 通勤 10,000
    expect(f001.gross).toBe(300_000 + 17_578 + 10_000);
    // 1,100 × 99.5 h = 109,450
    expect(f002.gross).toBe(109_450);
  });

  test("a 60進 value with 75 minutes: exit 1, the row and the column named", () => {
    const variables = file("kot-bad.csv", "F001,7.75,\r\nF002,,99.30\r\n");
    const run = sonae(["payroll", "--master", MASTER, "--period", "2026-05", "--variables", variables, "--hours", "sexagesimal", "--mapping", MASTER_MAPPING, "--variables-mapping", VARIABLES_MAPPING]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("1行目「B列」の「7.75」");
    expect(run.stderr).toMatch(/分が75です/);
  });

  test("usage errors: an unknown notation, a mapping that does not fit", () => {
    const bad = sonae(["payroll", "--master", MASTER, "--period", "2026-05", "--hours", "60"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--hours は decimal");
    const wrong = file("wrong.json", JSON.stringify({ version: 1, columns: { overtimeHours: "残業" } }));
    const misfit = sonae(["payroll", "--master", MASTER, "--period", "2026-05", "--mapping", wrong]);
    expect(misfit.status).toBe(2);
    expect(misfit.stderr).toContain("項目「overtimeHours」はこの取込にありません");
  });
});

afterAll(() => fs.rmSync(DIR, { recursive: true, force: true }));
