/**
 * The 事業所 settings of the 届書 as a small form with the fields of templates/office.json: filled by hand or
 * from an OFFICE.json file, checked by the same reader as the command line's --office (parseOffice), and
 * saved back as OFFICE.json so that next year starts from the file.
 */
import { Office, parseOffice, TodokeProblem } from "../../../todoke";

export const OFFICE_FIELDS = [
  { key: "prefectureCode", label: "都道府県", hint: "東京都、大阪府 など（日本年金機構の都道府県コード 21 なども可）" },
  { key: "cityCode", label: "郡市区符号", hint: "2桁（例 01）" },
  { key: "officeSymbol", label: "事業所記号", hint: "半角カナ・英数字 4文字まで（例 ｹｲﾄ）" },
  { key: "officeNumber", label: "事業所番号", hint: "5桁まで" },
  { key: "postalCode", label: "郵便番号", hint: "100-0005" },
  { key: "address", label: "事業所所在地" },
  { key: "name", label: "事業所名称" },
  { key: "ownerName", label: "事業主氏名", hint: "姓と名の間に全角スペース" },
  { key: "phone", label: "電話番号", hint: "03-1234-5678" },
  { key: "serial", label: "FD通番", hint: "001〜999。提出のたびに1つ進めます" },
  { key: "sharoushiCode", label: "社会保険労務士コード", hint: "社労士が提出するときだけ（8桁）", optional: true },
  { key: "sharoushiName", label: "社会保険労務士氏名", hint: "社労士が提出するときだけ", optional: true },
] as const;

export type OfficeKey = (typeof OFFICE_FIELDS)[number]["key"];
export type OfficeForm = Record<OfficeKey, string>;

export const emptyOfficeForm = (): OfficeForm => Object.fromEntries(OFFICE_FIELDS.map((f) => [f.key, ""])) as OfficeForm;

/** What the form holds as OFFICE.json's object: every field, the optional ones only when filled. */
function officeObject(form: OfficeForm): Record<string, string> {
  return Object.fromEntries(OFFICE_FIELDS.filter((f) => !("optional" in f) || form[f.key].trim() !== "").map((f) => [f.key, form[f.key]]));
}

/** The form checked: the office when every field is right, and each problem naming the field and value. */
export function checkOfficeForm(form: OfficeForm): { office?: Office; problems: TodokeProblem[] } {
  return parseOffice(officeObject(form));
}

/** OFFICE.json to download (two-space indented, as templates/office.json). */
export function officeJsonText(form: OfficeForm): string {
  return `${JSON.stringify(officeObject(form), null, 2)}\n`;
}

/**
 * An OFFICE.json file into the form. What cannot go into the form (not JSON, an unknown key) is said, not
 * dropped in silence; the fields themselves are checked with the form.
 */
export function officeFormFromJson(text: string): { form?: OfficeForm; problems: TodokeProblem[] } {
  const read = parseOffice(text.replace(/^\uFEFF/, ""));
  const notJson = read.problems.filter((p) => p.field.startsWith("(JSON)"));
  // An unknown key (a typo of a field) is left out of the form: the form's own check then names the field missing.
  const unknown = read.problems.filter((p) => p.field.endsWith("（不明な項目）")).map((p) => ({ ...p, severity: "warning" as const, message: `${p.message} この項目は読み込んでいません。` }));
  const structural = [...notJson, ...unknown];
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { problems: structural };
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) return { problems: structural };
  const raw = json as Record<string, unknown>;
  const form = emptyOfficeForm();
  for (const f of OFFICE_FIELDS) {
    const value = raw[f.key];
    if (typeof value === "string" || typeof value === "number") form[f.key] = String(value);
  }
  return { form, problems: structural };
}
