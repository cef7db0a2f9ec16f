/** 勤怠・変動項目 and the payroll system's last results, keyed by 社員番号. */
import { importPreviousResultsFile, importVariablesFile, VARIABLES_TEMPLATE_HEADERS, MasterRef } from "../../src/import";
import { utf8, where } from "./helpers";

const MASTER: MasterRef[] = [
  { id: "0001", name: "山田 太郎", payType: "monthly" },
  { id: "0005", name: "田中 美咲", payType: "daily" },
  { id: "0006", name: "伊藤 健", payType: "hourly" },
];

const csv = (lines: string[]) => utf8(lines.join("\r\n") + "\r\n");

describe("importVariablesFile", () => {
  test("the template's columns → MonthlyVariables; h:mm hours; blanks are absent", async () => {
    expect(VARIABLES_TEMPLATE_HEADERS).toEqual(["社員番号", "氏名", "出勤日数", "労働時間", "残業時間", "深夜時間", "休日時間", "欠勤日数", "臨時の課税手当", "臨時の非課税手当", "臨時の控除", "前月精算（支給）", "前月精算（控除）"]);
    const r = await importVariablesFile(
      csv([VARIABLES_TEMPLATE_HEADERS.join(","), "0001,山田 太郎,,,10:30,2,8,1,\"20,000\",5000,3000,\"1,200\",800", "0005,田中　美咲,20,,4,,,,,,", "0006,伊藤 健,,112.5,,,,,,,"]),
      "v.csv",
      undefined,
      MASTER,
    );
    expect(r.problems).toEqual([]);
    expect(r.variables).toEqual([
      { employeeId: "0001", overtimeHours: 10.5, lateNightHours: 2, holidayHours: 8, absenceDays: 1, extraTaxable: 20000, extraNonTaxable: 5000, extraDeduction: 3000, settlementPay: 1200, settlementDeduction: 800 },
      { employeeId: "0005", workDays: 20, overtimeHours: 4 },
      { employeeId: "0006", workHours: 112.5 },
    ]);
    expect(r.rows).toEqual([2, 3, 4]);
  });

  const CASES: [id: string, line: string, problems: [string, string, "error" | "warning", RegExp][]][] = [
    ["unknown-id", "0099,誰か,,,1,,,,,,", [["社員番号", "0099", "error", /従業員マスタにありません/]]],
    ["name-differs", "0001,佐藤 花子,,,1,,,,,,", [["氏名", "佐藤 花子", "warning", /マスタの氏名「山田 太郎」と違います/]]],
    ["daily-without-days", "0005,田中 美咲,,,,,,,,,", [["出勤日数", "", "warning", /0日として計算/]]],
    ["hourly-without-hours", "0006,伊藤 健,,,,,,,,,", [["労働時間", "", "warning", /0時間として計算/]]],
    ["hours-too-many", "0001,,,,745,,,,,,", [["残業時間", "745", "error", /744時間以下/]]],
    ["days-bad", "0005,,三十,,,,,,,,", [["出勤日数", "三十", "error", /0以上の日数/]]],
    ["amount-negative", "0001,,,,,,,,-500,,", [["臨時の課税手当", "-500", "error", /金額として読めません/]]],
    ["id-blank", ",山田 太郎,,,1,,,,,,", [["社員番号", "", "error", /必須の項目「社員番号」/]]],
  ];
  test.each(CASES)("%s: %s", async (_id, line, expected) => {
    expect(CASES.length).toBeGreaterThan(0);
    const r = await importVariablesFile(csv([VARIABLES_TEMPLATE_HEADERS.join(","), line]), "v.csv", undefined, MASTER);
    expect(where(r.problems)).toEqual(expected.map(([c, v, s]) => [2, c, v, s]));
    expected.forEach(([, , , m], i) => expect(r.problems[i].message).toMatch(m));
    expect(r.variables).toHaveLength(expected.some((e) => e[2] === "error") ? 0 : 1);
  });

  test("a repeated 社員番号 is an error on each row", async () => {
    const r = await importVariablesFile(csv(["社員番号,残業時間", "0001,1", "0001,2"]), "v.csv", undefined, MASTER);
    expect(where(r.problems)).toEqual([[2, "社員番号", "0001", "error"], [3, "社員番号", "0001", "error"]]);
    expect(r.variables).toEqual([]);
  });

  test("without the master, unknown numbers are not judged (the caller checks them)", async () => {
    const r = await importVariablesFile(csv(["社員番号,残業時間", "0099,1"]), "v.csv");
    expect(r.problems).toEqual([]);
    expect(r.variables).toEqual([{ employeeId: "0099", overtimeHours: 1 }]);
  });

  test("synonyms of a 勤怠 export: 従業員コード, 時間外労働時間, 深夜労働時間, 休日労働時間, 欠勤", async () => {
    const r = await importVariablesFile(csv(["従業員コード,従業員名,時間外労働時間,深夜労働時間,休日労働時間,欠勤", "0001,山田 太郎,12:15,1.5,0,0.5"]), "kintai.csv", undefined, MASTER);
    expect(r.problems).toEqual([]);
    expect(r.variables).toEqual([{ employeeId: "0001", overtimeHours: 12.25, lateNightHours: 1.5, holidayHours: 0, absenceDays: 0.5 }]);
  });
});

describe("importPreviousResultsFile", () => {
  const HEADER = "社員番号,氏名,対象年月,総支給額,健康保険,介護保険,子ども・子育て支援金,厚生年金,雇用保険,社会保険料計,課税対象額,所得税,住民税,差引支給額,残業時間,出勤日数";
  test("amounts of the payroll line, the month, and the variable inputs for 前月同額", async () => {
    const r = await importPreviousResultsFile(csv([HEADER, '0001,山田 太郎,2026/10,"445,000","21,780",0,506,"40,260","2,670","65,216","364,784","8,620","25,000","346,164",10,', "0005,田中 美咲,2026年10月,240000,0,0,0,0,0,0,240000,0,0,△1000,,21"]), "prev.csv", undefined, MASTER);
    expect(r.problems).toEqual([]);
    expect(r.results).toEqual([
      { employeeId: "0001", period: "2026-10", gross: 445000, health: 21780, care: 0, childSupport: 506, pension: 40260, employment: 2670, socialInsurance: 65216, taxable: 364784, incomeTax: 8620, residentTax: 25000, net: 346164, variables: { employeeId: "0001", overtimeHours: 10 } },
      { employeeId: "0005", period: "2026-10", gross: 240000, health: 0, care: 0, childSupport: 0, pension: 0, employment: 0, socialInsurance: 0, taxable: 240000, incomeTax: 0, residentTax: 0, net: -1000, variables: { employeeId: "0005", workDays: 21 } },
    ]);
  });

  test("someone not in the master (left since) is a warning, a bad amount an error", async () => {
    const r = await importPreviousResultsFile(csv([HEADER, "0099,元社員,2026-10,100000,,,,,,,,,,,,", "0001,山田 太郎,2026-13,abc,,,,,,,,,,,,"]), "prev.csv", undefined, MASTER);
    expect(where(r.problems)).toEqual([[2, "社員番号", "0099", "warning"], [3, "対象年月", "2026-13", "error"], [3, "総支給額", "abc", "error"]]);
    expect(r.results.map((x) => x.employeeId)).toEqual(["0099"]);
  });
});
