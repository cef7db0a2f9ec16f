/**
 * The 事業所 settings of the 届書 as a small form with the fields of templates/office.json: filled by hand or
 * from an OFFICE.json file, checked by the same reader as the command line's --office (parseOffice), and
 * saved back as OFFICE.json so that next year starts from the file.
 */
import { readClerkJson } from "../../../import/clerkJson";
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

/** The keys of the file that are not the form's (the 年度更新's, or a typo), kept as they were. */
export type OfficeExtra = Readonly<Record<string, unknown>>;

/** What the form holds as OFFICE.json's object: the file's other keys, every field, the optional ones only when filled. */
function officeObject(form: OfficeForm, extra: OfficeExtra): Record<string, unknown> {
  return { ...Object.fromEntries(OFFICE_FIELDS.filter((f) => !("optional" in f) || form[f.key].trim() !== "").map((f) => [f.key, form[f.key]])), ...extra };
}

/** The form checked as the command checks --office: the office when every field is right, each problem naming the field and value. */
export function checkOfficeForm(form: OfficeForm, extra: OfficeExtra = {}): { office?: Office; problems: TodokeProblem[] } {
  return parseOffice(officeObject(form, extra));
}

/** OFFICE.json to download (two-space indented, as templates/office.json), the file's other keys kept. */
export function officeJsonText(form: OfficeForm, extra: OfficeExtra = {}): string {
  return `${JSON.stringify(officeObject(form, extra), null, 2)}\n`;
}

/**
 * An OFFICE.json file into the form. A file that is not a JSON object is said; keys that are not the form's
 * fields are kept beside it (the 年度更新's share the file), so the check and the saved file are the file's.
 */
export function officeFormFromJson(input: string | unknown): { form?: OfficeForm; extra: OfficeExtra; problems: TodokeProblem[] } {
  const body = typeof input === "string" ? input.replace(/^\uFEFF/, "") : input;
  const notJson = parseOffice(body).problems.filter((p) => p.field.startsWith("(JSON)"));
  if (notJson.length > 0) return { extra: {}, problems: notJson };
  const raw = (typeof body === "string" ? JSON.parse(body) : body) as Record<string, unknown>;
  const form = emptyOfficeForm();
  const keys: readonly string[] = OFFICE_FIELDS.map((f) => f.key);
  for (const f of OFFICE_FIELDS) {
    const value = raw[f.key];
    if (typeof value === "string" || typeof value === "number") form[f.key] = String(value);
  }
  // A field whose value the form cannot hold (an object, a list) stays in the file too, to be named by the check.
  const kept = Object.entries(raw).filter(([k, v]) => !keys.includes(k) || (v !== null && typeof v !== "string" && typeof v !== "number"));
  return { form, extra: Object.fromEntries(kept), problems: [] };
}

/**
 * The bytes of an OFFICE.json file into the form, in whatever encoding メモ帳 saved it (readClerkJson);
 * a file that is not readable text or not JSON throws an ImportError saying where and why.
 */
export function officeFormFromFile(bytes: Uint8Array): ReturnType<typeof officeFormFromJson> {
  return officeFormFromJson(readClerkJson(bytes));
}
