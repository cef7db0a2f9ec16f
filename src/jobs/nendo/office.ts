/**
 * OFFICE.json of the 年度更新: the office's facts printed on last year's 申告書 — 労災保険率 and 事業の種類
 * (they are the office's own, not in Sonae's law data), optionally the 労働保険番号 and the name. Read
 * strictly: an unknown key, a missing field or a bad value is a problem naming the field and the value.
 */
import { Ppm, ppmFromPermille } from "../../calc/money/rate";
import { JobProblem } from "../problem";

/** The office's facts printed on last year's 申告書 (OFFICE.json). */
export interface NendoOffice {
  /** 労災保険率 (千分率), e.g. 3 for その他の各種事業. */
  rosaiRatePermille: number;
  /** 事業の種類 (労災保険率表の番号), e.g. "94". */
  rosaiBusinessType: string;
  /** 翌年度の労災保険率 when it is revised (例年3年ごと); else this year's is used for the 概算. */
  nextRosaiRatePermille?: number;
  /** 労働保険番号 (府県・所掌・管轄・基幹番号・枝番号, 14 digits), printed on the 申告書. */
  laborInsuranceNumber?: string;
  /** 事業の名称. */
  name?: string;
  /** 申告済概算保険料額: the 概算保険料額 declared on last year's 申告書 (円), for the 差引額. */
  declaredEstimate?: number;
}

const LABELS: Record<keyof NendoOffice, string> = {
  rosaiRatePermille: "労災保険率",
  rosaiBusinessType: "事業の種類",
  nextRosaiRatePermille: "翌年度の労災保険率",
  laborInsuranceNumber: "労働保険番号",
  name: "事業の名称",
  declaredEstimate: "申告済概算保険料額",
};

/** The 届書's keys (templates/office.json): one file may describe the office for both, so they are let through. */
const TODOKE_KEYS = ["prefectureCode", "cityCode", "officeSymbol", "officeNumber", "postalCode", "address", "ownerName", "phone", "serial", "sharoushiCode", "sharoushiName"];

const officeProblem = (key: string, value: unknown, message: string): JobProblem => ({
  row: 0, column: key in LABELS ? `${key}（${LABELS[key as keyof NendoOffice]}）` : key, value: typeof value === "string" ? value : JSON.stringify(value) ?? "", message, severity: "error",
});

function rateOf(value: unknown, column: string): Ppm | JobProblem {
  const problem = officeProblem(column, value, "労災保険率を千分率の数値で書いてください（その他の各種事業なら 3。申告書の「労災保険率」欄の値）。");
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value >= 1000) return problem;
  try {
    return ppmFromPermille(String(value));
  } catch {
    return problem;
  }
}

/** The office's rates as ppm, or the problem that names the setting. */
export function readOffice(o: NendoOffice): { rosaiRate: Ppm; nextRosaiRate: Ppm } | { problem: JobProblem } {
  const rosaiRate = rateOf(o.rosaiRatePermille, "rosaiRatePermille");
  if (typeof rosaiRate !== "number") return { problem: rosaiRate };
  if (o.nextRosaiRatePermille === undefined) return { rosaiRate, nextRosaiRate: rosaiRate };
  const nextRosaiRate = rateOf(o.nextRosaiRatePermille, "nextRosaiRatePermille");
  return typeof nextRosaiRate === "number" ? { rosaiRate, nextRosaiRate } : { problem: nextRosaiRate };
}

/** 申告済概算保険料額: a whole number of yen, 0 or more (a 0 is a real declaration, e.g. a new office's). */
function declaredEstimateOf(raw: Record<string, unknown>, problems: JobProblem[]): Pick<NendoOffice, "declaredEstimate"> {
  const v = raw.declaredEstimate;
  if (v === undefined || v === null) return {};
  if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0) return { declaredEstimate: v };
  problems.push(officeProblem("declaredEstimate", v, "申告済概算保険料額は前年度の申告書の概算保険料額を円の整数で書いてください（220987 など。カンマや「円」は付けません）。"));
  return {};
}

function textFields(raw: Record<string, unknown>, problems: JobProblem[]): Pick<NendoOffice, "rosaiBusinessType" | "laborInsuranceNumber" | "name"> {
  const type = typeof raw.rosaiBusinessType === "number" ? String(raw.rosaiBusinessType) : raw.rosaiBusinessType;
  if (typeof type !== "string" || !/^\d{2}$/.test(type.trim())) problems.push(officeProblem("rosaiBusinessType", raw.rosaiBusinessType ?? "", "事業の種類は労災保険率表の番号 2 桁で書いてください（その他の各種事業なら \"94\"。申告書の「事業の種類」欄）。"));
  const out: Pick<NendoOffice, "rosaiBusinessType" | "laborInsuranceNumber" | "name"> = { rosaiBusinessType: typeof type === "string" ? type.trim() : "" };
  const number = raw.laborInsuranceNumber;
  if (number !== undefined && number !== "") {
    if (typeof number === "string" && /^\d{14}$/.test(number.replace(/[-\s]/g, ""))) out.laborInsuranceNumber = number.trim();
    else problems.push(officeProblem("laborInsuranceNumber", number, "労働保険番号は 府県・所掌・管轄・基幹番号・枝番号 の 14 桁で書いてください（\"13-1-01-123456-000\"）。"));
  }
  if (raw.name !== undefined) {
    if (typeof raw.name === "string") out.name = raw.name.trim();
    else problems.push(officeProblem("name", raw.name, "事業の名称は文字列で書いてください。"));
  }
  return out;
}

/**
 * OFFICE.json (its text, or the parsed value) → the office, or every problem (the office is undefined while any remains).
 * @example parseNendoOffice('{"rosaiRatePermille": 3, "rosaiBusinessType": "94"}') // { office: { rosaiRatePermille: 3, rosaiBusinessType: "94" }, problems: [] }
 */
export function parseNendoOffice(input: string | unknown): { office?: NendoOffice; problems: JobProblem[] } {
  let raw: unknown = input;
  if (typeof input === "string") {
    try {
      raw = JSON.parse(input.replace(/^\uFEFF/, ""));
    } catch (e) {
      return { problems: [officeProblem("(JSON)", "", `JSON として読めません: ${(e as Error).message}`)] };
    }
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { problems: [officeProblem("(JSON)", "", "{ \"rosaiRatePermille\": 3, \"rosaiBusinessType\": \"94\" } の形のオブジェクトにしてください（templates/nendo-office.json）。")] };
  const o = raw as Record<string, unknown>;
  const problems: JobProblem[] = [];
  for (const key of Object.keys(o)) {
    if (!(key in LABELS) && !TODOKE_KEYS.includes(key)) problems.push(officeProblem(key, o[key], `知らない項目です。年度更新で使う項目: ${Object.keys(LABELS).join(", ")}`));
  }
  const rates: Record<string, unknown> = { rosaiRatePermille: o.rosaiRatePermille };
  if (o.nextRosaiRatePermille !== undefined) rates.nextRosaiRatePermille = o.nextRosaiRatePermille;
  for (const [key, value] of Object.entries(rates)) {
    const rate = rateOf(value ?? "", key);
    if (typeof rate !== "number") problems.push(rate);
  }
  const texts = textFields(o, problems);
  const declared = declaredEstimateOf(o, problems);
  if (problems.length > 0) return { problems };
  return { office: { ...(rates as Pick<NendoOffice, "rosaiRatePermille" | "nextRosaiRatePermille">), ...texts, ...declared }, problems };
}
