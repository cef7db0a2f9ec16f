/**
 * `sonae todoke … --xlsx`: the worksheet the clerk checks before filing, read back at the XML level (the
 * parts unzipped). The figures are those of the hand-made year (test/fixtures/todoke-year), worked out by
 * hand in the comments; codes keep their leading zeros as text cells.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { listZip, readZipEntry } from "../../src/import/zip";
import { runCli, runInProcess } from "./support";

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-todoke-xlsx-"));
const FIX = path.resolve(__dirname, "../fixtures/todoke-year");
const fixture = (name: string) => path.join(FIX, name);
const base = ["--master", fixture("master.csv"), "--office", fixture("office.json"), "--date", "2026-07-01"];

type Cell = string | number | undefined;

/** The workbook's sheets by name, each as rows of cells keyed by the header of row 1. */
async function readWorkbook(file: string): Promise<Map<string, { formats: Map<string, string>; rows: Record<string, Cell>[] }>> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const entries = listZip(bytes);
  const part = async (name: string) => new TextDecoder().decode(await readZipEntry(bytes, entries.get(name)!));
  const strings = [...(await part("xl/sharedStrings.xml")).matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
  const names = [...(await part("xl/workbook.xml")).matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
  const styles = await part("xl/styles.xml");
  const numFmtOfStyle = [.../<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf numFmtId="(\d+)"/g)].map((m) => m[1]);
  const sheets = new Map();
  for (const [i, name] of names.entries()) {
    const xml = await part(`xl/worksheets/sheet${i + 1}.xml`);
    const grid = [...xml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)].map((row) =>
      [...row[2].matchAll(/<c r="([A-Z]+)\d+" s="(\d+)"(?: t="(\w+)")?(?:\/>|><v>([^<]*)<\/v><\/c>)/g)].map((c) => ({
        col: c[1], style: Number(c[2]), value: c[4] === undefined ? undefined : c[3] === "s" ? strings[Number(c[4])] : Number(c[4]),
      })),
    );
    const header = grid[0].map((c) => String(c.value));
    const formats = new Map<string, string>(header.map((h, k) => [h, numFmtOfStyle[grid[1]?.[k]?.style ?? 0]]));
    sheets.set(name, { formats, rows: grid.slice(1).map((cells) => Object.fromEntries(cells.map((c, k) => [header[k], c.value]))) });
  }
  return sheets;
}

describe("santei --xlsx (child process)", () => {
  const xlsx = path.join(TMP, "santei", "算定ワークシート.xlsx");
  let run: Awaited<ReturnType<typeof runCli>>;
  let book: Awaited<ReturnType<typeof readWorkbook>>;
  beforeAll(async () => {
    run = await runCli(["todoke", "santei", ...base, "--results", fixture("vendor-2026-05-06.csv"), fixture("vendor-2026-04.csv"), "--year", "2026", "--out", path.join(TMP, "santei", "SHFD0006.CSV"), "--xlsx", xlsx]);
    book = await readWorkbook(xlsx);
  }, 60_000);

  test("exit 0; sheets 算定基礎届 and 対象外, no 問題 sheet when there is none", () => {
    expect(run.code).toBe(0);
    expect([...book.keys()]).toEqual(["算定基礎届", "対象外"]);
    expect(run.stderr).toContain(`確認用のワークシートを作成しました: ${xlsx}（2人、シート: 算定基礎届・対象外）`);
  });

  test("the headers carry the paper form's ①–⑱", () => {
    const headers = Object.keys(book.get("算定基礎届")!.rows[0]).join(" ");
    for (const n of "①②③④⑤⑥⑦⑧⑩⑪⑫⑬⑭⑮⑯⑰⑱") expect(headers).toContain(n);
  });

  test("吉田 太郎: April (3 days) out; 総計 556,110 + 667,332 = 1,223,442; 平均 611,721 → 健保 620,000 (27級→34級), 厚年 620,000 (14級→31級)", () => {
    const row = book.get("算定基礎届")!.rows[0];
    expect(row).toMatchObject({
      社員番号: "T001", "①被保険者整理番号": "000002", "②氏名": "吉田 太郎", "③生年月日": "1984年5月27日", "④適用年月": "2026年9月",
      "⑤従前（健保）": 410_000, "⑤従前（厚年）": 200_000, "⑥従前の改定月": "2025年7月",
      "⑩4月 基礎日数": 3, "⑬4月 合計": 444_444 + 444, "4月 算定に入れる": "×",
      "⑬5月 合計": 555_555 + 555, "⑬6月 合計": 666_666 + 666,
      "⑭総計": 556_110 + 667_332, "⑮平均額": Math.floor((556_110 + 667_332) / 2),
      "決定（健保）": 620_000, 健保の等級: "27級→34級（7等級上がる）", "決定（厚年）": 620_000, 厚年の等級: "14級→31級（17等級上がる）",
    });
  });

  test("codes are text cells (numFmt 49, the zeros kept) and yen use #,##0 (numFmt 3)", () => {
    const f = book.get("算定基礎届")!.formats;
    expect([f.get("社員番号"), f.get("①被保険者整理番号")]).toEqual(["49", "49"]);
    expect([f.get("⑭総計"), f.get("⑮平均額"), f.get("決定（健保）")]).toEqual(["3", "3", "3"]);
  });

  test("the パート: ⑱備考 パート; 対象外 names the row, the 社員番号 and why", () => {
    expect(book.get("算定基礎届")!.rows[1]["⑱備考"]).toBe("パート");
    expect(book.get("対象外")!.rows).toEqual([{ 従業員マスタの行: 4, 社員番号: "T003", 理由: expect.stringContaining("2026-06-10 入社（6月1日以降の資格取得）") }]);
  });
});

describe("--xlsx with problems and for geppen", () => {
  test("a payment in two files: exit 1 and no 届書, but the worksheet comes with a 問題 sheet naming both files", async () => {
    const dir = path.join(TMP, "dup");
    const run = await runInProcess(["todoke", "santei", ...base, "--results", fixture("vendor-2026-05-06.csv"), fixture("vendor-2026-04.csv"), fixture("duplicate-may.csv"), "--year", "2026", "--out", path.join(dir, "SHFD0006.CSV"), "--xlsx", path.join(dir, "w.xlsx")]);
    expect(run.code).toBe(1);
    expect(fs.existsSync(path.join(dir, "SHFD0006.CSV"))).toBe(false);
    const problems = (await readWorkbook(path.join(dir, "w.xlsx"))).get("問題")!.rows;
    expect(problems).toContainEqual(expect.objectContaining({ 区分: "エラー", 内容: expect.stringContaining(`「${fixture("vendor-2026-05-06.csv")}」5行目と「${fixture("duplicate-may.csv")}」2行目の両方にあります`) }));
  }, 30_000);

  test("geppen: 260,000 → 300,000 from 2019年9月; 総計 900,000, 平均 300,000; 健保 20級→22級, 厚年 17級→19級 (two grades: a candidate)", async () => {
    const dir = path.join(TMP, "geppen");
    const run = await runInProcess(["todoke", "geppen", "--master", fixture("geppen-master.csv"), "--office", fixture("office-kema.json"), "--date", "2019-12-01", "--results", fixture("geppen-2019.csv"), "--out", path.join(dir, "SHFD0006.CSV"), "--xlsx", path.join(dir, "g.xlsx")]);
    expect(run.code).toBe(0);
    const book = await readWorkbook(path.join(dir, "g.xlsx"));
    expect([...book.keys()]).toEqual(["月額変更届の対象者", "対象外"]);
    expect(book.get("月額変更届の対象者")!.rows).toEqual([expect.objectContaining({
      社員番号: "K017", 被保険者整理番号: "17", 氏名: "厚年　三郎", 変動月: "2019年9月", "昇（降）給": "昇給", 改定年月: "2019年12月",
      "1か月目 支給月": "2019年9月", "1か月目 基礎日数": 31, "2か月目 基礎日数": 30, "3か月目 支給月": "2019年11月", "3か月目 合計": 300_000,
      総計: 900_000, 平均額: 300_000, "従前（健保）": 260_000, "改定後（健保）": 300_000, 健保の等級: "20級→22級（2等級上がる）",
      "従前（厚年）": 260_000, "改定後（厚年）": 300_000, 厚年の等級: "17級→19級（2等級上がる）",
    })]);
  });

  test("--xlsx is refused for shoyo and for a name that is not .xlsx (exit 2)", async () => {
    const args = [...base, "--results", fixture("vendor-2026-04.csv"), "--out", path.join(TMP, "u.CSV")];
    expect((await runInProcess(["todoke", "shoyo", ...args, "--xlsx", path.join(TMP, "u.xlsx")])).stderr).toContain("santei（算定基礎届）と geppen（月額変更届）で使えます");
    const notXlsx = await runInProcess(["todoke", "santei", ...args, "--year", "2026", "--xlsx", path.join(TMP, "u.csv")]);
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.stderr).toContain(".xlsx のファイル名");
  });
});
