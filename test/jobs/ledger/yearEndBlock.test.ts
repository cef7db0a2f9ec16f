/**
 * The 年末調整 block of the 源泉徴収簿 with the 申告書 (the 年末調整 staff list): a year whose twelve payments add
 * up to the 国税庁 令和8年分 計算例 (給与 8,970,000, 社会保険料 1,386,102, 源泉徴収済額 156,670) and the example's
 * declarations (examples/nencho-staff.csv E001) give the example's every figure, keyed by the form's field names.
 */
import { toInput } from "../../../src/calc/records/yearEndStaff";
import { importMasterFile, importPreviousResultsFile } from "../../../src/import";
import { readStaffList } from "../../../src/import/nenchoStaff";
import { makeLedgers } from "../../../src/jobs/ledger/ledger";
import { ledgerFileOf } from "../../../src/jobs/ledger/payments";

const enc = (s: string) => new TextEncoder().encode(s);

const MASTER = "社員番号,氏名,生年月日,基本給,健康保険,税区分,扶養親族等の数\nN001,年末 太郎,1975-05-05,747500,東京都,甲,5";
// 11 × 747,500 + 747,500 = 8,970,000; 11 × 115,509 + 115,503 = 1,386,102; 11 × 13,056 + 13,054 = 156,670
const month = (m: number) => {
  const last = m === 12;
  const social = last ? 115_503 : 115_509;
  const tax = last ? 13_054 : 13_056;
  return `N001,2026-${String(m).padStart(2, "0")}-25,747500,${social},${747_500 - social},${tax}`;
};
const RESULTS = ["社員番号,支給日,総支給額,社会保険料計,課税対象額,所得税", ...Array.from({ length: 12 }, (_, i) => month(i + 1))].join("\n");
const STAFF = [
  "社員番号,氏名,支給総額,社会保険料,源泉徴収済額,配偶者の合計所得金額,一般の扶養親族,特定扶養親族,同居老親等,特定親族の合計所得金額,障害者,23歳未満の扶養親族,介護医療保険料,個人年金保険料（新）,一般の生命保険料（新）,地震保険料,住宅借入金等特別控除額",
  "N001,年末 太郎,8970000,1386102,156670,0,1,1,1,1000000,1,有,100000,100000,100000,60000,76500",
].join("\n");

test("国税庁 令和8年分の計算例, field by field", async () => {
  const master = await importMasterFile(enc(MASTER), "master.csv");
  const results = await importPreviousResultsFile(enc(RESULTS), "results.csv", undefined, master.employees);
  const staff = readStaffList(enc(STAFF));
  expect(staff.rows[0].errors).toEqual([]);
  const declarations = new Map([["N001", toInput(staff.rows[0].fields, 2026)]]);
  const l = makeLedgers({ employees: master.employees, files: [ledgerFileOf("results.csv", results)], year: 2026, closingDay: 31, declarations });
  expect(l.ledgers[0].yearEnd.values).toEqual({
    "給料・手当等（総支給金額）": 8_970_000, "給料・手当等（税額）": 156_670, "賞与等（総支給金額）": 0, "賞与等（税額）": 0,
    "計（総支給金額）": 8_970_000, "計（税額）": 156_670,
    給与所得控除後の給与等の金額: 7_020_000, // 8,970,000 − 1,950,000
    所得金額調整控除額: 47_000,
    "給与所得控除後の給与等の金額（調整控除後）": 6_973_000,
    "社会保険料等控除額（給与等からの控除分）": 1_386_102, "社会保険料等控除額（申告による社会保険料）": 0, 小規模企業共済等掛金控除額: 0,
    生命保険料控除額: 120_000, 地震保険料控除額: 50_000, "配偶者（特別）控除額": 380_000,
    扶養控除額及び障害者等の控除額の合計額: 1_860_000, 特定親族特別控除額: 410_000, 基礎控除額: 620_000,
    // 1,386,102 + 120,000 + 50,000 + 380,000 + 1,860,000 + 410,000 + 620,000
    所得控除額の合計額: 4_826_102,
    差引課税給与所得金額: 2_146_000, 算出所得税額: 117_100, "（特定増改築等）住宅借入金等特別控除額": 76_500,
    年調所得税額: 40_600, 年調年税額: 41_400, 差引超過額又は不足額: 115_270,
  });
});

// The same employee as a 中途就職者: the previous employer's 源泉徴収票 (支払金額 1,000,000, 社会保険料等の金額
// 150,000, 源泉徴収税額 20,000) in the staff list's 前職 columns. The 計 and everything after it are the whole
// year's; the steps are worked by hand in test/calc/yearEnd/previousEmployer.test.ts.
const STAFF_WITH_PREVIOUS = [
  `${STAFF.split("\n")[0]},前職の支払金額,前職の社会保険料等,前職の源泉徴収税額`,
  `${STAFF.split("\n")[1]},1000000,150000,20000`,
].join("\n");

test("a 中途就職者: the 前職分 rows, and the 年末調整 on the whole year", async () => {
  const master = await importMasterFile(enc(MASTER), "master.csv");
  const results = await importPreviousResultsFile(enc(RESULTS), "results.csv", undefined, master.employees);
  const staff = readStaffList(enc(STAFF_WITH_PREVIOUS));
  expect(staff.rows[0].errors).toEqual([]);
  const declarations = new Map([["N001", toInput(staff.rows[0].fields, 2026)]]);
  const l = makeLedgers({ employees: master.employees, files: [ledgerFileOf("results.csv", results)], year: 2026, closingDay: 31, declarations });
  expect(l.ledgers[0].yearEnd.values).toMatchObject({
    "給料・手当等（総支給金額）": 8_970_000, "給料・手当等（税額）": 156_670,
    "前職分（支払金額）": 1_000_000, "前職分（社会保険料等）": 150_000, "前職分（税額）": 20_000,
    "計（総支給金額）": 9_970_000, // 8,970,000 + 1,000,000
    "計（税額）": 176_670, // 156,670 + 20,000
    給与所得控除後の給与等の金額: 8_020_000, // 9,970,000 − 1,950,000
    所得金額調整控除額: 147_000, // (9,970,000 − 8,500,000) × 10%
    "社会保険料等控除額（給与等からの控除分）": 1_536_102, // 1,386,102 + 150,000
    所得控除額の合計額: 4_976_102,
    差引課税給与所得金額: 2_896_000, 算出所得税額: 192_100, 年調所得税額: 115_600, 年調年税額: 118_000,
    差引超過額又は不足額: 58_670, // 176,670 − 118,000
  });
});

test("without 前職 columns the block has no 前職分 rows", async () => {
  const master = await importMasterFile(enc(MASTER), "master.csv");
  const results = await importPreviousResultsFile(enc(RESULTS), "results.csv", undefined, master.employees);
  const declarations = new Map([["N001", toInput(readStaffList(enc(STAFF)).rows[0].fields, 2026)]]);
  const l = makeLedgers({ employees: master.employees, files: [ledgerFileOf("results.csv", results)], year: 2026, closingDay: 31, declarations });
  expect(Object.keys(l.ledgers[0].yearEnd.values).filter((k) => k.startsWith("前職分"))).toEqual([]);
});

test("a 中途入社 of the year with a 申告書 but no 前職 columns is told where the 前職分 goes", async () => {
  const master = await importMasterFile(enc(MASTER.replace("税区分,扶養親族等の数\n", "税区分,扶養親族等の数,入社日\n") + ",2026-04-01"), "master.csv");
  const results = await importPreviousResultsFile(enc(RESULTS), "results.csv", undefined, master.employees);
  const declarations = new Map([["N001", toInput(readStaffList(enc(STAFF)).rows[0].fields, 2026)]]);
  const l = makeLedgers({ employees: master.employees, files: [ledgerFileOf("results.csv", results)], year: 2026, closingDay: 31, declarations });
  expect(l.ledgers[0].notes.join("\n")).toContain("2026-04-01 の入社です。前の勤務先で同じ年に給与を受けていれば");
});
