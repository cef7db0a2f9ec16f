/**
 * Normalisers for the master's keyword fields: 給与形態, 税区分, 介護, 雇用保険, 預金種目, 健康保険, and
 * the 標準報酬月額 (which must be an amount of the grade tables). Each accepts the words payroll systems
 * export and answers with what is allowed when it cannot read a value.
 */
import * as A from "../calc/vocabulary";
import { PREFECTURES, healthGradeTable, pensionGradeTable } from "../calc/law/socialInsurance";
import { Ppm } from "../calc/money/rate";
import { AccountType, EmploymentInsuranceType, PayType, TaxColumn } from "../calc/payroll/employee";
import { allowedOf, fold, Normalized, Normalizer, normalizeYen } from "./normalize";

/** Keys compared after NFKC, without spaces and brackets' contents kept, case-insensitive. */
function key(text: string): string {
  return fold(text).replace(/\s+/g, "").toLowerCase();
}

function keywords<T>(table: Record<string, T>, allowed: string): Normalizer<T> {
  const map = new Map(Object.entries(table).map(([k, v]) => [key(k), v]));
  return (text) => {
    // Most cells are already in their key form ("月給"): look them up before folding.
    const k = map.has(text) ? text : key(text);
    return map.has(k) ? { value: map.get(k) as T } : { error: allowed };
  };
}

export const normalizePayType = keywords<PayType>(
  {
    月給: "monthly", 月給制: "monthly", 月額: "monthly", 月給者: "monthly", 日給月給: "monthly", 日給月給制: "monthly", 月給日給: "monthly", 完全月給: "monthly", monthly: "monthly",
    日給: "daily", 日給制: "daily", 日額: "daily", 日給者: "daily", daily: "daily",
    時給: "hourly", 時給制: "hourly", 時間給: "hourly", 時間額: "hourly", 時給者: "hourly", hourly: "hourly",
  },
  "給与形態は「月給」「日給」「時給」のいずれかです（日給月給は月給として読みます）。",
);

const TAX_COLUMN = keywords<TaxColumn | "丙">(
  { 甲: "甲", 甲欄: "甲", 主たる給与: "甲", 乙: "乙", 乙欄: "乙", 従たる給与: "乙", 丙: "丙", 丙欄: "丙" },
  "税区分は「甲」（扶養控除等申告書の提出あり）か「乙」です。",
);

/** 税区分 (源泉徴収税額表の甲欄・乙欄; 所得税法第185条). 丙欄 (日雇い等) is outside the monthly payroll. */
export const normalizeTaxColumn: Normalizer<TaxColumn> = (text, c) => {
  const r = TAX_COLUMN(text, c);
  if ("error" in r) return r;
  if (r.value === "丙") return { error: "丙欄（日雇い・2か月以内の雇用）は月次の給与計算の対象外です。甲か乙を指定してください。" };
  return { value: r.value };
};

const YES = ["あり", "有", "有り", "対象", "該当", "はい", "する", "○", "〇", "1", "true", "yes"];
const NO = ["なし", "無", "無し", "対象外", "非該当", "いいえ", "しない", "×", "0", "false", "no"];

/** 介護: blank or 自動 = from the birth date (SI_CARE_APPLIES); あり/なし override it. Returns undefined for 自動. */
export const normalizeCare = keywords<boolean | undefined>(
  { ...Object.fromEntries(YES.map((w) => [w, true])), ...Object.fromEntries(NO.map((w) => [w, false])), 自動: undefined, auto: undefined },
  "介護は空欄か「自動」（生年月日から判定）、「あり」、「なし」のいずれかです。",
);

/**
 * 性別 for the 賃金台帳. A number code is refused rather than guessed: systems differ on which of 1 and 2 is 女.
 */
export const normalizeGender = keywords<"男" | "女">(
  { 男: "男", 男性: "男", m: "男", male: "男", 女: "女", 女性: "女", f: "女", female: "女" },
  "性別は「男」か「女」で書いてください（1・2 などの番号は、どちらの意味か分からないため読みません）。",
);

/**
 * ジョブカン給与 writes 雇用保険 as the 区分 of its 年度更新: 加入 is 「従業員(常用)」 or 「役員兼従業員」, not insured is
 * 「従業員(臨時)」 or 「役員または計算対象外」 (jobcan-payroll.zendesk.com 360006240413).
 */
const JOBCAN_INSURED = ["従業員(常用)", "役員兼従業員"];
const JOBCAN_NOT_INSURED = ["従業員(臨時)", "役員または計算対象外"];
const EMPLOYMENT_NONE = ["対象外", "なし", "無", "無し", "加入なし", "非加入", "未加入", "適用除外", "被保険者でない", "0", "false", "none", ...JOBCAN_NOT_INSURED];
const EMPLOYMENT_YES = ["あり", "有", "有り", "加入", "対象", "1", "true", ...JOBCAN_INSURED];
const EMPLOYMENT_ALLOWED = "雇用保険は事業区分「一般」「農林水産・清酒製造」「建設」か「対象外」です（「あり」は会社の事業区分）。";

/** 雇用保険: the 事業区分 (雇用保険法 / 労働保険徴収法第12条), 対象外, or あり = the company's 事業区分. */
const EMPLOYMENT_NONE_KEYS = new Set(EMPLOYMENT_NONE.map(key));
const EMPLOYMENT_YES_KEYS = new Set(EMPLOYMENT_YES.map(key));

export function normalizeEmploymentInsurance(companyDefault: EmploymentInsuranceType): Normalizer<EmploymentInsuranceType> {
  const none = EMPLOYMENT_NONE_KEYS;
  const yes = EMPLOYMENT_YES_KEYS;
  return (text) => {
    const k = key(text);
    if (none.has(k)) return { value: "none" };
    if (yes.has(k)) return { value: companyDefault };
    try {
      return { value: A.businessType(fold(text).replace(/\s+/g, "").replace(/の事業$/, ""), "") };
    } catch {
      return { error: EMPLOYMENT_ALLOWED };
    }
  };
}

const ACCOUNT_TYPE = keywords<AccountType>(
  { 普通: "1", 普通預金: "1", 普: "1", 総合: "1", 総合口座: "1", 1: "1", 当座: "2", 当座預金: "2", 当: "2", 2: "2", 貯蓄: "4", 貯蓄預金: "4", 貯: "4", 4: "4" },
  "預金種目は「普通」「当座」「貯蓄」か全銀のコード 1（普通）・2（当座）・4（貯蓄）です。",
);

/** 預金種目 in 全銀 codes (1 普通, 2 当座, 4 貯蓄). A "0" hints at a system that counts 0 = 普通. */
export const normalizeAccountType: Normalizer<AccountType> = (text, c) => {
  const r = ACCOUNT_TYPE(text, c);
  if ("error" in r && key(text) === "0") {
    return { error: `${r.error}「0」を普通とするシステム（社労夢など）の出力なら、列の対応付けで 0→1（普通）・1→2（当座）の変換を指定してください。` };
  }
  return r;
};

// ---- 健康保険 ----------------------------------------------------------------------------------

const PREFECTURE_NAMES = new Map(PREFECTURES.map(([code, name]) => [code, name]));

/** A prefecture ("東京", "東京都", "東京支部", JIS code "13") → its full name ("東京都"). */
export const normalizePrefecture: Normalizer<string> = (text) => {
  try {
    const ins = A.insurer(fold(text).replace(/\s+/g, ""), "");
    if (ins.kind === "kyoukai") return { value: PREFECTURE_NAMES.get(ins.prefectureCode) as string };
  } catch {
    // fall through
  }
  return { error: "都道府県名（「東京都」「東京」）か JIS コード（13）で指定してください。" };
};

/** 98,500 ppm → "9.85" (percent, exact). */
export function ppmToPercentText(ppm: Ppm): string {
  const whole = Math.floor(ppm / 10_000);
  const frac = String(ppm % 10_000).padStart(4, "0").replace(/0+$/, "");
  return frac ? `${whole}.${frac}` : String(whole);
}

/**
 * 健康保険: a 協会けんぽ branch ("協会けんぽ 東京支部", "東京", 13) → "東京都", or a 健康保険組合's rate
 * ("組合 9.5%", "0.095", "9.5%/1.8%" with its 介護 rate) → "9.5%" / "9.5%/1.8%": the insurer forms of SI_HEALTH.
 */
export const normalizeHealthInsurer: Normalizer<string> = (text) => {
  const t = fold(text)
    .replace(/\s+/g, "")
    .replace(/^(全国健康保険協会|協会けんぽ|協会)[:：]?/, "")
    .replace(/^[(（](.*)[)）]$/, "$1")
    .replace(/^.*(健康保険組合|健保組合|組合)[:：]?(?=[\d.]|$)/, "")
    .replace(/(?<=.)支部$/, "");
  if (t === "") return { error: "健康保険組合の料率（「9.5%」、介護分も「9.5%/1.8%」）を書いてください。組合名だけでは保険料を計算できません。" };
  try {
    const ins = A.insurer(t, "");
    if (ins.kind === "kyoukai") return { value: PREFECTURE_NAMES.get(ins.prefectureCode) as string };
    const health = `${ppmToPercentText(ins.healthRate)}%`;
    return { value: ins.careRate === undefined ? health : `${health}/${ppmToPercentText(ins.careRate)}%` };
  } catch (e) {
    return { error: allowedOf(e) };
  }
};

// ---- 標準報酬月額 ------------------------------------------------------------------------------

function amountsOf(table: typeof healthGradeTable): Set<number> {
  return new Set(table.spec.revisions.flatMap((r) => r.value.map((row) => row[1])));
}
const HEALTH_AMOUNTS = amountsOf(healthGradeTable);
const PENSION_AMOUNTS = amountsOf(pensionGradeTable);

/**
 * 標準報酬月額 (健康保険法第40条, 厚生年金保険法第20条): an amount of the grade table, not the 報酬月額.
 * Checked against every revision of the table: the month it is used in is checked by the payroll.
 */
export function normalizeStandardAmount(scheme: "health" | "pension"): Normalizer<number> {
  const amounts = scheme === "health" ? HEALTH_AMOUNTS : PENSION_AMOUNTS;
  const [low, high] = [Math.min(...amounts), Math.max(...amounts)];
  const table = scheme === "health" ? "健康保険" : "厚生年金保険";
  return (text, c): Normalized<number> => {
    const r = normalizeYen(text, c);
    if ("error" in r) return r;
    if (!amounts.has(r.value)) {
      return { error: `${table}の標準報酬月額等級表にない金額です（${low.toLocaleString("en-US")}〜${high.toLocaleString("en-US")}円の等級の金額）。報酬月額ではなく標準報酬月額を指定してください。` };
    }
    return r;
  };
}

/** 口座名義カナ: kept as written (the 全銀 writer converts it); a warning when it holds characters 全銀 cannot carry. */
export const normalizeHolderKana: Normalizer<string> = (text) => {
  const value = text.trim();
  const folded = fold(value);
  const ok = /^[\u30a0-\u30ff\u3041-\u3096\u309b\u309c\uff65-\uff9f A-Za-z0-9().\-/,'「」¥\\]*$/.test(folded);
  return ok ? { value } : { value, warning: "口座名義カナにカナ・英数字・記号（ ().-/ ）以外の文字（漢字など）があります。全銀データでは使えません。" };
};
