/**
 * What the three 届書 builders share: check every record's fields, then — only when nothing is wrong —
 * frame the records into files. The clerk gets the files, each record as written, and every problem.
 */
import { Day } from "../calc/dates/calendar";
import { Field } from "./fields";
import { TodokeFile, frameFiles } from "./file";
import { InsuredPerson, recordProblems } from "./person";
import { Office } from "./office";
import { TodokeProblem, hasErrors } from "./problems";

export interface WrittenRecord {
  employeeId: string;
  row: number;
  text: string;
}

export interface TodokeBuildResult {
  /** The files, or none when any problem is an error. */
  files: TodokeFile[];
  records: WrittenRecord[];
  problems: TodokeProblem[];
}

/** A finding about a person beyond the field formats (the builder adds who it is about). */
export type PersonCheck = Pick<TodokeProblem, "field" | "value" | "message" | "severity">;

/**
 * Shared by the three 届書: check every record's fields (and the document's own checks of each person), then
 * frame the records into files.
 */
export function buildRecords<E extends { person: InsuredPerson }>(a: {
  office: Office;
  created: Day;
  entries: readonly E[];
  fieldsOf: (e: E) => Field[];
  checksOf?: (e: E) => PersonCheck[];
  maxBytes?: number;
}): TodokeBuildResult {
  const problems: TodokeProblem[] = [];
  const records: WrittenRecord[] = a.entries.map((e, i) => {
    const fields = a.fieldsOf(e);
    problems.push(...recordProblems(fields, e.person, i + 1));
    problems.push(...(a.checksOf?.(e) ?? []).map((c) => ({ ...c, row: e.person.sourceRow ?? i + 1, employeeId: e.person.employeeId })));
    return { employeeId: e.person.employeeId, row: e.person.sourceRow ?? i + 1, text: fields.map((f) => f.value).join(",") };
  });
  if (records.length === 0) problems.push({ row: 0, field: "対象者", value: "", message: "届書に書く人がいません。", severity: "error" });
  if (hasErrors(problems)) return { files: [], records: [], problems };
  return { files: frameFiles({ office: a.office, created: a.created, records: records.map((r) => r.text), maxBytes: a.maxBytes }), records, problems };
}
