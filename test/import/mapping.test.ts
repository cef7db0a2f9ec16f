/** Column mapping: the template maps itself, other exports get suggestions, a preset translates values, JSON round-trips. */
import {
  importBankAccountsFile, importMasterFile, MASTER_SCHEMA, MASTER_TEMPLATE_HEADERS, parseMapping, SHAROUMU_BANK_PRESET,
  SONAE_TEMPLATE_PRESET, suggestMapping, ImportError, ColumnMapping, MasterField, BANK_SCHEMA,
} from "../../src/import";
import { importRows, masterCsv, utf8, VALID } from "./helpers";

describe("suggestMapping", () => {
  test("Sonae's template maps itself, every field to its own header", () => {
    expect(suggestMapping(MASTER_SCHEMA, MASTER_TEMPLATE_HEADERS)).toEqual({ version: 1, columns: SONAE_TEMPLATE_PRESET.mapping.columns });
    expect(Object.keys(SONAE_TEMPLATE_PRESET.mapping.columns)).toHaveLength(MASTER_SCHEMA.length);
  });

  const SYNONYMS: [header: string, field: MasterField][] = [
    ["従業員番号", "id"], ["社員コード", "id"], ["従業員コード", "id"], ["社員No.", "id"], ["社員番号*", "id"], ["※社員番号", "id"], ["社員番号（必須）", "id"],
    ["従業員氏名", "name"], ["氏名", "name"], ["フリガナ", "nameKana"], ["ﾌﾘｶﾞﾅ", "nameKana"], ["氏名（カナ）", "nameKana"],
    ["生年月日", "birthDate"], ["誕生日", "birthDate"], ["入社年月日", "hireDate"], ["退職年月日", "leaveDate"], ["部署", "department"],
    ["支給形態", "payType"], ["基本給（月額）", "baseSalary"], ["通勤費", "commuteAllowance"], ["非課税通勤手当", "commuteExempt"],
    ["協会けんぽ支部", "healthInsurer"], ["健康保険標準報酬月額", "healthStandard"], ["厚生年金標準報酬月額", "pensionStandard"],
    ["介護保険", "care"], ["雇用保険区分", "employmentInsurance"], ["甲乙区分", "taxColumn"], ["扶養人数", "dependents"], ["住民税月額", "residentTax"],
    ["金融機関コード", "bankCode"], ["店番", "branchCode"], ["口座種別", "accountType"], ["預金種別", "accountType"], ["預金者名カナ", "holderKana"],
    ["銀行コード(2)", "bankCode2"], ["第2口座番号", "accountNumber2"], ["口座種別2", "accountType2"], ["振込金額2", "fixedAmount2"],
  ];
  test.each(SYNONYMS)("%s → %s", (header, field) => {
    expect(SYNONYMS.length).toBeGreaterThan(0);
    expect(suggestMapping(MASTER_SCHEMA, ["備考", header]).columns).toEqual({ [field]: header });
  });

  test("a single 標準報酬月額 column serves both 健保 and 厚年", async () => {
    const headers = ["社員番号", "標準報酬月額"];
    const r = await importMasterFile(utf8(`${headers.join(",")}\r\n0001,300000\r\n`), "m.csv");
    expect(r.mapping.columns).toMatchObject({ id: "社員番号", healthStandard: "標準報酬月額", pensionStandard: "標準報酬月額" });
  });

  test.each(["通勤手当（非課税）", "通勤手当(非課税)"])("%s alone is the allowance, all of it non-taxable: it serves 通勤手当 and its 非課税額", async (header) => {
    const headers = [...MASTER_TEMPLATE_HEADERS.filter((h) => h !== "通勤手当" && h !== "通勤手当の非課税額"), header];
    const row = { ...VALID, [header]: "12000" };
    const r = await importMasterFile(utf8(`${headers.join(",")}\r\n${headers.map((h) => row[h] ?? "").join(",")}\r\n`), "m.csv");
    expect(r.mapping.columns).toMatchObject({ commuteAllowance: header, commuteExempt: header });
    expect(r.problems).toEqual([]);
    expect(r.employees).toEqual([expect.objectContaining({ commuteAllowance: 12000, commuteExempt: 12000 })]);
  });

  test("beside a 通勤手当 column, 通勤手当（非課税） is that allowance's non-taxable part", () => {
    expect(suggestMapping(MASTER_SCHEMA, ["通勤手当", "通勤手当（非課税）"]).columns).toEqual({ commuteAllowance: "通勤手当", commuteExempt: "通勤手当（非課税）" });
  });

  test("a header whose bracket is about tax is not taken for the plain field by dropping the bracket", () => {
    // 通勤手当（課税） is only the taxable excess: as 通勤手当 it would understate the allowance.
    expect(suggestMapping(MASTER_SCHEMA, ["通勤手当（課税）", "通勤手当（非課税）"]).columns).toEqual({ commuteExempt: "通勤手当（非課税）" });
    expect(suggestMapping(MASTER_SCHEMA, ["基本給（月額）"]).columns).toEqual({ baseSalary: "基本給（月額）" });
  });

  test("each column serves one field, the first matching in order; sensitive headers are never suggested", () => {
    const m = suggestMapping(MASTER_SCHEMA, ["社員個人番号", "社員番号", "社員コード", "銀行コード", "銀行コード2"]);
    expect(m.columns).toEqual({ id: "社員番号", bankCode: "銀行コード", bankCode2: "銀行コード2" });
  });

  test("a typical export with other names imports without a hand-made mapping", async () => {
    const headers = ["従業員コード", "従業員氏名", "フリガナ", "誕生日", "支給形態", "基本給（月額）", "協会けんぽ支部", "健康保険標準報酬月額", "厚生年金標準報酬月額", "甲乙区分", "扶養人数", "金融機関コード", "店番", "口座種別", "口座番号", "預金者名カナ"];
    const row = ["00123", "佐藤 花子", "サトウ ハナコ", "S61.11.20", "月給", "300,000", "東京", "320,000", "320,000", "甲", "0", "5", "123", "普通", "7654321", "ｻﾄｳ ﾊﾅｺ"];
    const r = await importMasterFile(utf8(`${headers.join(",")}\r\n${row.map((c) => (c.includes(",") ? `"${c}"` : c)).join(",")}\r\n`), "export.csv");
    expect(r.employees).toEqual([
      expect.objectContaining({ id: "00123", name: "佐藤 花子", birthDate: "1986-11-20", healthInsurer: "東京都", healthStandard: 320000, bank: expect.objectContaining({ bankCode: "0005", accountType: "1" }) }),
    ]);
    expect(r.problems.map((p) => [p.column, p.severity])).toEqual([["金融機関コード", "warning"]]);
  });
});

describe("value translation and defaults in a mapping", () => {
  const base = SONAE_TEMPLATE_PRESET.mapping as ColumnMapping<MasterField>;

  test("預金種目 0/1 (社労夢) → 全銀 1/2; a code outside the table is never passed on (that person is 振込先なし)", async () => {
    const rows = [{ ...VALID, 預金種目: "0" }, { ...VALID, 社員番号: "0002", 預金種目: "1", 口座番号: "2222222" }, { ...VALID, 社員番号: "0003", 預金種目: "2", 口座番号: "3333333" }];
    const text = masterCsv(rows);
    const r = await importMasterFile(utf8(text), "m.csv", { ...base, values: { accountType: { "0": "1", "1": "2" } } });
    expect(r.employees.map((e) => [e.id, e.bank?.accountType])).toEqual([["0001", "1"], ["0002", "2"], ["0003", undefined]]);
    expect(r.problems.map((p) => [p.row, p.column, p.value, p.severity, p.message])).toEqual([
      [4, "預金種目", "2", "warning", "この列の値は変換表（0→1、1→2）にありません。口座がそろわないため、この人は振込先なし（現金支給か別の振込）として給与計算に残します。"],
    ]);
  });

  test("a default fills a field that has no column (健康保険 for the whole company)", async () => {
    const headers = MASTER_TEMPLATE_HEADERS.filter((h) => h !== "健康保険");
    const text = `${headers.join(",")}\r\n${headers.map((h) => VALID[h] ?? "").join(",")}\r\n`;
    const columns = { ...base.columns };
    delete columns.healthInsurer;
    const r = await importMasterFile(utf8(text), "m.csv", { version: 1, columns, defaults: { healthInsurer: "大阪", employmentInsurance: "建設" } });
    expect(r.problems).toEqual([]);
    expect(r.employees[0]).toMatchObject({ healthInsurer: "大阪府", employmentInsurance: "construction" });
  });

  test("the company's 事業区分 default also gives the meaning of 雇用保険「あり」", async () => {
    const r = await importMasterFile(utf8(masterCsv([{ ...VALID, 雇用保険: "あり" }])), "m.csv", { ...base, defaults: { employmentInsurance: "農林水産・清酒製造" } });
    expect(r.employees[0].employmentInsurance).toBe("agriculture");
    const plain = await importRows([{ ...VALID, 雇用保険: "あり" }]);
    expect(plain.employees[0].employmentInsurance).toBe("general");
  });

  test("a stored mapping still finds a header written with half-width kana or extra spaces", async () => {
    const r = await importMasterFile(utf8("従業員ｺｰﾄﾞ , 氏名\r\n0001,山田\r\n"), "m.csv", { version: 1, columns: { id: "従業員コード", name: "氏名" } });
    expect(r.problems.filter((p) => p.column === "従業員コード" || p.column === "従業員ｺｰﾄﾞ")).toEqual([]);
    expect(r.problems.some((p) => p.message.includes("がファイルにありません"))).toBe(false);
  });

  test("a mapped header missing from the file is named", async () => {
    const r = await importMasterFile(utf8(`${MASTER_TEMPLATE_HEADERS.join(",")}\r\n`), "m.csv", { ...base, columns: { ...base.columns, id: "従業員番号" } });
    expect(r.problems[0]).toMatchObject({ row: 1, column: "従業員番号", severity: "error", message: "「社員番号」に対応付けた列「従業員番号」がファイルにありません。列の対応付けを確認してください。" });
  });
});

describe("parseMapping (the JSON kept in the workbook's settings)", () => {
  const m: ColumnMapping<MasterField> = { version: 1, preset: "x", columns: { id: "従業員番号", accountType: "口座種別" }, values: { accountType: { "0": "1", "1": "2" } }, defaults: { healthInsurer: "東京都" } };
  test("round-trips through JSON text and objects", () => {
    expect(parseMapping(MASTER_SCHEMA, JSON.stringify(m))).toEqual(m);
    expect(parseMapping(MASTER_SCHEMA, JSON.parse(JSON.stringify(m)))).toEqual(m);
  });
  test.each([
    ["not JSON", "{", /JSON のオブジェクトではありません/],
    ["another version", { version: 2, columns: {} }, /版 2 は未対応/],
    ["no columns", { version: 1 }, /columns がありません/],
    ["unknown field", { version: 1, columns: { salary: "給与" } }, /項目「salary」はこの取込にありません/],
    ["non-text header", { version: 1, columns: { id: 3 } }, /columns.id が文字列ではありません/],
    ["bad translation", { version: 1, columns: {}, values: { accountType: { "0": 1 } } }, /values.accountType/],
  ])("%s is refused with a message", (_name, json, message) => {
    expect(() => parseMapping(MASTER_SCHEMA, json)).toThrow(ImportError);
    expect(() => parseMapping(MASTER_SCHEMA, json)).toThrow(message);
  });
});

describe("社労夢 汎用マスタ 振込口座情報 preset", () => {
  // Layout of エムケイシステム FAQ 3327 (従業員設定 振込口座情報): 預金種目 0 普通預金, 1 当座預金; 振込区分 0 銀行, 1 郵便局.
  const HEADERS = "従業員コード,振込口座コード,振込区分,銀行コード,支店コード,預金種目,口座番号,通帳番号1,通帳番号2,預金者名,預金者名カナ";
  const master = [
    { id: "0001", name: "山田 太郎", nameKana: "ヤマダ タロウ", birthDate: "1985-04-01", payType: "monthly" as const, baseSalary: 300000, fixedAllowance: 0, commuteAllowance: 0, commuteExempt: 0, healthInsurer: "東京都", employmentInsurance: "general" as const, taxColumn: "甲" as const, dependents: 0, residentTax: 0 },
    { id: "0002", name: "佐藤 花子", birthDate: "1986-11-20", payType: "monthly" as const, baseSalary: 300000, fixedAllowance: 0, commuteAllowance: 0, commuteExempt: 0, healthInsurer: "東京都", employmentInsurance: "general" as const, taxColumn: "甲" as const, dependents: 0, residentTax: 0, bank2: { bankCode: "0009", branchCode: "001", accountType: "1" as const, accountNumber: "1111111", holderKana: "ｻﾄｳ", fixedAmount: 30000 } },
  ];

  test("is detected from the headers and translates 0 → 1 (普通), 1 → 2 (当座)", async () => {
    const text = [HEADERS, "0001,01,0,0001,001,0,1234567,,,山田太郎,ﾔﾏﾀﾞ ﾀﾛｳ", "0002,01,0,5,123,1,7654321,,,佐藤花子,ｻﾄｳ ﾊﾅｺ", "0002,02,0,0009,302,0,2345678,,,佐藤花子,ｻﾄｳ ﾊﾅｺ"].join("\r\n");
    const r = await importBankAccountsFile(utf8(text), "振込口座情報.csv", master);
    expect(r.mapping.preset).toBe(SHAROUMU_BANK_PRESET.id);
    expect(r.ignoredColumns).toEqual(["通帳番号1", "通帳番号2", "預金者名"]);
    expect(r.employees.map((e) => [e.id, e.bank?.accountType, e.bank?.bankCode, e.bank2?.accountType, e.bank2?.fixedAmount])).toEqual([
      ["0001", "1", "0001", undefined, undefined],
      ["0002", "2", "0005", "1", 30000],
    ]);
    // Row 3: 銀行コード "5" padded to 0005; row 4: no 振込額 column, so the master's 振込額2 (30,000円) is kept.
    expect(r.problems.map((p) => [p.row, p.column, p.severity])).toEqual([[3, "銀行コード", "warning"], [4, "振込額", "warning"]]);
    expect(r.problems[1].message).toBe("2つ目の口座への振込額はマスタの 30,000円を使います。");
  });

  test("郵便局 rows, unknown employees, a second account without an amount, and repeats are errors", async () => {
    const text = [HEADERS, "0001,01,1,,,,,12345,67890,山田太郎,ﾔﾏﾀﾞ ﾀﾛｳ", "0009,01,0,0001,001,0,1234567,,,誰か,ﾀﾞﾚｶ", "0001,02,0,0001,001,0,1234567,,,山田太郎,ﾔﾏﾀﾞ ﾀﾛｳ", "0002,01,0,0001,002,0,2222222,,,佐藤,ｻﾄｳ", "0002,1,0,0001,003,0,3333333,,,佐藤,ｻﾄｳ"].join("\r\n");
    const r = await importBankAccountsFile(utf8(text), "b.csv", master);
    const errors = r.problems.filter((p) => p.severity === "error").map((p) => [p.row, p.column]);
    expect(errors).toEqual(expect.arrayContaining([[2, "振込区分"], [3, "従業員コード"], [4, "振込額"], [5, "振込口座コード"], [6, "振込口座コード"]]));
    expect(r.employees).toEqual(master);
  });

  test("the bank schema requires what 全銀 needs", () => {
    expect(BANK_SCHEMA.filter((f) => f.required).map((f) => f.key)).toEqual(["id", "bankCode", "branchCode", "accountNumber"]);
  });
});
