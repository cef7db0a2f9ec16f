/**
 * Who is outside 年末調整 before computing: above the 所得税法第190条 limit (給与等の収入金額 2,000万円) of
 * the 年分. E005 of the example staff list is paid 21,000,000.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { readStaffList } from "../../../src/import/nenchoStaff";
import { outOfYearEnd } from "../../../src/jobs/yearEnd/outOfScope";

const list = readStaffList(new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../../examples/nencho-staff.csv"))));

test("E005 (21,000,000 > 20,000,000) is named with its row and the limit", () => {
  const r = outOfYearEnd({ rows: list.rows, year: 2026 });
  expect("outOfScope" in r && r.outOfScope.map((o) => [o.row, o.id, o.salary])).toEqual([[6, "E005", 21_000_000]]);
  expect("outOfScope" in r && r.outOfScope[0].message).toContain("20,000,000円を超える");
});

test("a 年分 outside the law data: the reason, not a guess", () => {
  const r = outOfYearEnd({ rows: list.rows, year: 1990 });
  expect(r).toEqual({ scopeUnknown: expect.any(String) });
});

test("the 前職の支払金額 counts: 19,500,000 + 600,000 = 20,100,000 > 20,000,000", () => {
  const staff = readStaffList(new TextEncoder().encode("社員番号,支給総額,社会保険料,源泉徴収済額,前職の支払金額\nX1,19500000,0,0,600000\nX2,19500000,0,0,500000"));
  const r = outOfYearEnd({ rows: staff.rows, year: 2026 });
  expect("outOfScope" in r && r.outOfScope.map((o) => [o.id, o.salary])).toEqual([["X1", 20_100_000]]);
});
