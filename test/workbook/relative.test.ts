/**
 * Excel's relative references when a formula is copied or filled: a part with "$" stays, the rest moves
 * by the offset ("Switch between relative, absolute, and mixed references", Microsoft Support:
 * https://support.microsoft.com/office/dfec08cd-ae65-4f56-839e-5f0d8d0baca9). Cases: id, formula, rows
 * moved, expected.
 */
import { shiftFormula } from "../../src/workbook/relative";

const CASES: [id: string, formula: string, rows: number, expected: string][] = [
  ["relative", "=A1", 2, "=A3"],
  ["absolute", "=$A$1", 2, "=$A$1"],
  ["mixed: column fixed", "=$A1", 2, "=$A3"],
  ["mixed: row fixed", "=A$1", 2, "=A$1"],
  ["range", "=SUM(A2:B11)", 1, "=SUM(A3:B12)"],
  ["other sheet, quoted", "='従業員'!M2*2", 3, "='従業員'!M5*2"],
  ["sheet name with a quote", "='It''s'!A1", 1, "='It''s'!A2"],
  ["text is not a reference", '=IF(A1="B2 ""C3""",1,0)', 1, '=IF(A2="B2 ""C3""",1,0)'],
  ["function names with digits", "=LOG10(A1)+ATAN2(B1,1)", 1, "=LOG10(A2)+ATAN2(B2,1)"],
  ["custom function with dots", "=SONAE.SI_HEALTH(AI2:AI11,'設定'!$B$10,FALSE)", 1, "=SONAE.SI_HEALTH(AI3:AI12,'設定'!$B$10,FALSE)"],
  ["three-letter column", "=XFD1+AA10", 5, "=XFD6+AA15"],
  ["no move", "=A1", 0, "=A1"],
];

test.each(CASES)("%s: %s moved %i rows → %s", (_id, formula, rows, expected) => {
  expect(shiftFormula(formula, rows)).toBe(expected);
});

test("columns move too when asked", () => {
  expect(shiftFormula("=A1+$B1+C$1", 0, 2)).toBe("=C1+$B1+E$1");
});

test("the case table is not empty", () => expect(CASES.length).toBeGreaterThan(0));
