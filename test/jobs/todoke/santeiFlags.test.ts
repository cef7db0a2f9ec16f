/**
 * The ⑱ 備考 flags the master gives no column for, worked out from what it has — 途中入社 from the 入社日,
 * 70歳以上被用者 from the 生年月日 — and 二以上勤務 from its own optional column (はい / blank), each checked
 * through to the record field the 届書作成プログラム reads (2225700: 43 70歳以上被用者算定, 45 二以上勤務,
 * 47 途中入社; 2221700: 44 二以上勤務; 2265700: 19 二以上勤務).
 */
import { dayOf, Day } from "../../../src/calc/dates/calendar";
import { importMasterFile } from "../../../src/import";
import { geppenFields, santeiFields, shoyoFields } from "../../../src/todoke";
import type { SourcedResult } from "../../../src/jobs/results/yearOfResults";
import { santeiEntries } from "../../../src/jobs/todoke/santeiEntries";
import { geppenEntries } from "../../../src/jobs/todoke/geppenEntries";
import { shoyoEntries } from "../../../src/jobs/todoke/shoyoEntries";
import { sampleOffice } from "../../todoke/samples";

const HEADER = "社員番号,氏名,氏名カナ,生年月日,入社日,給与形態,基本給,健康保険,健保標準報酬月額,厚年標準報酬月額,税区分,扶養親族等の数,被保険者整理番号,二以上勤務";
const MASTER = [
  HEADER,
  "F01,見本 一郎,ミホン イチロウ,1980-01-01,2010-04-01,月給,300000,東京都,300000,300000,甲,0,1,はい",
  // Joined on 4月10日: April's pay (paid 4月24日) is for part of the month.
  "F02,見本 二郎,ミホン ジロウ,1990-01-01,2026-04-10,月給,300000,東京都,300000,300000,甲,0,2,",
  // 70 is reached the day before the 70th birthday: born 1956-07-02 → 2026-07-01, on the 7月1日 of the 算定.
  "F03,見本 三郎,ミホン サブロウ,1956-07-02,2000-04-01,月給,300000,東京都,300000,300000,甲,0,3,いいえ",
  // Born a day later: 70 on 2026-07-02, after 7月1日.
  "F04,見本 四郎,ミホン シロウ,1956-07-03,2000-04-01,月給,300000,東京都,300000,300000,甲,0,4,",
].join("\n");

const pay = (employeeId: string, payDay: Day, basisDays: number, cash: number, extra: Partial<SourcedResult> = {}): SourcedResult =>
  ({ employeeId, kind: "給与", payDay, basisDays, cash, inKind: 0, file: "results.csv", row: 0, ...extra });

const spring = (id: string, aprilDays = 30) => [pay(id, dayOf(2026, 4, 24), aprilDays, 300_000), pay(id, dayOf(2026, 5, 25), 31, 300_000), pay(id, dayOf(2026, 6, 25), 30, 300_000)];

async function master() {
  const imported = await importMasterFile(new TextEncoder().encode(MASTER), "master.csv");
  expect(imported.rejected).toEqual([]);
  return imported.employees;
}

describe("算定基礎届 2225700: 43 70歳以上被用者算定, 45 二以上勤務, 47 途中入社", () => {
  let fields: Map<string, string[]>;
  beforeAll(async () => {
    const employees = await master();
    const byEmployee = new Map(["F01", "F02", "F03", "F04"].map((id) => [id, id === "F02" ? spring(id, 15) : spring(id)]));
    const { lines, leftOut } = santeiEntries({ employees, rowOf: (e) => employees.indexOf(e) + 2, byEmployee, year: 2026 });
    expect(leftOut).toEqual([]);
    fields = new Map(lines.map((l) => [l.employeeId, santeiFields(sampleOffice(), l.entry).map((f) => f.value)]));
  });

  test("二以上勤務 はい → 45 is 1; blank and いいえ leave it blank", () => {
    expect(["F01", "F02", "F03", "F04"].map((id) => fields.get(id)![44])).toEqual(["1", "", "", ""]);
  });

  test("joined 2026-04-10: 47 途中入社 is 1 and April does not count (総計 = May + June = 600,000, 平均 300,000)", () => {
    const f = fields.get("F02")!;
    expect(f[46]).toBe("1");
    expect([f[36], f[37]]).toEqual([String(300_000 + 300_000).padStart(7, "0"), "0300000"]);
    expect(fields.get("F01")![46]).toBe(""); // joined 2010
  });

  test("born 1956-07-02 is 70 on 2026-07-01 (43 is 1); born 1956-07-03 is not yet", () => {
    expect(fields.get("F03")![42]).toBe("1");
    expect(fields.get("F04")![42]).toBe("");
    // A 70歳以上被用者 may be filed without a 被保険者整理番号; the others must have one.
    expect(fields.get("F03")![4]).toBe("3");
  });
});

test("月額変更届 2221700 field 44 and 賞与支払届 2265700 field 19: 二以上勤務 from the master", async () => {
  const employees = await master();
  const f01 = employees.filter((e) => e.id === "F01");
  const raise = [
    pay("F01", dayOf(2026, 8, 25), 31, 300_000, { fixedWage: 300_000 }),
    ...[9, 10, 11].map((m) => pay("F01", dayOf(2026, m, 25), 30, 400_000, { fixedWage: 400_000 })),
    pay("F01", dayOf(2026, 12, 10), 0, 500_000, { kind: "賞与" }),
  ];
  const byEmployee = new Map([["F01", raise]]);
  const geppen = geppenEntries({ employees: f01, rowOf: () => 2, byEmployee });
  expect(geppen.entries).toHaveLength(1); // 300,000 → 平均 400,000: 健保 22級 → 26級 (410,000: 395,000 ≦ 400,000 < 425,000), four grades
  expect(geppenFields(sampleOffice(), geppen.entries[0])[43]).toEqual({ name: "二以上勤務", value: "1" });
  const shoyo = shoyoEntries({ employees: f01, rowOf: () => 2, byEmployee });
  expect(shoyoFields(sampleOffice(), shoyo[0])[18]).toEqual({ name: "二以上勤務", value: "1" });
});

test("二以上勤務 other than はい / いいえ / blank is an error naming the row, the column and the value", async () => {
  const text = [HEADER, "F05,見本 五郎,ミホン ゴロウ,1980-01-01,2010-04-01,月給,300000,東京都,300000,300000,甲,0,5,たぶん"].join("\n");
  const imported = await importMasterFile(new TextEncoder().encode(text), "master.csv");
  expect(imported.problems).toContainEqual(expect.objectContaining({ row: 2, column: "二以上勤務", value: "たぶん", message: expect.stringContaining("「はい」か空欄"), severity: "error" }));
});
