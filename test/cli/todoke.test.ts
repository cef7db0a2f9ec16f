/**
 * `sonae todoke` as a child process on a hand-made year (test/fixtures/todoke-year): two vendor exports in
 * the wrong order. The first person is the public 算定基礎届 sample (nenkin-csv-samples.yaml, kirico's spec
 * line) filed for 2026 instead of 2016; every field is compared with the sample line, and each field that
 * differs is named with the reason.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { decodeSjis } from "../../src/todoke";
import { samples, withoutMyNumber } from "../todoke/samples";
import { runCli, runInProcess } from "./support";
import { sjis } from "../import/helpers";

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-todoke-"));
const FIX = path.resolve(__dirname, "../fixtures/todoke-year");
const fixture = (name: string) => path.join(FIX, name);
const base = ["--master", fixture("master.csv"), "--office", fixture("office.json"), "--date", "2026-07-01"];
const records = (file: string) => decodeSjis(new Uint8Array(fs.readFileSync(file))).split("\r\n");

describe("sonae todoke santei (child process)", () => {
  const out = path.join(TMP, "santei", "SHFD0006.CSV");
  let run: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    run = await runCli(["todoke", "santei", ...base, "--results", fixture("vendor-2026-05-06.csv"), fixture("vendor-2026-04.csv"), "--year", "2026", "--out", out]);
  }, 60_000);

  test("exit 0; the frame: FD管理 ending in 22223, [kanri], 事業所数, 事業所, [data], CRLF after the last record", () => {
    expect(run.code).toBe(0);
    const lines = records(out);
    expect(lines.slice(0, 5)).toEqual(["21,14,ｸﾄﾜ,005,20260701,22223", "[kanri]", ",001", samples.company.line, "[data]"]);
    expect(lines).toHaveLength(8); // 2 records, then "" after the final CRLF
    expect(lines[7]).toBe("");
  });

  test("吉田 太郎 = the sample line, filed for 令和8年, field by field", () => {
    const expected = withoutMyNumber(samples.santei_2225700.line, 40);
    // 適用年月 令和8年9月 and 従前の改定月 令和7年7月 instead of 平成28年9月 and 平成27年7月 (the year filed).
    expected.splice(9, 3, "9", "08", "09");
    expected.splice(14, 3, "9", "07", "07");
    // Not in a results file, so blank: 昇(降)給 (18–19), 遡及支払 (20–21), 修正平均額 (39), 基礎年金番号 (41–42), 備考 (52).
    for (const field of [18, 19, 20, 21, 39, 41, 42, 52]) expected[field - 1] = "";
    const actual = records(out)[5].split(",");
    expect(actual).toHaveLength(53);
    actual.forEach((value, i) => expect(`${i + 1}: ${value}`).toBe(`${i + 1}: ${expected[i]}`));
  });

  test("the パート: April 16 and May 15 days count (no month reaches 17, so 15), June's 14 does not", () => {
    const f = records(out)[6].split(",");
    expect(f.slice(4, 9)).toEqual(["000015", "ﾐﾎﾝ ﾊﾅｺ", "見本　花子", "7", "020203"]); // 平成2年2月3日
    expect(f.slice(24, 27)).toEqual(["16", "15", "14"]);
    expect(f.slice(33, 36)).toEqual(["0120000", "0110000", "0100000"]);
    expect(f[36]).toBe(String(120_000 + 110_000).padStart(7, "0")); // 総計 0230000
    expect(f[37]).toBe(String((120_000 + 110_000) / 2).padStart(7, "0")); // 平均 0115000
    expect(f[49]).toBe("1"); // パート
  });

  test("the worksheet: 平均 611,721 (= (556,110 + 667,332) ÷ 2) falls in 健保 620,000 (34級) and 厚年 620,000 (31級)", () => {
    const [header, first] = run.stdout.trim().split("\n");
    const row = Object.fromEntries(header.split(",").map((h, i) => [h, first.split(",")[i]]));
    expect(row["⑭総計"]).toBe(String(556_110 + 667_332));
    expect(row["⑮平均額"]).toBe(String(Math.floor((556_110 + 667_332) / 2)));
    expect(row["決定（健保）"]).toBe("620000"); // 605,000 ≦ 611,721 < 635,000
    expect(row["健保の等級"]).toBe("27級→34級（7等級上がる）");
    expect(row["決定（厚年）"]).toBe("620000");
    expect(row["4月 算定に入れる"]).toBe("×"); // 3日
  });

  test("someone who joined on 6月10日 is left out, with the reason on stderr", () => {
    expect(run.stderr).toContain("4行目 社員番号 T003: 2026-06-10 入社（6月1日以降の資格取得）");
  });

  test("an existing --out is not replaced without --force (exit 2)", async () => {
    const again = await runInProcess(["todoke", "santei", ...base, "--results", fixture("vendor-2026-04.csv"), "--year", "2026", "--out", out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("すでにあります");
  });
});

describe("sonae todoke santei with May paid provisionally (仮払い台帳 among the results)", () => {
  test("the true May replaces the 仮払い rows: the same file byte for byte, and a note naming both files (exit 0)", async () => {
    const ledger = path.join(TMP, "仮払い台帳-2026-05.csv");
    // What sonae zengin --from-previous --ledger writes: no 総支給額, the amount paid, 備考 仮払い（前月同額）.
    fs.writeFileSync(ledger, "\uFEFF社員番号,氏名,種別,支給日,差引支給額,備考\r\nT001,吉田 太郎,給与,2026-05-25,480000,仮払い（前月同額）\r\nT002,見本 花子,給与,2026-05-25,90000,仮払い（前月同額）\r\n");
    const plain = path.join(TMP, "plain", "SHFD0006.CSV");
    const withLedger = path.join(TMP, "with-ledger", "SHFD0006.CSV");
    const results = [fixture("vendor-2026-05-06.csv"), fixture("vendor-2026-04.csv")];
    expect((await runCli(["todoke", "santei", ...base, "--results", ...results, "--year", "2026", "--out", plain])).code).toBe(0);
    const r = await runCli(["todoke", "santei", ...base, "--results", ledger, ...results, "--year", "2026", "--out", withLedger]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(withLedger)).toEqual(fs.readFileSync(plain));
    expect(r.stderr).toContain(`${ledger}: [注意] 2行目「備考」の「仮払い」: 社員番号 T001 の給与（支給日 2026-05-25）は仮払い（前月同額）です。確定した「${results[0]}」5行目を使い、「${ledger}」2行目の仮払いは使いません。`);
  }, 60_000);
});

describe("sonae todoke: OFFICE.json as メモ帳 saves it", () => {
  test("in Shift_JIS (CP932, 「ANSI」): the same SHFD0006.CSV byte for byte as from the UTF-8 file (its 事業所名・住所・事業主氏名 are kanji)", async () => {
    const sjisOffice = path.join(TMP, "office-sjis.json");
    fs.writeFileSync(sjisOffice, sjis(fs.readFileSync(fixture("office.json"), "utf8")));
    // 株 is 0x8A 0x94 in CP932: the file really is not UTF-8.
    expect(fs.readFileSync(sjisOffice).includes(Buffer.from([0x8a, 0x94]))).toBe(true);
    const args = (office: string, out: string) => ["todoke", "santei", "--master", fixture("master.csv"), "--office", office, "--date", "2026-07-01", "--results", fixture("vendor-2026-05-06.csv"), fixture("vendor-2026-04.csv"), "--year", "2026", "--out", out];
    const fromUtf8 = path.join(TMP, "office-utf8", "SHFD0006.CSV");
    const fromSjis = path.join(TMP, "office-sjis", "SHFD0006.CSV");
    expect((await runInProcess(args(fixture("office.json"), fromUtf8))).code).toBe(0);
    const r = await runCli(args(sjisOffice, fromSjis));
    expect(r.code).toBe(0);
    expect(fs.readFileSync(fromSjis)).toEqual(fs.readFileSync(fromUtf8));
  }, 60_000);

  test("a full-width colon typed by the IME: exit 2 naming the file, the line and column, and the character", async () => {
    const bad = path.join(TMP, "office-colon.json");
    fs.writeFileSync(bad, sjis('{\r\n  "prefectureCode": "21",\r\n  "name"： "株式会社クフ"\r\n}\r\n'));
    const r = await runInProcess(["todoke", "santei", ...base.slice(0, 2), "--office", bad, "--results", fixture("vendor-2026-04.csv"), "--year", "2026", "--out", path.join(TMP, "colon", "SHFD0006.CSV")]);
    expect(r.code).toBe(2);
    // Line 3 is `  "name"： …`: JSON wants ":" after the key, the 9th character.
    expect(r.stderr).toContain(`事業所の設定（--office）「${bad}」: 3行目 9文字目で JSON として読めません。全角の「：」があります。半角の「:」にしてください。`);
    expect(fs.existsSync(path.join(TMP, "colon", "SHFD0006.CSV"))).toBe(false);
  });
});

describe("sonae todoke: problems", () => {
  test("the same payment in two files: exit 1 naming both files and rows, and no file", async () => {
    const out = path.join(TMP, "dup", "SHFD0006.CSV");
    const run = await runInProcess(["todoke", "santei", ...base, "--results", fixture("vendor-2026-05-06.csv"), fixture("vendor-2026-04.csv"), fixture("duplicate-may.csv"), "--year", "2026", "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`「${fixture("vendor-2026-05-06.csv")}」5行目と「${fixture("duplicate-may.csv")}」2行目の両方にあります`);
    expect(run.stderr).toContain("届書ファイルは作成していません");
    expect(fs.existsSync(out)).toBe(false);
  });

  test("santei without --year, or an unknown procedure, is a usage error (exit 2)", async () => {
    const out = path.join(TMP, "usage.CSV");
    expect((await runInProcess(["todoke", "santei", ...base, "--results", fixture("vendor-2026-04.csv"), "--out", out])).code).toBe(2);
    expect((await runInProcess(["todoke", "nenkin", ...base, "--results", fixture("vendor-2026-04.csv"), "--out", out])).code).toBe(2);
  });

  test("shoyo: the June bonus 500,500 → 合計 500,000 (1,000円未満切捨て)", async () => {
    const out = path.join(TMP, "shoyo", "SHFD0006.CSV");
    const run = await runInProcess(["todoke", "shoyo", ...base, "--results", fixture("vendor-2026-05-06.csv"), "--pay-date", "2026-06-30", "--out", out]);
    expect(run.code).toBe(0);
    const f = records(out)[5].split(",");
    expect(f).toHaveLength(21);
    expect(f.slice(9, 14)).toEqual(["9", "080630", "500500", "0", "500000"]);
  });

  test("geppen: the public 月額変更届 sample (260,000 → 300,000 from 2019年9月, revised from 12月), field by field", async () => {
    const out = path.join(TMP, "geppen", "SHFD0006.CSV");
    const run = await runInProcess(["todoke", "geppen", "--master", fixture("geppen-master.csv"), "--office", fixture("office-kema.json"), "--date", "2019-12-01", "--results", fixture("geppen-2019.csv"), "--out", out]);
    expect(run.code).toBe(0);
    const expected = samples.geppen_2221700.line.split(",");
    // 46 月額変更に該当することになった理由: Sonae writes its own words (the sample's clerk wrote 「基本給の変更」).
    expected[45] = "固定的賃金の変動（昇給）";
    const actual = records(out)[5].split(",");
    expect(actual).toHaveLength(49);
    actual.forEach((value, i) => expect(`${i + 1}: ${value}`).toBe(`${i + 1}: ${expected[i]}`));
  });

  test("--help names the three procedures", async () => {
    const run = await runInProcess(["todoke", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/santei.*\n.*geppen.*\n.*shoyo/);
  });
});
