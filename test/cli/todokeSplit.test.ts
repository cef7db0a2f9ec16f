/**
 * `sonae todoke santei` over 4,500,000 bytes, as a child process: e-Gov refuses a file of 4.5MB (操作説明書
 * 第三部 18p), so the records are split into numbered files — `--out` itself, then `2/SHFD0006.CSV` beside
 * it — each a whole frame (FD管理 with the next FD通番, [kanri], 事業所数, 事業所, [data]) under the limit.
 * The master and results are generated here: 22,000 people with June pay only, each record about 220
 * bytes, so about 4.8MB in all.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { decodeSjis } from "../../src/todoke";
import { samples } from "../todoke/samples";
import { runCli } from "./support";

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-todoke-split-"));
const PEOPLE = 22_000;
const LIMIT = 4_500_000;
const id = (i: number) => `E${String(i).padStart(5, "0")}`;

function writeYear(): { master: string; results: string } {
  const master = path.join(TMP, "master.csv");
  const results = path.join(TMP, "results.csv");
  const people = Array.from({ length: PEOPLE }, (_, k) => k + 1);
  fs.writeFileSync(master, [
    "社員番号,氏名,氏名カナ,生年月日,入社日,給与形態,基本給,健康保険,健保標準報酬月額,厚年標準報酬月額,税区分,扶養親族等の数,被保険者整理番号,従前の改定月",
    ...people.map((i) => `${id(i)},長谷川 太郎左衛門之助,ハセガワ タロウザエモンノスケ,1980-01-01,2010-04-01,月給,300000,東京都,300000,300000,甲,0,${i},2025-09`),
  ].join("\n"));
  fs.writeFileSync(results, ["社員番号,種別,支給日,基礎日数,総支給額,現物給与", ...people.map((i) => `${id(i)},給与,2026-06-25,30,300000,0`)].join("\n"));
  return { master, results };
}

describe("santei over 4,500,000 bytes (child process)", () => {
  const out = path.join(TMP, "out", "SHFD0006.CSV");
  const second = path.join(TMP, "out", "2", "SHFD0006.CSV");
  let run: Awaited<ReturnType<typeof runCli>>;
  let files: { bytes: Buffer; lines: string[] }[];
  beforeAll(async () => {
    const { master, results } = writeYear();
    const office = path.resolve(__dirname, "../fixtures/todoke-year/office.json");
    run = await runCli(["todoke", "santei", "--master", master, "--office", office, "--date", "2026-07-01", "--results", results, "--year", "2026", "--out", out]);
    files = [out, second].filter((f) => fs.existsSync(f)).map((f) => {
      const bytes = fs.readFileSync(f);
      return { bytes, lines: decodeSjis(new Uint8Array(bytes)).split("\r\n") };
    });
  }, 240_000);

  test("exit 0; two files, --out and 2/SHFD0006.CSV, and no third", () => {
    expect(run.code).toBe(0);
    expect(files).toHaveLength(2);
    expect(fs.existsSync(path.join(TMP, "out", "3"))).toBe(false);
  });

  test("each file is under 4,500,000 bytes, and the first is split only because the next record would reach it", () => {
    for (const f of files) expect(f.bytes.length).toBeLessThan(LIMIT);
    // The first record of the second file, in its Shift_JIS bytes: from after "[data]\r\n" to its CRLF.
    const start = files[1].bytes.indexOf("[data]\r\n") + "[data]\r\n".length;
    const nextBytes = files[1].bytes.indexOf("\r\n", start) - start;
    expect(nextBytes).toBeGreaterThan(200);
    expect(files[0].bytes.length + nextBytes + 2).toBeGreaterThanOrEqual(LIMIT);
  });

  test("each file is a whole frame: FD管理 with FD通番 005 then 006, [kanri], 事業所数, 事業所, [data], CRLF after the last record", () => {
    files.forEach((f, k) => {
      expect(f.lines.slice(0, 5)).toEqual([`21,14,ｸﾄﾜ,00${5 + k},20260701,22223`, "[kanri]", ",001", samples.company.line, "[data]"]);
      expect(f.lines[f.lines.length - 1]).toBe("");
    });
  });

  test("every person once, in order, each a 53-field 2225700 record; stderr names both files", () => {
    const records = files.flatMap((f) => f.lines.slice(5, -1));
    expect(records).toHaveLength(PEOPLE);
    records.forEach((r, k) => {
      const fields = r.split(",");
      if (fields.length !== 53 || fields[0] !== "2225700" || fields[4] !== String(k + 1)) throw new Error(`record ${k + 1}: ${r}`);
    });
    const [first, rest] = files.map((f) => f.lines.length - 6);
    expect(first + rest).toBe(PEOPLE);
    expect(run.stderr).toContain(`${out}（${first}人、FD通番 005）、${second}（${rest}人、FD通番 006）`);
  });
});
