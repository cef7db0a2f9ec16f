/**
 * Files in each vendor's documented layout, built from the header names the vendors publish (each cited with its preset
 * in src/import/vendors/: freee 賃金台帳, マネーフォワード, 弥生, ジョブカン, SmartHR 従業員リスト, KING OF TIME 月別データ,
 * the bank's 給与振込 payee list), not copied files. The values are made up; the expected figures are the hand sums
 * written beside them. The columns Sonae needs and no vendor fact names (基本給, 健康保険, 税区分…) are added under
 * Sonae's own headers, as an office's own export layout would add them.
 */
import { latestSalaryResults } from "../../src/jobs/results/latestSalaryResults";
import { importBankAccountsFile, importMasterFile, importPreviousResultsFile, importVariablesFile } from "../../src/import";
import { importRows, utf8, VALID, where } from "./helpers";

const csv = (lines: string[]) => utf8(lines.join("\r\n") + "\r\n");

test("SmartHR 従業員リスト: 姓・名 and the ヨミガナ joined; 入社年月日 read; the preset is named", async () => {
  const r = await importMasterFile(
    csv([
      "社員番号,姓,名,姓（ヨミガナ）,名（ヨミガナ）,生年月日,入社年月日,基本給,健康保険,税区分,扶養親族等の数",
      "0001,山田,太郎,ヤマダ,タロウ,1985/04/01,2010/04/01,300000,東京都,甲,0",
    ]),
    "smarthr.csv",
  );
  expect(r.mapping.preset).toBe("smarthr-employees");
  expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(r.employees[0]).toMatchObject({ id: "0001", name: "山田\u3000太郎", nameKana: "ヤマダ タロウ", birthDate: "1985-04-01", hireDate: "2010-04-01" });
});

test("KING OF TIME 月別データ: 深夜 and 法定休日 added up over KOT's columns", async () => {
  const r = await importVariablesFile(
    csv([
      "従業員コード,残業時間,深夜所定時間,深夜残業時間,法定休日深夜所定時間,法定休日所定時間,法定休日残業時間",
      "0001,10.5,1.25,2,1.5,8,0.5",
    ]),
    "kot.csv",
  );
  expect(r.mapping.preset).toBe("kot-monthly");
  expect(r.mapping.combined).toEqual({
    lateNightHours: { how: "sum", columns: ["深夜所定時間", "深夜残業時間", "法定休日深夜所定時間"] },
    holidayHours: { how: "sum", columns: ["法定休日所定時間", "法定休日残業時間"] },
  });
  expect(r.problems).toEqual([]);
  // 深夜 1.25 + 2 + 1.5 = 4.75; 法定休日 8 + 0.5 = 8.5
  expect(r.variables).toEqual([{ employeeId: "0001", overtimeHours: 10.5, lateNightHours: 4.75, holidayHours: 8.5 }]);
});

test("a file with 従業員コード and 残業時間 only is not taken for KING OF TIME", async () => {
  const r = await importVariablesFile(csv(["従業員コード,残業時間", "0001,1"]), "v.csv");
  expect(r.mapping.preset).toBeUndefined();
  expect(r.variables).toEqual([{ employeeId: "0001", overtimeHours: 1 }]);
});

test("freee 賃金台帳: 給与 and 賞与 rows each with its 種別 and 支給月日 (YYYY/MM/DD), so last month's pay takes the 給与 row and the 賞与支払届 the 賞与 row", async () => {
  const r = await importPreviousResultsFile(
    csv([
      "従業員番号,種別,支給月日,基本給,時間外労働手当,非課税通勤手当,総支給額,健康保険料,介護保険料,厚生年金保険料,雇用保険料,社会保険料等控除合計,所得税,住民税",
      "0001,給与,2026/11/25,280000,20000,10000,310000,14775,0,27450,1705,43930,6750,10000",
      "0001,賞与,2026/12/10,,,,500000,24625,0,45750,2750,73125,20000,0",
    ]),
    "freee.csv",
  );
  expect(r.mapping.preset).toBe("freee-wage-ledger");
  expect(r.rowCounts).toMatchObject({ read: 2, imported: 2, rejected: 0 });
  // 14,775 + 0 + 27,450 + 1,705 = 43,930
  expect(r.results[0]).toMatchObject({ employeeId: "0001", kind: "給与", payDate: "2026-11-25", gross: 310_000, health: 14_775, pension: 27_450, employment: 1_705, socialInsurance: 43_930, incomeTax: 6_750, residentTax: 10_000 });
  expect(r.results[0].items).toMatchObject({ basePay: 280_000, overtimePay: 20_000, commuteAllowance: 10_000 });
  expect(r.results[1]).toMatchObject({ employeeId: "0001", kind: "賞与", payDate: "2026-12-10", gross: 500_000 });
  expect(latestSalaryResults(r.results).map((x) => [x.kind, x.payDate])).toEqual([["給与", "2026-11-25"]]);
});

test("KING OF TIME in 60進: each part read as 時間:分 before the sum (深夜所定 1.30 + 深夜残業 0.45 = 2時間15分)", async () => {
  const r = await importVariablesFile(
    csv(["従業員コード,残業時間,深夜所定時間,深夜残業時間,法定休日所定時間,法定休日残業時間", "0001,12.45,1.30,0.45,7.50,0.20"]),
    "kot.csv",
    undefined,
    undefined,
    "sexagesimal",
  );
  expect(r.problems).toEqual([]);
  // 12時間45分 = 12.75; 1:30 + 0:45 = 2:15 = 2.25; 7:50 + 0:20 = 8:10 = 8 + 10/60
  expect(r.variables[0]).toEqual({ employeeId: "0001", overtimeHours: 12.75, lateNightHours: 2.25, holidayHours: 8 + 10 / 60 });
});

test("KING OF TIME: only 深夜所定時間 written is enough to recognise it, and 深夜時間 is that column alone", async () => {
  const r = await importVariablesFile(csv(["従業員コード,残業時間,深夜所定時間", "0002,3,1.5"]), "kot.csv");
  expect(r.mapping.preset).toBe("kot-monthly");
  expect(r.variables).toEqual([{ employeeId: "0002", overtimeHours: 3, lateNightHours: 1.5 }]);
});

const SONAE_PAY = "基本給,健康保険,健保標準報酬月額,厚年標準報酬月額,税区分,扶養親族等の数";
const PAY = "300000,東京都,300000,300000,甲,0";

test("SmartHR: the kana under its other name 姓（カタカナ）, and the ビジネスネーム columns never read", async () => {
  const r = await importMasterFile(
    csv([
      `社員番号,姓,名,姓 (カタカナ),名 (カタカナ),ビジネスネーム：姓,ビジネスネーム：名,生年月日,退職年月日,${SONAE_PAY}`,
      `0002,佐藤,花子,サトウ,ハナコ,鈴木,花子,1990/02/03,2026/11/30,${PAY}`,
    ]),
    "smarthr.csv",
  );
  expect(r.mapping.preset).toBe("smarthr-employees");
  expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(r.employees[0]).toMatchObject({ id: "0002", name: "佐藤\u3000花子", nameKana: "サトウ ハナコ", birthDate: "1990-02-03", leaveDate: "2026-11-30" });
  expect(r.ignoredColumns).toEqual(expect.arrayContaining(["ビジネスネーム：姓", "ビジネスネーム：名"]));
});

test("ジョブカン給与: スタッフコード, 姓・名 and 姓(カナ)・名(カナ) joined, 入社日, and the 年度更新 区分 read as 雇用保険", async () => {
  const r = await importMasterFile(
    csv([
      `スタッフコード,入社日,姓,名,姓(カナ),名(カナ),ビジネスネーム(姓),ビジネスネーム(名),生年月日,性別,雇用保険区分,${SONAE_PAY}`,
      `A001,2015/04/01,田中,一郎,タナカ,イチロウ,,,1980/07/15,男性,従業員(常用),${PAY}`,
      `A002,2020/10/01,高橋,次郎,タカハシ,ジロウ,,,1975/01/20,男性,役員または計算対象外,${PAY}`,
      `A003,2024/04/01,伊藤,三郎,イトウ,サブロウ,,,2001/12/01,男性,従業員(臨時),${PAY}`,
    ]),
    "jobcan.csv",
  );
  expect(r.mapping.preset).toBe("jobcan-employees");
  expect(r.mapping.columns).toMatchObject({ id: "スタッフコード", hireDate: "入社日", birthDate: "生年月日", employmentInsurance: "雇用保険区分" });
  expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(r.employees.map((e) => [e.id, e.name, e.nameKana, e.hireDate, e.employmentInsurance])).toEqual([
    ["A001", "田中\u3000一郎", "タナカ イチロウ", "2015-04-01", "general"],
    ["A002", "高橋\u3000次郎", "タカハシ ジロウ", "2020-10-01", "none"],
    ["A003", "伊藤\u3000三郎", "イトウ サブロウ", "2024-04-01", "none"],
  ]);
});

test("マネーフォワード: 従業員番号・姓・名・入社年月日 and 口座名義人(フリガナ)", async () => {
  const r = await importMasterFile(
    csv([
      `従業員番号,姓,名,入社年月日,生年月日,${SONAE_PAY},銀行コード,支店コード,預金種目,口座番号,口座名義人(フリガナ)`,
      `E-01,中村,さくら,2018/04/01,1992/05/05,${PAY},0005,123,普通,7654321,ﾅｶﾑﾗ ｻｸﾗ`,
    ]),
    "mf.csv",
  );
  expect(r.mapping.preset).toBe("moneyforward-employees");
  expect(r.mapping.combined).toEqual({ name: { how: "join", columns: ["姓", "名"] } });
  expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(r.employees[0]).toMatchObject({ id: "E-01", name: "中村\u3000さくら", hireDate: "2018-04-01", birthDate: "1992-05-05" });
  expect(r.employees[0].bank).toMatchObject({ bankCode: "0005", branchCode: "123", accountType: "1", accountNumber: "7654321", holderKana: "ﾅｶﾑﾗ ｻｸﾗ" });
});

test("弥生 従業員データ: 姓・ミドルネーム・名 joined, a blank ミドルネーム left out", async () => {
  const r = await importMasterFile(
    csv([
      `従業員コード,所属コード,姓,ミドルネーム,名,姓カナ,名カナ,男女コード,生年月日,${SONAE_PAY}`,
      `101,01,小林,,美紀,コバヤシ,ミキ,2,1988/08/08,${PAY}`,
      `102,01,スミス,ジョン,太郎,スミス,タロウ,1,1983/03/03,${PAY}`,
    ]),
    "yayoi.csv",
  );
  expect(r.mapping.preset).toBe("yayoi-employees");
  expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(r.employees.map((e) => [e.id, e.name, e.nameKana])).toEqual([
    ["101", "小林\u3000美紀", "コバヤシ ミキ"],
    ["102", "スミス\u3000ジョン\u3000太郎", "スミス タロウ"],
  ]);
});

test("弥生給与 明細データ: 従業員特定文字 is the 社員番号, and 所得税 (after 定額減税) is the tax, not 減税前税額", async () => {
  const r = await importPreviousResultsFile(
    csv(["従業員特定文字,基本給,総支給額,健康保険料,厚生年金保険料,雇用保険料,所得税,減税前税額,住民税,差引支給額", "0001,300000,310000,14775,27450,1705,0,6750,10000,256070"]),
    "yayoi-meisai.csv",
  );
  expect(r.mapping.preset).toBe("yayoi-payslips");
  expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  // 310,000 − 14,775 − 27,450 − 1,705 − 0 − 10,000 = 256,070
  expect(r.results[0]).toMatchObject({ employeeId: "0001", gross: 310_000, health: 14_775, pension: 27_450, employment: 1_705, incomeTax: 0, residentTax: 10_000, net: 256_070 });
});

test("the bank's 給与振込 payee list as the bank-account file: 顧客コード1 without its leading zeros finds 0001", async () => {
  const master = await importRows([VALID, { ...VALID, 社員番号: "0002", 口座番号: "2222222" }]);
  const r = await importBankAccountsFile(
    csv(["顧客コード1,金融機関コード,金融機関名,支店コード,支店名,預金種目,口座番号,受取人名", "1,0009,ﾐﾂｲｽﾐﾄﾓ,250,ﾄｳｷﾖｳ,1,0123456,ﾔﾏﾀﾞ ﾀﾛｳ", "2,0005,ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ,001,ﾎﾝﾃﾝ,2,7777777,ｻﾄｳ ﾊﾅｺ"]),
    "furikomi-master.csv",
    master.employees,
  );
  expect(r.mapping.preset).toBe("bank-payee-list");
  expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(r.employees.map((e) => [e.id, e.bank])).toEqual([
    ["0001", { bankCode: "0009", branchCode: "250", accountType: "1", accountNumber: "0123456", holderKana: "ﾔﾏﾀﾞ ﾀﾛｳ" }],
    ["0002", { bankCode: "0005", branchCode: "001", accountType: "2", accountNumber: "7777777", holderKana: "ｻﾄｳ ﾊﾅｺ" }],
  ]);
});

test("弥生給与 明細データ given as the 勤怠 file: 従業員特定文字 is the 社員番号, the 勤怠 items by their names", async () => {
  const r = await importVariablesFile(csv(["従業員特定文字,出勤日数,残業時間,欠勤日数", "0003,20,4.5,1"]), "yayoi-kintai.csv");
  expect(r.mapping.preset).toBe("yayoi-payslips");
  expect(r.problems).toEqual([]);
  expect(r.variables).toEqual([{ employeeId: "0003", workDays: 20, overtimeHours: 4.5, absenceDays: 1 }]);
});

test("a master with 従業員番号・姓・名 but no 入社年月日 is not taken for マネーフォワード: 氏名 is left for the clerk", async () => {
  const r = await importMasterFile(csv([`従業員番号,姓,名,生年月日,${SONAE_PAY}`, `E-02,林,健,1980/01/01,${PAY}`]), "other.csv");
  expect(r.mapping.preset).toBeUndefined();
  expect(r.problems.find((p) => p.severity === "error")?.column).toBe("氏名");
});
