/**
 * Validation of the master, row by row: every problem names the row as the user sees it (the header is
 * line 1), the column by the file's header, the value, and what is wrong; nothing is dropped silently.
 */
import { importMasterCells, importMasterFile, MASTER_TEMPLATE_HEADERS } from "../../src/import";
import { importRows, masterCsv, templateRow, utf8, VALID, where } from "./helpers";

type Expected = [column: string, value: string, severity: "error" | "warning", message: RegExp];

// Each case: an id, the fields changed from a valid row, and the problems of that row (data row = line 2).
const CASES: [id: string, changes: Record<string, string>, problems: Expected[]][] = [
  ["id-blank", { 社員番号: "" }, [["社員番号", "", "error", /必須の項目「社員番号」が空欄/]]],
  ["id-exponent", { 社員番号: "1.2E+05" }, [["社員番号", "1.2E+05", "error", /指数表記/]]],
  ["name-blank", { 氏名: "" }, [["氏名", "", "error", /必須の項目「氏名」が空欄/]]],
  ["birth-bad", { 生年月日: "S60.13.1" }, [["生年月日", "S60.13.1", "error", /^日付として読めません。昭和60年13月はありません。$/]]],
  ["birth-impossible", { 生年月日: "1986/02/30" }, [["生年月日", "1986/02/30", "error", /^日付として読めません。1986年2月30日はありません。$/]]],
  ["birth-blank", { 生年月日: "" }, [["生年月日", "", "error", /必須の項目「生年月日」/]]],
  ["hire-before-birth", { 入社日: "1980/01/01" }, [["入社日", "1980/01/01", "error", /入社日が生年月日（1985-04-01）以前/]]],
  ["leave-before-hire", { 入社日: "2010/04/01", 退職日: "2009/03/31" }, [["退職日", "2009/03/31", "error", /退職日が入社日（2010-04-01）より前/]]],
  ["pay-type-bad", { 給与形態: "年俸" }, [["給与形態", "年俸", "error", /月給」「日給」「時給/]]],
  ["base-formula", { 基本給: "-1+1" }, [["基本給", "-1+1", "error", /金額として読めません/]]],
  ["base-blank", { 基本給: "" }, [["基本給", "", "error", /必須の項目「基本給」/]]],
  ["commute-exempt-blank", { 通勤手当: "10000" }, [["通勤手当の非課税額", "", "warning", /0円（全額課税）/]]],
  ["commute-exempt-over", { 通勤手当: "10000", 通勤手当の非課税額: "12000" }, [["通勤手当の非課税額", "12000", "error", /通勤手当（10,000円）を超えています/]]],
  ["insurer-bad", { 健康保険: "関東IT健康保険組合" }, [["健康保険", "関東IT健康保険組合", "error", /組合名だけでは/]]],
  ["insurer-blank", { 健康保険: "" }, [["健康保険", "", "error", /必須の項目「健康保険」/]]],
  ["health-standard-not-grade", { 健保標準報酬月額: "305000" }, [["健保標準報酬月額", "305000", "error", /標準報酬月額等級表にない金額/]]],
  ["pension-standard-over", { 厚年標準報酬月額: "830000" }, [["厚年標準報酬月額", "830000", "error", /厚生年金保険の標準報酬月額等級表にない/]]],
  ["care-bad", { 介護: "たぶん" }, [["介護", "たぶん", "error", /空欄か「自動」/]]],
  ["employment-bad", { 雇用保険: "短時間" }, [["雇用保険", "短時間", "error", /事業区分/]]],
  ["tax-column-hei", { 税区分: "丙" }, [["税区分", "丙", "error", /丙欄/]]],
  ["dependents-blank", { 扶養親族等の数: "" }, [["扶養親族等の数", "", "error", /必須の項目「扶養親族等の数」/]]],
  ["dependents-fraction", { 扶養親族等の数: "1.5" }, [["扶養親族等の数", "1.5", "error", /0〜99の整数/]]],
  ["resident-tax-bad", { 住民税: "1万円" }, [["住民税", "1万円", "error", /金額として読めません/]]],
  ["bank-code-padded", { 銀行コード: "1" }, [["銀行コード", "1", "warning", /「0001」としました/]]],
  // An account's problems keep the person in payroll without an account (振込先なし), so they are warnings.
  ["bank-code-long", { 銀行コード: "00001" }, [["銀行コード", "00001", "warning", /4桁です（5桁あります）.*振込先なし/]]],
  ["account-blank", { 口座番号: "" }, [["口座番号", "", "warning", /必須の項目「口座番号」.*給与計算に残します/]]],
  ["account-type-blank", { 預金種目: "" }, [["預金種目", "", "warning", /「普通」としました/]]],
  ["account-type-zero", { 預金種目: "0" }, [["預金種目", "0", "warning", /0→1（普通）・1→2（当座）の変換/]]],
  ["holder-from-kana", { 口座名義カナ: "" }, [["口座名義カナ", "", "warning", /氏名カナ「ヤマダ タロウ」を使います/]]],
  ["holder-missing", { 口座名義カナ: "", 氏名カナ: "" }, [["口座名義カナ", "", "warning", /氏名カナもありません/]]],
  ["holder-kanji", { 口座名義カナ: "山田太郎" }, [["口座名義カナ", "山田太郎", "warning", /漢字など/]]],
  ["no-bank", { 銀行コード: "", 支店コード: "", 預金種目: "", 口座番号: "", 口座名義カナ: "" }, [["銀行コード", "", "warning", /現金支給/]]],
  ["second-without-amount", { 銀行コード2: "0005", 支店コード2: "002", 口座番号2: "7654321" }, [["振込額2", "", "warning", /振込額2）を 1円以上/], ["預金種目2", "", "warning", /「普通」/], ["口座名義カナ2", "", "warning", /氏名カナ/]].sort() as Expected[]],
  ["amount-without-second", { 振込額2: "30000" }, [["振込額2", "30000", "warning", /2つ目の振込先（銀行コード2・支店コード2・口座番号2）がありません/]]],
];

describe("one row's problems: row, column, value, severity, message", () => {
  test("the table has cases", () => expect(CASES.length).toBeGreaterThan(0));
  test.each(CASES)("%s: %j", async (_id, changes, expected) => {
    const r = await importRows([{ ...VALID, ...changes }]);
    const got = r.problems.map((p) => [p.row, p.column, p.value, p.severity, p.message] as const);
    expect(got.map(([row, c, v, s]) => [row, c, v, s]).sort()).toEqual(expected.map(([c, v, s]) => [2, c, v, s]).sort());
    for (const [c, , , m] of expected) expect(got.find(([, col]) => col === c)?.[4]).toMatch(m);
    const isError = expected.some(([, , s]) => s === "error");
    expect(r.employees).toHaveLength(isError ? 0 : 1);
    expect(r.rejected).toEqual(isError ? [{ row: 2, problems: r.problems }] : []);
  });
});

describe("a valid row becomes an Employee", () => {
  test("every field normalised; codes keep their zeros; blanks take their documented meaning", async () => {
    const r = await importRows([
      { ...VALID, 社員番号: "００１２", 生年月日: "昭和60年4月1日", 入社日: "H19.4.1", 所属: "総務部", 給与形態: "", 基本給: "３００，０００円", 固定手当: "10,000", 通勤手当: "12,000", 通勤手当の非課税額: "12,000", 健康保険: "協会けんぽ 大阪支部", 介護: "", 雇用保険: "", 住民税: "", 口座番号: "12345" },
    ]);
    expect(r.problems.map((p) => [p.column, p.severity])).toEqual([["口座番号", "warning"]]);
    expect(r.employees).toEqual([
      {
        id: "0012", name: "山田 太郎", nameKana: "ヤマダ タロウ", birthDate: "1985-04-01", hireDate: "2007-04-01", department: "総務部",
        payType: "monthly", baseSalary: 300000, fixedAllowance: 10000, commuteAllowance: 12000, commuteExempt: 12000,
        healthInsurer: "大阪府", healthStandard: 300000, pensionStandard: 300000, employmentInsurance: "general",
        taxColumn: "甲", dependents: 0, residentTax: 0,
        bank: { bankCode: "0001", branchCode: "001", accountType: "1", accountNumber: "0012345", holderKana: "ﾔﾏﾀﾞ ﾀﾛｳ" },
      },
    ]);
    expect(r.rows).toEqual([2]);
  });

  test("a second account with its fixed amount", async () => {
    const r = await importRows([{ ...VALID, 銀行コード2: "0009", 支店コード2: "302", 預金種目2: "当座", 口座番号2: "7654321", 口座名義カナ2: "ﾔﾏﾀﾞ ﾀﾛｳ", 振込額2: "50,000" }]);
    expect(r.problems).toEqual([]);
    expect(r.employees[0].bank2).toEqual({ bankCode: "0009", branchCode: "302", accountType: "2", accountNumber: "7654321", holderKana: "ﾔﾏﾀﾞ ﾀﾛｳ", fixedAmount: 50000 });
  });

  test("formula-like text in text fields is kept literally (the workbook writer writes it as text)", async () => {
    const r = await importRows([{ ...VALID, 氏名: '=HYPERLINK("http://example.invalid","給与")', 所属: "+81-3-0000-0000", 氏名カナ: "@SUM(A1:A9)", 口座名義カナ: "-1+1" }]);
    expect(r.employees).toHaveLength(1);
    expect(r.employees[0]).toMatchObject({ name: '=HYPERLINK("http://example.invalid","給与")', department: "+81-3-0000-0000", nameKana: "@SUM(A1:A9)" });
    expect(r.employees[0].bank?.holderKana).toBe("-1+1");
  });
});

describe("across rows and the whole file", () => {
  test("rows are the file's lines: a quoted line break moves the next row's number", async () => {
    const text = masterCsv([{ ...VALID, 所属: "本社\n総務部" }, { ...VALID, 社員番号: "0002", 生年月日: "bad" }]);
    const r = await importMasterFile(utf8(text), "m.csv");
    expect(r.rows).toEqual([2]);
    expect(where(r.problems)).toEqual([[4, "生年月日", "bad", "error"]]);
    expect(r.employees[0].department).toBe("本社\n総務部");
  });

  test("valid and rejected rows are both listed: nothing is dropped", async () => {
    const r = await importRows([VALID, { ...VALID, 社員番号: "0002", 基本給: "abc" }, { ...VALID, 社員番号: "0003" }]);
    expect(r.employees.map((e) => e.id)).toEqual(["0001", "0003"]);
    expect(r.rows).toEqual([2, 4]);
    expect(r.rejected.map((x) => [x.row, x.problems.map((p) => p.column)])).toEqual([[3, ["基本給"]]]);
  });

  test("a duplicate 社員番号 rejects every row that has it, naming them", async () => {
    const r = await importRows([VALID, { ...VALID, 口座番号: "7654321" }, { ...VALID, 社員番号: "0002", 口座番号: "2222222" }]);
    expect(r.employees.map((e) => e.id)).toEqual(["0002"]);
    expect(where(r.problems)).toEqual([[2, "社員番号", "0001", "error"], [3, "社員番号", "0001", "error"]]);
    expect(r.problems[0].message).toBe("社員番号「0001」が複数の行（2行目・3行目）にあります。社員番号は1人1つです。");
  });

  test("a numeric 社員番号 shorter than the zero-led others is a warning (its zeros may be lost)", async () => {
    const r = await importRows([VALID, { ...VALID, 社員番号: "0002", 口座番号: "2222222" }, { ...VALID, 社員番号: "3", 口座番号: "3333333" }]);
    expect(where(r.problems)).toEqual([[4, "社員番号", "3", "warning"]]);
    expect(r.problems[0].message).toMatch(/「0003」/);
    expect(r.employees).toHaveLength(3);
  });

  test("one account for two employees is a warning on both", async () => {
    const r = await importRows([VALID, { ...VALID, 社員番号: "0002" }]);
    expect(where(r.problems)).toEqual([[2, "口座番号", "1234567", "warning"], [3, "口座番号", "1234567", "warning"]]);
  });

  test("a 預金種目 column that also holds 0 leaves its numeric codes unpaid by transfer (0=普通 systems) unless translated", async () => {
    const r = await importRows([{ ...VALID, 預金種目: "0" }, { ...VALID, 社員番号: "0002", 預金種目: "1", 口座番号: "2222222" }, { ...VALID, 社員番号: "0003", 預金種目: "普通", 口座番号: "3333333" }]);
    expect(where(r.problems)).toEqual([[2, "預金種目", "0", "warning"], [3, "預金種目", "1", "warning"]]);
    expect(r.problems[1].message).toMatch(/「0」（2行目など）もある/);
    expect(r.employees.map((e) => e.id)).toEqual(["0001", "0002", "0003"]);
    expect(r.employees.map((e) => e.bank?.accountType)).toEqual([undefined, undefined, "1"]);
    expect(r.employees[1].bankProblem).toMatch(/^預金種目「1」: /);
  });

  test("a partial account (口座番号 without 支店コード) keeps the person in payroll, marked 振込先なし", async () => {
    const r = await importRows([{ ...VALID, 支店コード: "", 口座番号: "7654321" }, { ...VALID, 社員番号: "0002", 口座番号: "2222222" }]);
    expect(r.rejected).toEqual([]);
    expect(r.employees.map((e) => e.id)).toEqual(["0001", "0002"]);
    expect(where(r.problems)).toEqual([[2, "支店コード", "", "warning"]]);
    expect(r.problems[0].message).toBe("必須の項目「支店コード」が空欄です。口座がそろわないため、この人は振込先なし（現金支給か別の振込）として給与計算に残します。");
    expect(r.employees[0].bank).toBeUndefined();
    expect(r.employees[0].bankProblem).toBe("支店コード（空欄）: 必須の項目「支店コード」が空欄です。");
    expect(r.employees[0].baseSalary).toBe(300000);
    expect(r.employees[1].bank?.accountNumber).toBe("2222222");
  });

  test("a broken second account takes away both accounts, so that no money goes to one of them by guess", async () => {
    const r = await importRows([{ ...VALID, 銀行コード2: "0009", 支店コード2: "30", 口座番号2: "abc", 振込額2: "50,000" }]);
    expect(r.employees).toHaveLength(1);
    expect(r.employees[0].bank).toBeUndefined();
    expect(r.employees[0].bank2).toBeUndefined();
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(r.problems.map((p) => p.column)).toContain("口座番号2");
  });

  test("a missing required column stops the import with one problem on the header row", async () => {
    const headers = MASTER_TEMPLATE_HEADERS.filter((h) => h !== "生年月日");
    const text = [headers.join(","), headers.map((h) => VALID[h] ?? "").join(",")].join("\r\n");
    const r = await importMasterFile(utf8(text), "m.csv");
    expect(r.employees).toEqual([]);
    expect(r.problems.map((p) => [p.row, p.column, p.severity, p.message])).toEqual([[1, "生年月日", "error", "必須の列「生年月日」が見つかりません。列の対応付けで指定してください。"]]);
  });

  test("title rows above the header are skipped; rows keep their line numbers", async () => {
    const text = `従業員一覧,,\r\n出力日 2026/11/20,,\r\n${masterCsv([VALID, { ...VALID, 社員番号: "0002", 税区分: "X", 口座番号: "2222222" }])}`;
    const r = await importMasterFile(utf8(text), "m.csv");
    expect(r.headers).toEqual([...MASTER_TEMPLATE_HEADERS]);
    expect(r.rows).toEqual([4]);
    expect(where(r.problems)).toEqual([[5, "税区分", "X", "error"]]);
  });

  test("unknown columns are listed as ignored; an empty unnamed column is not worth listing", async () => {
    const text = [[...MASTER_TEMPLATE_HEADERS, "備考", ""].join(","), [templateRow(VALID), "メモ", ""].join(",")].join("\r\n");
    const r = await importMasterFile(utf8(text), "m.csv");
    expect(r.ignoredColumns).toEqual(["備考"]);
    expect(r.employees).toHaveLength(1);
  });

  test("without 標準報酬月額 or bank columns the file-level consequences are warned once", async () => {
    const keep = ["社員番号", "氏名", "生年月日", "基本給", "健康保険", "税区分", "扶養親族等の数"];
    const text = [keep.join(","), keep.map((h) => VALID[h]).join(",")].join("\r\n");
    const r = await importMasterFile(utf8(text), "m.csv");
    expect(r.employees).toHaveLength(1);
    expect(r.problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [1, "健保標準報酬月額", "warning"],
      [1, "厚年標準報酬月額", "warning"],
      [1, "銀行コード", "warning"],
    ]);
  });
});

describe("columns that must not spread (マイナンバー, 基礎年金番号 …)", () => {
  const MY_NUMBER = "123456789018";
  const PENSION_NO = "1234-567890";
  const CARD = "12345678";
  const headers = ["マイナンバー", ...MASTER_TEMPLATE_HEADERS.slice(0, 3), "基礎年金番号", ...MASTER_TEMPLATE_HEADERS.slice(3), "健康保険被保険者証の記号番号", "個人番号(本人)"];
  const row = (over: Record<string, string>) => {
    const v = { ...VALID, ...over };
    return [MY_NUMBER, ...MASTER_TEMPLATE_HEADERS.slice(0, 3).map((h) => v[h] ?? ""), PENSION_NO, ...MASTER_TEMPLATE_HEADERS.slice(3).map((h) => v[h] ?? ""), CARD, MY_NUMBER].join(",");
  };

  test("are dropped at import, reported by header, and their values appear nowhere in the result", async () => {
    const text = [headers.join(","), row({}), row({ 社員番号: "0002", 生年月日: "bad", 口座番号: "2222222" })].join("\r\n");
    const r = await importMasterFile(utf8(text), "m.csv");
    expect(r.droppedColumns).toEqual(["マイナンバー", "基礎年金番号", "健康保険被保険者証の記号番号", "個人番号(本人)"]);
    expect(r.ignoredColumns).toEqual([]);
    expect(r.employees).toHaveLength(1);
    expect(r.rejected).toHaveLength(1);
    expect(r.problems.find((p) => p.message.includes("マイナンバー"))).toMatchObject({ row: 1, severity: "warning" });
    const json = JSON.stringify(r);
    for (const secret of [MY_NUMBER, PENSION_NO, CARD]) expect(json).not.toContain(secret);
  });

  test("a mapping that points a field at such a column is refused, and the value still appears nowhere", async () => {
    const text = [headers.join(","), row({})].join("\r\n");
    const base = (await importMasterFile(utf8(text), "m.csv")).mapping;
    const r = await importMasterFile(utf8(text), "m.csv", { ...base, columns: { ...base.columns, id: "マイナンバー" } });
    expect(r.problems[0]).toMatchObject({ row: 1, column: "マイナンバー", value: "", severity: "error" });
    expect(r.employees).toEqual([]);
    expect(JSON.stringify(r)).not.toContain(MY_NUMBER);
  });
});

describe("cells pasted into a sheet", () => {
  test("Excel's values (numbers, serial dates, booleans) read like a file; row 1 is the first row", () => {
    const values = MASTER_TEMPLATE_HEADERS.map((h) => (h === "生年月日" ? 31138 : h === "基本給" ? 300000 : h === "銀行コード" ? 1 : (VALID[h] ?? null)));
    const r = importMasterCells([MASTER_TEMPLATE_HEADERS as string[], values]);
    expect(r.encoding).toBe("sheet");
    expect(r.employees[0]).toMatchObject({ birthDate: "1985-04-01", baseSalary: 300000, bank: { bankCode: "0001" } });
    expect(where(r.problems)).toEqual([[2, "銀行コード", "1", "warning"]]);
  });
});

describe("a file without a header row", () => {
  test("its first row is not echoed back as headers when it holds numbers (a personal number could be one)", async () => {
    const r = await importMasterFile(utf8("0001,山田 太郎,123456789018,1985/04/01\r\n0002,佐藤 花子,234567890123,1986/11/20\r\n"), "noheader.csv");
    expect(r.headers).toEqual(["（A列）", "山田 太郎", "（C列）", "1985/04/01"]);
    expect(r.employees).toEqual([]);
    expect(r.problems.filter((p) => p.severity === "error").map((p) => p.column)).toEqual(["社員番号", "氏名", "生年月日", "基本給", "健康保険", "税区分", "扶養親族等の数"]);
    expect(JSON.stringify(r)).not.toContain("123456789018");
  });
});

describe("役員: はい (役員), 兼務 (兼務役員), blank", () => {
  test("each value, and anything else named with its row, column and value", async () => {
    const r = await importRows([
      { ...VALID, 社員番号: "0001", 役員: "はい", 雇用保険: "対象外" },
      { ...VALID, 社員番号: "0002", 役員: "兼務" },
      { ...VALID, 社員番号: "0003", 役員: "" },
      { ...VALID, 社員番号: "0004", 役員: "いいえ" },
      { ...VALID, 社員番号: "0005", 役員: "取締役" },
    ]);
    expect(r.employees.map((e) => [e.id, e.officer])).toEqual([["0001", "officer"], ["0002", "workingOfficer"], ["0003", undefined], ["0004", undefined]]);
    const officerProblems = r.problems.filter((p) => p.column !== "口座番号"); // the rows share one account
    expect(where(officerProblems)).toEqual([[6, "役員", "取締役", "error"]]);
    expect(officerProblems[0].message).toContain("「はい」");
  });

  test("a 役員 whose 雇用保険 is not 対象外 (blank reads as 一般) is warned: payroll would deduct a premium", async () => {
    const r = await importRows([{ ...VALID, 役員: "はい" }, { ...VALID, 社員番号: "0002", 役員: "兼務", 雇用保険: "一般" }]);
    expect(r.employees.map((e) => [e.officer, e.employmentInsurance])).toEqual([["officer", "general"], ["workingOfficer", "general"]]);
    expect(where(r.problems.filter((p) => p.column !== "口座番号"))).toEqual([[2, "雇用保険", "", "warning"]]);
  });
});
