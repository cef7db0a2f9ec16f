import { employeeIdKey } from "../../../src/calc/records/employeeIdKey";

test.each([
  ["0001", "1"],
  ["1", "1"],
  ["0000000010", "10"],
  ["0", "0"],
  ["A-0012", "A-0012"],
])("%s → %s", (id, key) => expect(employeeIdKey(id)).toBe(key));
