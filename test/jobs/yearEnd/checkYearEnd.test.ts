/**
 * The year-end check job on the example staff list (examples/nencho-staff.csv), 令和8年分: E001 is the
 * 国税庁's worked example (年調年税額 41,400, 還付 115,270, as the system says), E002's system kept
 * 令和7年分's 基礎控除, E005's 支給総額 is above the 所得税法第190条 limit — the figures test/cli/nencho.test.ts
 * asserts through the command.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { readStaffList } from "../../../src/import/nenchoStaff";
import { checkYearEnd } from "../../../src/jobs/yearEnd/checkYearEnd";

const EXAMPLE = path.resolve(__dirname, "../../../examples/nencho-staff.csv");
const list = readStaffList(new Uint8Array(fs.readFileSync(EXAMPLE)));
const check = checkYearEnd({ rows: list.rows, year: 2026 });
const byId = Object.fromEntries(check.outcomes.map((o) => [o.id, o]));

test("E001 国税庁の計算例: 年調年税額 41,400, 還付 115,270, 一致", () => {
  expect(byId.E001).toMatchObject({ row: 2, status: "match", settlement: "還付", difference: { annualTax: 0, balance: 0 } });
  expect(byId.E001.result).toMatchObject({ annualTax: 41_400, balance: 115_270 });
});

test("E002: 年調年税額 differs from the system's by -28,300", () => {
  expect(byId.E002).toMatchObject({ row: 3, status: "difference", difference: { annualTax: -28_300 } });
});

test("E005: 対象外 with the law's reason, not an error", () => {
  expect(byId.E005.status).toBe("outOfScope");
  expect(byId.E005.notes[0]).toContain("年末調整の対象外");
  expect(byId.E005.result).toBeUndefined();
});

test("every row is counted once, in file order", () => {
  expect(check.outcomes.map((o) => o.id)).toEqual(["E001", "E002", "E003", "E004", "E005", "E006"]);
  expect(check.counts).toEqual({ match: 1, difference: 1, checked: 3, outOfScope: 1, error: 0 });
});

test("a bad row keeps its problems and is an error", () => {
  const bad = { ...list.rows[1], errors: [{ row: 3, column: "支給総額", message: "数値ではありません。" }] };
  const r = checkYearEnd({ rows: [bad], year: 2026 });
  expect(r.outcomes[0]).toMatchObject({ status: "error", errors: bad.errors });
  expect(r.counts.error).toBe(1);
});

test("a 中途就職者's 前職 columns are added to the year: E001 with a 前職 of 1,000,000 / 150,000 / 20,000", () => {
  // 年調年税額 118,000 and 還付 58,670, worked by hand in test/calc/yearEnd/previousEmployer.test.ts.
  const [header, e001] = fs.readFileSync(EXAMPLE, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
  const withPrevious = readStaffList(new TextEncoder().encode(`${header},前職の支払金額,前職の社会保険料等,前職の源泉徴収税額\n${e001},1000000,150000,20000`));
  expect(withPrevious.rows[0].errors).toEqual([]);
  const outcome = checkYearEnd({ rows: withPrevious.rows, year: 2026 }).outcomes[0];
  expect(outcome.result).toMatchObject({ salary: 9_970_000, withheld: 176_670, annualTax: 118_000, balance: 58_670 });
});

test("a 中途就職者 whose 支給総額 and 前職の支払金額 together pass 20,000,000円 is 対象外 (所得税法第190条)", () => {
  const staff = readStaffList(new TextEncoder().encode("社員番号,支給総額,社会保険料,源泉徴収済額,前職の支払金額\nX1,19500000,0,0,600000"));
  expect(checkYearEnd({ rows: staff.rows, year: 2026 }).outcomes[0].status).toBe("outOfScope");
});
