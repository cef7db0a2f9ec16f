/**
 * The hand-worked 令和7年度 of test/cli/nendo.test.ts (wages fixed 2025-04-01〜2026-03-31; every figure worked
 * out there by hand), written as files for the pane's tests and its browser test — and the larger office whose
 * 概算 is paid by 延納.
 *
 *   令和7年度: 労災 16,229,956 → 16,229,000 × 3/1000 = 48,687; 雇用 12,763,300 → 12,763,000 × 14.5/1000 = 185,063;
 *     確定保険料 233,750; 一般拠出金 16,229,000 × 0.02/1000 = 324.58 → 324; 概算 220,987, 延納なし.
 *   延納: A 1,500,000 × 12 + B 1,234,800 × 12 = 32,817,600 → 32,817,000; 確定 98,451 + 475,846 = 574,297;
 *     一般拠出金 656; 概算 98,451 + 443,029 = 541,480 ≥ 400,000 → 180,494 / 180,493 / 180,493.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const MASTER_HEADER = "社員番号,氏名,生年月日,入社日,退職日,基本給,健康保険,雇用保険,税区分,扶養親族等の数,役員";
interface Person { id: string; hire?: string; leave?: string; insurance?: string; officer?: string }
const masterCsv = (people: Person[]) =>
  [MASTER_HEADER, ...people.map((p) => `${p.id},従業員${p.id},1980/01/01,${p.hire ?? "2010/04/01"},${p.leave ?? ""},300000,東京都,${p.insurance ?? "一般"},甲,0,${p.officer ?? ""}`)].join("\r\n") + "\r\n";

const RESULTS_HEADER = "社員番号,対象年月,種別,支給日,総支給額";
const MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3].map((m) => `${m >= 4 ? 2025 : 2026}-${String(m).padStart(2, "0")}`);
/** 月末締め・翌月25日払い: the 2026-03 close is paid on 2026-04-25. */
const payDay = (period: string) => {
  const [y, m] = period.split("-").map(Number);
  return m === 12 ? `${y + 1}-01-25` : `${y}-${String(m + 1).padStart(2, "0")}-25`;
};
const salaryRows = (id: string, gross: number, periods: string[]) => periods.map((p) => `${id},${p},給与,${payDay(p)},${gross}`);

const PEOPLE: Person[] = [
  { id: "0001" }, { id: "0002", officer: "兼務" }, { id: "0003", officer: "はい", insurance: "対象外" }, { id: "0004", insurance: "対象外" },
  { id: "0005", hire: "2025/10/01" }, { id: "0006", leave: "2025/06/30" }, { id: "0007", officer: "兼務", insurance: "対象外" },
];
const FIRST_HALF = [
  ...salaryRows("0001", 310_000, MONTHS.slice(0, 6)), "0001,2025-07,賞与,2025-07-10,600000",
  ...salaryRows("0002", 450_000, MONTHS.slice(0, 6)), ...salaryRows("0003", 900_000, MONTHS.slice(0, 6)),
  ...salaryRows("0004", 88_888, MONTHS.slice(0, 6)), ...salaryRows("0006", 280_000, MONTHS.slice(0, 3)), ...salaryRows("0007", 200_000, MONTHS.slice(0, 6)),
  "0001,2025-03,給与,2025-04-25,999000", // 令和6年度: closed in March 2025, paid in April — not this year
];
const SECOND_HALF = [
  ...salaryRows("0001", 310_000, MONTHS.slice(6)), "0001,2025-12,賞与,2025-12-10,700000",
  ...salaryRows("0002", 450_000, MONTHS.slice(6)), ...salaryRows("0003", 900_000, MONTHS.slice(6)),
  ...salaryRows("0004", 88_888, MONTHS.slice(6)), ...salaryRows("0005", 250_550, MONTHS.slice(6)), ...salaryRows("0007", 200_000, MONTHS.slice(6)),
  "0001,2026-04,給与,2026-05-25,888000", // 令和8年度
];

export const OFFICE_JSON = JSON.stringify({ name: "株式会社見本商事", laborInsuranceNumber: "13-1-01-123456-000", rosaiBusinessType: "94", rosaiRatePermille: 3 }, null, 2);

export interface HandWorkedFiles {
  master: string;
  /** The two halves of the year (results-2025-h1.csv, results-2025-h2.csv). */
  results: [string, string];
  office: string;
  /** The 延納 office: its master and one results file. */
  big: { master: string; results: string };
}

/** Writes the files under `dir` and returns their paths. */
export function writeHandWorkedYear(dir: string): HandWorkedFiles {
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };
  return {
    master: write("master.csv", masterCsv(PEOPLE)),
    results: [write("results-2025-h1.csv", [RESULTS_HEADER, ...FIRST_HALF].join("\r\n")), write("results-2025-h2.csv", [RESULTS_HEADER, ...SECOND_HALF].join("\r\n"))],
    office: write("office.json", OFFICE_JSON),
    big: {
      master: write("big/master.csv", masterCsv([{ id: "A" }, { id: "B" }])),
      results: write("big/results.csv", [RESULTS_HEADER, ...salaryRows("A", 1_500_000, MONTHS), ...salaryRows("B", 1_234_800, MONTHS)].join("\n")),
    },
  };
}
