/**
 * The office's 年度更新 facts (templates/nendo-office.json: 労災保険率, 事業の種類, …) as a small form: filled by
 * hand or from OFFICE.json, checked by the command line's reader (parseNendoOffice), and saved back as
 * OFFICE.json. The 届書's keys of the same file are kept as they were, so one file still serves both.
 */
import { parseNendoOffice, type NendoOffice } from "../../../jobs/nendo/office";
import type { JobProblem } from "../../../jobs/problem";
import { readClerkJson } from "../../../import/clerkJson";

export const NENDO_OFFICE_FIELDS = [
  { key: "rosaiRatePermille", label: "労災保険率（千分率）", hint: "前年度の申告書の「労災保険率」。その他の各種事業なら 3", numeric: true },
  { key: "rosaiBusinessType", label: "事業の種類（番号）", hint: "労災保険率表の番号 2 桁。その他の各種事業なら 94" },
  { key: "nextRosaiRatePermille", label: "翌年度の労災保険率（千分率）", hint: "率が改定されるときだけ。空欄なら今年度の率で概算します", numeric: true, optional: true },
  { key: "laborInsuranceNumber", label: "労働保険番号", hint: "14 桁（例 13-1-01-123456-000）", optional: true },
  { key: "name", label: "事業の名称", optional: true },
] as const;

export type NendoOfficeKey = (typeof NENDO_OFFICE_FIELDS)[number]["key"];
export type NendoOfficeForm = Record<NendoOfficeKey, string>;
/** The file's keys that are not the form's (the 届書's, or a typo named by the check), kept as they were. */
export type NendoOfficeExtra = Readonly<Record<string, unknown>>;

export const emptyNendoOfficeForm = (): NendoOfficeForm => Object.fromEntries(NENDO_OFFICE_FIELDS.map((f) => [f.key, ""])) as NendoOfficeForm;

/** A rate typed as digits becomes the number the file holds; anything else stays text, for the check to name. */
function valueOf(field: (typeof NENDO_OFFICE_FIELDS)[number], text: string): unknown {
  const t = text.normalize("NFKC").trim();
  return "numeric" in field && /^\d+(\.\d+)?$/.test(t) ? Number(t) : text.trim();
}

function officeObject(form: NendoOfficeForm, extra: NendoOfficeExtra): Record<string, unknown> {
  const filled = NENDO_OFFICE_FIELDS.filter((f) => !("optional" in f) || form[f.key].trim() !== "");
  return { ...extra, ...Object.fromEntries(filled.map((f) => [f.key, valueOf(f, form[f.key])])) };
}

/** The form checked as `sonae nendo --office` checks the file: the office, or each problem naming the key and value. */
export function checkNendoOfficeForm(form: NendoOfficeForm, extra: NendoOfficeExtra = {}): { office?: NendoOffice; problems: JobProblem[] } {
  return parseNendoOffice(JSON.stringify(officeObject(form, extra)));
}

/** OFFICE.json to download, two-space indented as the templates are, the file's other keys first as they were. */
export function nendoOfficeJsonText(form: NendoOfficeForm, extra: NendoOfficeExtra = {}): string {
  return `${JSON.stringify(officeObject(form, extra), null, 2)}\n`;
}

/** OFFICE.json's text into the form; a file that is not a JSON object is the problem the command would name. */
export function nendoOfficeFormFromJson(text: string): { form?: NendoOfficeForm; extra: NendoOfficeExtra; problems: JobProblem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { extra: {}, problems: parseNendoOffice(text).problems };
  }
  return nendoOfficeFormFromValue(raw);
}

/**
 * The bytes of an OFFICE.json file into the form, in whatever encoding メモ帳 saved it (readClerkJson, as the
 * 届書 flow and the command line read it); a file that is not readable text or not JSON throws an ImportError
 * saying where and why.
 */
export function nendoOfficeFormFromFile(bytes: Uint8Array): ReturnType<typeof nendoOfficeFormFromJson> {
  return nendoOfficeFormFromValue(readClerkJson(bytes));
}

function nendoOfficeFormFromValue(raw: unknown): { form?: NendoOfficeForm; extra: NendoOfficeExtra; problems: JobProblem[] } {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { extra: {}, problems: parseNendoOffice(raw).problems };
  const o = raw as Record<string, unknown>;
  const form = emptyNendoOfficeForm();
  const keys: readonly string[] = NENDO_OFFICE_FIELDS.map((f) => f.key);
  for (const f of NENDO_OFFICE_FIELDS) if (typeof o[f.key] === "string" || typeof o[f.key] === "number") form[f.key] = String(o[f.key]);
  // A value the form cannot hold (an object, a list) stays in the file, to be named by the check.
  const kept = Object.entries(o).filter(([k, v]) => !keys.includes(k) || (v !== null && typeof v !== "string" && typeof v !== "number"));
  return { form, extra: Object.fromEntries(kept), problems: [] };
}
