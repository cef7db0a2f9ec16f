/**
 * `sonae nendo` as a child process on a hand-made 令和7年度 (wages fixed 2025-04-01〜2026-03-31), every figure
 * worked out by hand below from the rates: 労災 3/1000 (その他の各種事業, OFFICE.json); 雇用保険 一般の事業
 * 令和7年度 5.5 + 9 = 14.5/1000, 令和8年度 5 + 8.5 = 13.5/1000 (厚生労働省 雇用保険料率のご案内); 一般拠出金 0.02/1000
 * (石綿健康被害救済法第37条). Each base is cut below 1,000円, each premium to the yen.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { employmentInsuranceRates } from "../../src/calc/law/employmentInsurance";
import { listZip, readZipEntry } from "../../src/import/zip";
import { pastHorizon } from "../support/lawHorizon";
import { runCli, runInProcess } from "./support";

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "sonae-nendo-"));
const write = (name: string, text: string) => {
  const file = path.join(TMP, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};

const MASTER_HEADER = "社員番号,氏名,生年月日,入社日,退職日,基本給,健康保険,雇用保険,税区分,扶養親族等の数,役員";
interface Person { id: string; hire?: string; leave?: string; insurance?: string; officer?: string }
const master = (name: string, people: Person[]) =>
  write(name, [MASTER_HEADER, ...people.map((p) => `${p.id},従業員${p.id},1980/01/01,${p.hire ?? "2010/04/01"},${p.leave ?? ""},300000,東京都,${p.insurance ?? "一般"},甲,0,${p.officer ?? ""}`)].join("\r\n") + "\r\n");

const RESULTS_HEADER = "社員番号,対象年月,種別,支給日,総支給額";
const fiscalMonths = (year: number) => [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3].map((m) => `${m >= 4 ? year : year + 1}-${String(m).padStart(2, "0")}`);
/** 月末締め・翌月25日払い: the 2026-03 close is paid on 2026-04-25. */
const payDay = (period: string) => {
  const [y, m] = period.split("-").map(Number);
  return m === 12 ? `${y + 1}-01-25` : `${y}-${String(m + 1).padStart(2, "0")}-25`;
};
const salaryRows = (id: string, gross: number, periods: string[]) => periods.map((p) => `${id},${p},給与,${payDay(p)},${gross}`);

const office = write("office.json", JSON.stringify({ name: "株式会社見本商事", laborInsuranceNumber: "13-1-01-123456-000", rosaiBusinessType: "94", rosaiRatePermille: 3 }));

// 令和7年度:
//   0001 常用, 310,000 × 12 + 賞与 600,000 (2025-07-10) + 700,000 (2025-12-10)      = 5,020,000  労災・雇用
//   0002 兼務役員 (雇用保険 一般), 450,000 × 12                                     = 5,400,000  労災・雇用 (役員で労働者扱い)
//   0003 役員 (雇用保険 対象外), 900,000 × 12                                       = outside both
//   0004 パート (雇用保険 対象外), 88,888 × 12                                       = 1,066,656  労災 (臨時労働者)
//   0005 2025-10-01 入社, 250,550 × 6 (10月〜3月)                                   = 1,503,300  労災・雇用
//   0006 2025-06-30 退職, 280,000 × 3 (4月〜6月)                                    =   840,000  労災・雇用
//   0007 兼務役員 (雇用保険 対象外), 200,000 × 12                                   = 2,400,000  労災 only
// 労災 5,020,000 + 5,400,000 + 1,066,656 + 1,503,300 + 840,000 + 2,400,000 = 16,229,956 → 16,229,000
//      × 3/1000 = 48,687
// 雇用 5,020,000 + 5,400,000 + 1,503,300 + 840,000 = 12,763,300 → 12,763,000; × 14.5/1000 = 185,063.5 → 185,063
// 一般拠出金 16,229,000 × 0.02/1000 = 324.58 → 324;   確定保険料 48,687 + 185,063 = 233,750
// 概算 (令和8年度, 前年度の賃金総額): 16,229,000 × 3/1000 = 48,687; 12,763,000 × 13.5/1000 = 172,300.5 → 172,300;
//      48,687 + 172,300 = 220,987 < 400,000 → 延納なし
const people: Person[] = [
  { id: "0001" }, { id: "0002", officer: "兼務" }, { id: "0003", officer: "はい", insurance: "対象外" }, { id: "0004", insurance: "対象外" },
  { id: "0005", hire: "2025/10/01" }, { id: "0006", leave: "2025/06/30" }, { id: "0007", officer: "兼務", insurance: "対象外" },
];
const months = fiscalMonths(2025);
const firstHalf = [
  ...salaryRows("0001", 310_000, months.slice(0, 6)), "0001,2025-07,賞与,2025-07-10,600000",
  ...salaryRows("0002", 450_000, months.slice(0, 6)), ...salaryRows("0003", 900_000, months.slice(0, 6)),
  ...salaryRows("0004", 88_888, months.slice(0, 6)), ...salaryRows("0006", 280_000, months.slice(0, 3)), ...salaryRows("0007", 200_000, months.slice(0, 6)),
  "0001,2025-03,給与,2025-04-25,999000", // 令和6年度: closed in March 2025, paid in April — not this year
];
const secondHalf = [
  ...salaryRows("0001", 310_000, months.slice(6)), "0001,2025-12,賞与,2025-12-10,700000",
  ...salaryRows("0002", 450_000, months.slice(6)), ...salaryRows("0003", 900_000, months.slice(6)),
  ...salaryRows("0004", 88_888, months.slice(6)), ...salaryRows("0005", 250_550, months.slice(6)), ...salaryRows("0007", 200_000, months.slice(6)),
  "0001,2026-04,給与,2026-05-25,888000", // 令和8年度
];
const MASTER = master("master.csv", people);
const H1 = write("results-2025-h1.csv", [RESULTS_HEADER, ...firstHalf].join("\r\n"));
const H2 = write("results-2025-h2.csv", [RESULTS_HEADER, ...secondHalf].join("\r\n"));
const base = ["nendo", "--master", MASTER, "--office", office, "--year", "2025"];

describe("令和7年度 (child process)", () => {
  let json: Awaited<ReturnType<typeof runCli>>;
  let summary: Awaited<ReturnType<typeof runCli>>;
  const xlsx = path.join(TMP, "out", "nendo.xlsx");
  beforeAll(async () => {
    json = await runCli([...base, "--results", H2, H1, "--json"]);
    summary = await runCli([...base, "--results", H1, H2, "--xlsx", xlsx]);
  }, 60_000);

  test("--json is exactly the hand calculation (files in any order; a March close paid in April counts)", () => {
    expect(json.stderr).not.toMatch(/\[エラー\]/);
    // The only note: a 兼務役員's 総支給額 is counted whole (the results cannot tell the 役員報酬 apart).
    expect(json.stderr.match(/\[注意\].*/g)).toEqual([expect.stringContaining("「役員」の「兼務」: 役員で労働者扱いの人（社員番号 0002・0007）の総支給額は、すべて労働者としての賃金として数えました。")]);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(JSON.stringify({
      rosai: { base: 16_229_000, premium: 48_687 },
      koyo: { base: 12_763_000, premium: 185_063 },
      ippanKyoshutsukin: 324,
      kakutei: 233_750,
      gaisan: 220_987,
      ennou: [],
      // ④ on the roll at each month's end (0003 役員 not a worker): 4月〜6月 0001・0002・0004・0006・0007 = 5,
      //    7月〜9月 without 0006 = 4, 10月〜3月 with 0005 = 5; 3×5 + 3×4 + 6×5 = 57 ÷ 12 = 4.75 → 4.
      // ⑤ 被保険者 (not 0004・0007): 0001・0002・0006 = 3, then 2, then with 0005 3; 9 + 6 + 18 = 33 ÷ 12 = 2.75 → 2.
      rodoshasu: 4,
      hihokenshasu: 2,
      // No 申告済概算保険料額 (not in this OFFICE.json, no option): null, not zero.
      shinkokuzumiGaisan: null,
      sagaku: null,
      kibetsu: null,
    }) + "\n");
    expect(json.stderr).toContain("申告済概算保険料額（前年度の申告書の概算保険料額）が指定されていないため、差引額（充当額・還付額・不足額）と期別納付額は出していません。");
  });

  test("the summary in Japanese names each part and its rate", () => {
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain("労災保険分  算定基礎額 16,229,000円 × 3/1000 = 48,687円");
    expect(summary.stdout).toContain("雇用保険分  算定基礎額 12,763,000円 × 14.5/1000 = 185,063円");
    expect(summary.stdout).toContain("確定保険料  233,750円");
    expect(summary.stdout).toContain("一般拠出金    16,229,000円 × 0.02/1000 = 324円");
    expect(summary.stdout).toContain("概算保険料  220,987円");
    expect(summary.stdout).toContain("延納: なし（一括で納付）");
    expect(summary.stdout).toContain("  ④常時使用労働者数  4人\n  ⑤雇用保険被保険者数  2人\n");
    expect(summary.stdout).toContain("  ⑱申告済概算保険料額  指定なし");
  });

  test("the .xlsx: 集計表 rows 4月〜3月 and 賞与, the columns by worker category, totals, and the 申告書 figures", async () => {
    const bytes = new Uint8Array(fs.readFileSync(xlsx));
    const entries = listZip(bytes);
    const part = async (name: string) => new TextDecoder().decode(await readZipEntry(bytes, entries.get(name)!));
    expect(await part("xl/workbook.xml")).toMatch(/<sheet name="申告書に転記"[^>]*\/>.*<sheet name="算定基礎賃金集計表"/);
    const strings = [...(await part("xl/sharedStrings.xml")).matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
    const sheet = await part("xl/worksheets/sheet2.xml");
    const row = (n: number) => {
      const xml = new RegExp(`<row r="${n}"[^>]*>(.*?)</row>`).exec(sheet)![1];
      return [...xml.matchAll(/<c r="([A-Z]+)\d+"([^>]*)>(?:<f>[^<]*<\/f>)?<v>([^<]*)<\/v><\/c>/g)].map(([, col, attrs, v]) => [col, attrs.includes('t="s"') ? strings[Number(v)] : Number(v)]);
    };
    // Row 7 = 4月: 常用 0001・0006 (310,000 + 280,000), 兼務役員 0002・0007 (450,000 + 200,000), 臨時 0004 88,888;
    // 労災 5人 1,328,888; 雇用 常用 2人 590,000, 兼務役員 1人 450,000, 合計 3人 1,040,000.
    expect(row(7)).toEqual([["A", "4月"], ["B", 2], ["C", 590_000], ["D", 2], ["E", 650_000], ["F", 1], ["G", 88_888], ["H", 5], ["I", 1_328_888], ["J", 2], ["K", 590_000], ["L", 1], ["M", 450_000], ["N", 3], ["O", 1_040_000]]);
    expect(row(19)[0]).toEqual(["A", "賞与（7月）"]);
    expect(row(20).slice(0, 3)).toEqual([["A", "賞与（12月）"], ["B", 1], ["C", 700_000]]);
    // 合計 as SUM formulas with their cached values: 労災 16,229,956, 雇用 12,763,300.
    expect(sheet).toContain("<f>SUM(I7:I20)</f><v>16229956</v>");
    expect(sheet).toContain("<f>SUM(O7:O20)</f><v>12763300</v>");
    expect(row(22).filter(([col]) => col === "I" || col === "O")).toEqual([["I", 16_229_000], ["O", 12_763_000]]);
    const declaration = await part("xl/worksheets/sheet1.xml");
    const numbers = [...declaration.matchAll(/<c r="B\d+"[^>]*><v>([^<]*)<\/v>/g)].map((m) => m[1]);
    // 算定基礎額 in 千円: 16,229 and 12,763; premiums 48,687 / 185,063; 確定 233,750; 一般拠出金 324; 概算 220,987.
    for (const v of ["16229", "48687", "12763", "185063", "233750", "324", "220987"]) expect(numbers).toContain(v);
  });
});

test("延納: 概算 541,480 ≥ 400,000 in three, the remainder in the first (180,494 / 180,493 / 180,493)", async () => {
  // A 1,500,000 × 12 = 18,000,000; B 1,234,800 × 12 = 14,817,600; 32,817,600 → 32,817,000 for both insurances.
  // 確定 (令和7年度): 32,817,000 × 3/1000 = 98,451; × 14.5/1000 = 475,846.5 → 475,846; 98,451 + 475,846 = 574,297;
  //   一般拠出金 32,817,000 × 0.02/1000 = 656.34 → 656.
  // 概算 (令和8年度): 98,451 + 32,817,000 × 13.5/1000 = 443,029.5 → 443,029; 98,451 + 443,029 = 541,480
  //   = 3 × 180,493 + 1 → 180,494, 180,493, 180,493.
  const m = master("big/master.csv", [{ id: "A" }, { id: "B" }]);
  const r = write("big/results.csv", [RESULTS_HEADER, ...salaryRows("A", 1_500_000, months), ...salaryRows("B", 1_234_800, months)].join("\n"));
  // 申告済 800,000: 超過 800,000 − 574,297 = 225,703 → 第1期 180,494, 一般拠出金 656, 第2期 225,703 − 180,494 − 656 = 44,553.
  //   Pays 第1期 180,494 − 180,494 + 656 − 656 = 0; 第2期 180,493 − 44,553 = 135,940; 第3期 180,493.
  const run = await runCli(["nendo", "--master", m, "--office", office, "--year", "2025", "--results", r, "--json", "--declared-estimate", "800,000"]);
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual({
    rosai: { base: 32_817_000, premium: 98_451 }, koyo: { base: 32_817_000, premium: 475_846 }, ippanKyoshutsukin: 656,
    kakutei: 574_297, gaisan: 541_480, ennou: [180_494, 180_493, 180_493],
    rodoshasu: 2, hihokenshasu: 2, // A and B all year: 24 ÷ 12 = 2
    shinkokuzumiGaisan: 800_000,
    sagaku: { juto: 225_703, kanpu: 0, fusoku: 0 },
    kibetsu: [
      { gaisan: 180_494, juto: 180_494, fusoku: 0, ippanKyoshutsukin: 656, ippanJuto: 656, nofu: 0 },
      { gaisan: 180_493, juto: 44_553, fusoku: 0, ippanKyoshutsukin: 0, ippanJuto: 0, nofu: 135_940 },
      { gaisan: 180_493, juto: 0, fusoku: 0, ippanKyoshutsukin: 0, ippanJuto: 0, nofu: 180_493 },
    ],
  });
}, 60_000);

describe("⑱申告済概算保険料額 from OFFICE.json, or --declared-estimate over it (確定 233,750, 一般拠出金 324, 概算 220,987 at once)", () => {
  const withDeclared = write("declared/office.json", JSON.stringify({ rosaiBusinessType: "94", rosaiRatePermille: 3, declaredEstimate: 250_000 }));
  const args = ["nendo", "--master", MASTER, "--office", withDeclared, "--year", "2025", "--results", H1, H2];

  test("OFFICE.json's 250,000: 超過 250,000 − 233,750 = 16,250 applied; pays 220,987 − 16,250 + 324 = 205,061 (text and .xlsx)", async () => {
    const xlsx = path.join(TMP, "declared", "nendo.xlsx");
    const run = await runInProcess([...args, "--xlsx", xlsx]);
    expect(run.code).toBe(0);
    for (const line of ["⑱申告済概算保険料額  250,000円", "⑳差引額（イ）充当額  16,250円", "⑳差引額（ロ）還付額  0円", "⑳差引額（ハ）不足額  0円", "一括 今期納付額  205,061円"]) expect(run.stdout).toContain(`  ${line}\n`);
    const bytes = new Uint8Array(fs.readFileSync(xlsx));
    const entries = listZip(bytes);
    const sheet = new TextDecoder().decode(await readZipEntry(bytes, entries.get("xl/worksheets/sheet1.xml")!));
    const strings = new TextDecoder().decode(await readZipEntry(bytes, entries.get("xl/sharedStrings.xml")!));
    const numbers = [...sheet.matchAll(/<c r="B\d+"[^>]*><v>([^<]*)<\/v>/g)].map((m) => m[1]);
    for (const v of ["4", "2", "250000", "16250", "205061"]) expect(numbers).toContain(v);
    for (const label of ["④常時使用労働者数", "⑤雇用保険被保険者数", "⑱申告済概算保険料額", "⑳差引額（イ）充当額", "一括 今期納付額"]) expect(strings).toContain(label);
  }, 60_000);

  test("--declared-estimate 200,000 over OFFICE.json: 不足 233,750 − 200,000 = 33,750; pays 220,987 + 33,750 + 324 = 255,061", async () => {
    const run = await runInProcess([...args, "--json", "--declared-estimate", "200000"]);
    expect(JSON.parse(run.stdout)).toMatchObject({
      shinkokuzumiGaisan: 200_000, sagaku: { juto: 0, kanpu: 0, fusoku: 33_750 },
      kibetsu: [{ gaisan: 220_987, juto: 0, fusoku: 33_750, ippanKyoshutsukin: 324, ippanJuto: 0, nofu: 255_061 }],
    });
    expect(run.stderr).not.toContain("申告済概算保険料額（前年度の申告書の概算保険料額）が指定されていない");
    expect((await runInProcess([...args, "--declared-estimate", "20万円"])).code).toBe(2);
  }, 60_000);
});

test("--estimate-koyo over 200% of this year's is used (延納 in three); within 200% this year's is", async () => {
  // 30,001,000 > 2 × 12,763,000 → 30,001,000 × 13.5/1000 = 405,013.5 → 405,013; + 労災 48,687 = 453,700
  //   = 3 × 151,233 + 1 → 151,234, 151,233, 151,233.
  const over = await runInProcess([...base, "--results", H1, H2, "--json", "--estimate-koyo", "30,001,000"]);
  expect(JSON.parse(over.stdout)).toMatchObject({ gaisan: 453_700, ennou: [151_234, 151_233, 151_233] });
  // 25,000,000 ≤ 25,526,000 (200%): last year's 12,763,000, as without an estimate → 220,987.
  const within = await runInProcess([...base, "--results", H1, H2, "--json", "--estimate-koyo", "25000000"]);
  expect(JSON.parse(within.stdout)).toMatchObject({ gaisan: 220_987, ennou: [] });
  expect((await runInProcess([...base, "--results", H1, "--estimate-koyo", "三千万"])).code).toBe(2);
}, 60_000);

test("next year's 雇用保険率 not in the law data: \"gaisan\": null, the table named on stderr, the 確定 still computed", async () => {
  const year = pastHorizon(employmentInsuranceRates).year - 1;
  const m = master("horizon/master.csv", [{ id: "A" }]);
  const r = write("horizon/results.csv", [RESULTS_HEADER, ...salaryRows("A", 300_500, fiscalMonths(year))].join("\n"));
  const run = await runInProcess(["nendo", "--master", m, "--office", office, "--year", String(year), "--results", r, "--json"]);
  expect(run.code).toBe(0);
  const out = JSON.parse(run.stdout);
  // 300,500 × 12 = 3,606,000 → × 3/1000 = 10,818; × 0.02/1000 = 72.12 → 72.
  expect(out).toMatchObject({ rosai: { base: 3_606_000, premium: 10_818 }, ippanKyoshutsukin: 72, gaisan: null, ennou: [] });
  expect(run.stderr).toContain(`${year + 1}年度の概算保険料は計算できません（確定保険料は計算済み）`);
  expect(run.stderr).toMatch(/雇用保険料率/);
}, 60_000);

test("--law fills in next year's 雇用保険率 the built-in data lacks: the 概算 is computed with it", async () => {
  const year = pastHorizon(employmentInsuranceRates).year - 1;
  const next = `${year + 1}-04-01`;
  const law = write("horizon/law.csv", ["表,区分,料率,適用開始,出典", `雇用保険料率,一般/労働者,6/1000,${next},試験用の仮の値`, `雇用保険料率,一般/事業主,9/1000,${next},試験用の仮の値`].join("\n"));
  const m = master("horizon-law/master.csv", [{ id: "A" }]);
  const r = write("horizon-law/results.csv", [RESULTS_HEADER, ...salaryRows("A", 300_500, fiscalMonths(year))].join("\n"));
  const run = await runInProcess(["nendo", "--master", m, "--office", office, "--year", String(year), "--results", r, "--json", "--law", law]);
  // 概算: 3,606,000 × 3/1000 = 10,818; 3,606,000 × (6 + 9)/1000 = 54,090; 10,818 + 54,090 = 64,908.
  expect(JSON.parse(run.stdout)).toMatchObject({ gaisan: 64_908, ennou: [] });
}, 60_000);

test("an existing --xlsx is not replaced without --force (exit 2, before any work)", async () => {
  const existing = write("existing.xlsx", "keep");
  const run = await runInProcess([...base, "--results", H1, H2, "--xlsx", existing]);
  expect(run.code).toBe(2);
  expect(fs.readFileSync(existing, "utf8")).toBe("keep");
}, 60_000);

test("a month missing from the results is an error naming the employee and the month; exit 1 and no .xlsx", async () => {
  const without = firstHalf.filter((l) => !l.startsWith("0004,2025-08,"));
  const h1 = write("missing/results-h1.csv", [RESULTS_HEADER, ...without].join("\r\n"));
  const h2 = write("missing/results-h2.csv", [RESULTS_HEADER, ...secondHalf.filter((l) => !/^0002,2025-1[0-2],給与/.test(l))].join("\r\n"));
  const xlsx = path.join(TMP, "missing", "nendo.xlsx");
  const run = await runInProcess([...base, "--results", h1, h2, "--json", "--xlsx", xlsx]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`${MASTER}: [エラー] 5行目「対象年月」の「2025-08」: 社員番号 0004: 2025年8月分（賃金締切日 2025-08-31）の給与の結果がありません（1か月）。`);
  expect(run.stderr).toContain("3行目「対象年月」の「2025-10〜2025-12」: 社員番号 0002: 2025年10月〜2025年12月分（賃金締切日 2025-10-31〜2025-12-31）の給与の結果がありません（3か月）。");
  expect(run.stderr).toContain("年度更新のブックは作成していません");
  expect(fs.existsSync(xlsx)).toBe(false);
  // The figures of the rows there: 16,229,956 − 88,888 − 3 × 450,000 = 14,791,068 → 14,791,000.
  expect(JSON.parse(run.stdout).rosai.base).toBe(14_791_000);
}, 60_000);

test("bad OFFICE.json fields are each named with the value; exit 2", async () => {
  const bad = write("bad-office.json", JSON.stringify({ rosaiRatePermille: "3‰", rosaiBusinessType: "その他", rosaiRate: 3 }));
  const run = await runInProcess(["nendo", "--master", MASTER, "--office", bad, "--year", "2025", "--results", H1]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("「rosaiRate」の「3」: 知らない項目です。");
  expect(run.stderr).toContain("「rosaiRatePermille（労災保険率）」の「3‰」: 労災保険率を千分率の数値で書いてください");
  expect(run.stderr).toContain("「rosaiBusinessType（事業の種類）」の「その他」: 事業の種類は労災保険率表の番号 2 桁で");
  expect(run.stdout).toBe("");
}, 60_000);

test("usage: --year is required; a bad 役員 value in the master is named with row, column and value (exit 1)", async () => {
  expect((await runInProcess(["nendo", "--master", MASTER, "--office", office, "--results", H1])).code).toBe(2);
  const m = master("bad-officer/master.csv", [{ id: "0001", officer: "取締役" }]);
  const run = await runInProcess(["nendo", "--master", write("bad-officer/m2.csv", fs.readFileSync(m, "utf8") + `0002,従業員0002,1980/01/01,2010/04/01,,300000,東京都,一般,甲,0,\r\n`), "--office", office, "--year", "2025", "--results", H1, "--json"]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/2行目「役員」の「取締役」: 役員は「はい」（役員）・「兼務」/);
}, 60_000);
