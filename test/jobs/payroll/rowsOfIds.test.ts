import { rowsOfIds } from "../../../src/jobs/payroll/rowsOfIds";

const cases: { name: string; input: Parameters<typeof rowsOfIds>[0]; expected: Record<string, number> }[] = [
  { name: "imported rows only", input: { ids: ["A", "B"], rows: [2, 3], rejected: [], rejectedIds: [] }, expected: { A: 2, B: 3 } },
  { name: "a rejected row keeps its number", input: { ids: ["A"], rows: [3], rejected: [{ row: 2 }], rejectedIds: ["R"] }, expected: { R: 2, A: 3 } },
  { name: "an unreadable number is left out", input: { ids: ["A"], rows: [2], rejected: [{ row: 3 }], rejectedIds: [undefined] }, expected: { A: 2 } },
  { name: "a repeated number is named by its first row", input: { ids: ["A"], rows: [5], rejected: [{ row: 4 }, { row: 6 }], rejectedIds: ["A", "A"] }, expected: { A: 4 } },
];

test.each(cases)("rowsOfIds: $name", ({ input, expected }) => {
  expect(Object.fromEntries(rowsOfIds(input))).toEqual(expected);
});
