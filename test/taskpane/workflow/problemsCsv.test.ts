import { problemsCsv } from "../../../src/taskpane/workflow/problemsCsv";

describe("problemsCsv", () => {
  test("one line per problem, quoted, with a BOM for Excel", () => {
    const csv = problemsCsv([
      { file: "従業員マスタ", row: 4, column: "生年月日", value: "1990/13/01", message: "日付として読めません", severityLabel: "エラー" },
      { row: 5, column: "氏名", value: 'A "B"', message: "確認", severityLabel: "注意" },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "\uFEFF種類,ファイル,行,列,値,内容",
      '"エラー","従業員マスタ","4","生年月日","1990/13/01","日付として読めません"',
      '"注意","","5","氏名","A ""B""","確認"',
      "",
    ]);
  });

  test("a value Excel would read as a formula stays text", () => {
    const csv = problemsCsv([{ row: 2, column: "基本給", value: "=1+1", message: "金額として読めません", severityLabel: "エラー" }]);
    expect(csv).toContain(`"'=1+1"`);
    expect(csv).not.toContain(`,"=1+1"`);
  });
});
