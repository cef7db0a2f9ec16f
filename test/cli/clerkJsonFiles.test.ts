/**
 * The JSON files a clerk keeps, as メモ帳 saves them, through the command line: SENDER.json and a saved column
 * mapping in Shift_JIS (CP932, メモ帳's 「ANSI」) give what their UTF-8 originals give. (OFFICE.json: test/cli/todoke.test.ts;
 * settings.json: test/cli/settings.test.ts; the reader itself: test/import/clerkJson.test.ts.)
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { MASTER_SCHEMA } from "../../src/import";
import { sjis } from "../import/helpers";
import { runInProcess, ROOT } from "./support";

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-clerk-json-"));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));
const ex = (name: string) => path.join(ROOT, "examples", name);
const inSjis = (name: string, text: string) => {
  const p = path.join(TMP, name);
  fs.writeFileSync(p, sjis(text));
  return p;
};

test("SENDER.json in Shift_JIS (依頼人名 ソナエショウジ（カ): the same 全銀 file as from the UTF-8 file", async () => {
  const sender = inSjis("SENDER.json", fs.readFileSync(ex("sender.json"), "utf8"));
  // ソ is 0x83 0x5C in CP932: a UTF-8 reader would have failed on 0x83.
  expect(fs.readFileSync(sender).includes(Buffer.from([0x83, 0x5c]))).toBe(true);
  const args = (s: string, out: string) => ["zengin", "--from-results", ex("previous-results.csv"), "--master", ex("master.csv"), "--pay-date", "2026-12-25", "--sender", s, "--out", path.join(TMP, out)];
  expect((await runInProcess(args(ex("sender.json"), "utf8.txt"))).code).toBe(0);
  expect((await runInProcess(args(sender, "sjis.txt"))).code).toBe(0);
  expect(fs.readFileSync(path.join(TMP, "sjis.txt"))).toEqual(fs.readFileSync(path.join(TMP, "utf8.txt")));
}, 60_000);

test("a --mapping file in Shift_JIS naming the master's Japanese headers: the same payroll as the template's own mapping", async () => {
  const headers = fs.readFileSync(ex("master.csv"), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/)[0].split(",");
  const columns = Object.fromEntries(MASTER_SCHEMA.filter((f) => headers.includes(f.header)).map((f) => [f.key, f.header]));
  const mapping = inSjis("mapping.json", JSON.stringify({ version: 1, columns }, null, 2));
  const plain = await runInProcess(["payroll", "--master", ex("master.csv"), "--variables", ex("variables.csv"), "--period", "2026-11"]);
  const mapped = await runInProcess(["payroll", "--master", ex("master.csv"), "--variables", ex("variables.csv"), "--period", "2026-11", "--mapping", mapping]);
  expect([mapped.code, plain.code]).toEqual([0, 0]);
  expect(mapped.stdout.split("\n").length).toBeGreaterThan(10);
  expect(mapped.stdout).toBe(plain.stdout);
}, 60_000);

test("a mapping with an IME comma: exit 2 naming the option, the file, the line and column", async () => {
  const mapping = inSjis("bad-mapping.json", '{\r\n  "version": 1，\r\n  "columns": {}\r\n}\r\n');
  const r = await runInProcess(["payroll", "--master", ex("master.csv"), "--period", "2026-11", "--mapping", mapping]);
  expect(r.code).toBe(2);
  // Line 2 is `  "version": 1，`: JSON stops at the full-width comma, the 15th character.
  expect(r.stderr).toContain(`列の対応付け（--mapping）「${mapping}」: 2行目 15文字目で JSON として読めません。全角の「，」があります。半角の「,」にしてください。`);
});
