/**
 * OFFICE.json: the 事業所 the 届書 are filed for (and the 社会保険労務士 filing them, if any), read strictly —
 * an unknown key, a missing field or a value the spec does not allow is an error naming the field and value.
 */
import { Field, FieldRule, digits, fieldProblem } from "./fields";
import { prefectureCode } from "./prefectureCode";
import { TodokeProblem } from "./problems";

export interface Office {
  /** 都道府県コード (日本年金機構's list, 2 digits). */
  prefectureCode: string;
  /** 郡市区符号 (2 digits). */
  cityCode: string;
  /** 事業所記号 (1–4 half-width alphanumerics or kana). */
  officeSymbol: string;
  /** 事業所番号 (1–5 digits). */
  officeNumber: string;
  postalCode: { parent: string; child: string };
  address: string;
  name: string;
  ownerName: string;
  phone: { area: string; city: string; subscriber: string };
  /** FD通番 (001–999). */
  serial: string;
  sharoushi?: { code: string; name: string };
}

const KEYS = ["prefectureCode", "cityCode", "officeSymbol", "officeNumber", "postalCode", "address", "name", "ownerName", "phone", "serial", "sharoushiCode", "sharoushiName"] as const;

const LABELS: Record<(typeof KEYS)[number], string> = {
  prefectureCode: "都道府県コード",
  cityCode: "郡市区符号",
  officeSymbol: "事業所記号",
  officeNumber: "事業所番号",
  postalCode: "郵便番号",
  address: "事業所所在地",
  name: "事業所名称",
  ownerName: "事業主氏名",
  phone: "電話番号",
  serial: "FD通番",
  sharoushiCode: "社会保険労務士コード",
  sharoushiName: "社会保険労務士氏名",
};

/** The 年度更新's keys (sonae nendo, jobs/nendo/office.ts): one OFFICE.json may describe the office for both, so they are let through. */
const NENDO_KEYS: readonly string[] = ["rosaiRatePermille", "rosaiBusinessType", "nextRosaiRatePermille", "laborInsuranceNumber", "declaredEstimate"];

/** The fields' rules (kufu/kirico company.rb). */
const RULES = {
  cityCode: digits(2),
  officeSymbol: { charsets: ["numeric", "latin", "katakana"], minBytes: 1, maxBytes: 4 },
  officeNumber: digits(1, 5),
  address: { charsets: ["any"], minBytes: 1, maxBytes: 75 },
  name: { charsets: ["any"], minBytes: 1, maxBytes: 50 },
  ownerName: { charsets: ["any"], minBytes: 1, maxBytes: 25, nameSpace: "either" },
  serial: digits(3),
  sharoushiCode: digits(8),
  sharoushiName: { charsets: ["any"], minBytes: 1, maxBytes: 25, nameSpace: "either" },
} satisfies Record<string, FieldRule>;

/**
 * Read OFFICE.json (its text, or the parsed object). `office` is undefined while any problem remains.
 * @example parseOffice('{"prefectureCode": "東京", "cityCode": "14", …}') // { office: { prefectureCode: "21", … }, problems: [] }
 */
export function parseOffice(input: string | unknown): { office?: Office; problems: TodokeProblem[] } {
  const problems: TodokeProblem[] = [];
  const fail = (key: string, value: unknown, message: string) => problems.push({ row: 0, field: `${key}（${LABELS[key as keyof typeof LABELS] ?? "不明な項目"}）`, value: String(value ?? ""), message, severity: "error" });
  let json: unknown = input;
  if (typeof input === "string") {
    try {
      json = JSON.parse(input);
    } catch (e) {
      fail("(JSON)", "", `JSON として読めません: ${(e as Error).message}`);
      return { problems };
    }
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) {
    fail("(JSON)", "", "{ \"prefectureCode\": \"21\", … } の形のオブジェクトにしてください（templates/office.json）。");
    return { problems };
  }
  const raw = json as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!(KEYS as readonly string[]).includes(key) && !NENDO_KEYS.includes(key)) fail(key, raw[key], `知らない項目です。使える項目: ${KEYS.join(", ")}`);
  const text = (key: (typeof KEYS)[number], optional = false): string | undefined => {
    const value = raw[key];
    if (value === undefined || value === null || value === "") {
      if (!optional) fail(key, "", "必須です。");
      return undefined;
    }
    if (typeof value !== "string" && typeof value !== "number") {
      fail(key, JSON.stringify(value), "文字列で書いてください。");
      return undefined;
    }
    return String(value).trim();
  };
  const checked = (key: keyof typeof RULES, optional = false): string => {
    const value = text(key, optional);
    if (value === undefined) return "";
    const message = fieldProblem({ name: LABELS[key], value, rule: RULES[key] } satisfies Field);
    if (message) fail(key, value, message);
    return value;
  };

  const prefecture = text("prefectureCode");
  const lookup = prefecture === undefined ? undefined : prefectureCode(prefecture);
  if (lookup && "error" in lookup) fail("prefectureCode", prefecture, lookup.error);
  const cityCode = checked("cityCode");
  const officeSymbol = checked("officeSymbol");
  const officeNumber = checked("officeNumber");
  const postalCode = splitPostalCode(text("postalCode"), fail);
  const address = checked("address");
  const name = checked("name");
  const ownerName = checked("ownerName");
  const phone = splitPhone(text("phone"), fail);
  const serial = serialOf(text("serial"), fail);
  const sharoushi = sharoushiOf(checked("sharoushiCode", true), checked("sharoushiName", true), fail);
  if (problems.length > 0 || !lookup || "error" in lookup || !postalCode || !phone || !serial) return { problems };
  return { office: { prefectureCode: lookup.code, cityCode, officeSymbol, officeNumber, postalCode, address, name, ownerName, phone, serial, sharoushi }, problems };
}

type Fail = (key: string, value: unknown, message: string) => void;

/** 「106-0041」 or 「1060041」 → 親番号 3 digits and 子番号 4 digits. */
function splitPostalCode(value: string | undefined, fail: Fail): Office["postalCode"] | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{3})-?(\d{4})$/.exec(value);
  if (!m) fail("postalCode", value, "郵便番号は「106-0041」の形（数字3桁-4桁）で書いてください。");
  return m ? { parent: m[1], child: m[2] } : undefined;
}

/** 「03-5563-7662」 → 市外局番 (2–5 digits), 市内局番 (1–4), 加入者番号 (4–5). */
function splitPhone(value: string | undefined, fail: Fail): Office["phone"] | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{2,5})-(\d{1,4})-(\d{4,5})$/.exec(value);
  if (!m) fail("phone", value, "電話番号は「03-5563-7662」の形（市外局番-市内局番-加入者番号をハイフンで区切る）で書いてください。");
  return m ? { area: m[1], city: m[2], subscriber: m[3] } : undefined;
}

/** FD通番 001–999 (a number is padded: 1 → 001). */
function serialOf(value: string | undefined, fail: Fail): string | undefined {
  if (value === undefined) return undefined;
  const n = /^\d{1,3}$/.test(value) ? Number(value) : 0;
  if (n < 1) fail("serial", value, "FD通番は 001〜999 の数字で書いてください（提出のたびに1つ進め、999の次は001）。");
  return n >= 1 ? String(n).padStart(3, "0") : undefined;
}

function sharoushiOf(code: string, name: string, fail: Fail): Office["sharoushi"] {
  if (!code && !name) return undefined;
  if (!code) fail("sharoushiCode", "", "社会保険労務士氏名があるときは、社会保険労務士コード（8桁）も書いてください。");
  if (!name) fail("sharoushiName", "", "社会保険労務士コードがあるときは、社会保険労務士氏名も書いてください。");
  return { code, name };
}
