/** The words that choose a scheme, a share, a business type or a worker type, in English or as staff write them. */
import { invalid } from "./errors";
import { foldText, Parser } from "./parser";
import { Part, Scheme } from "../socialInsurance/types";
import { BusinessType } from "../law/employmentInsurance";
import { WorkerType } from "../socialInsurance/teijiKettei";

function keyword<T extends string>(table: Record<string, T>, allowed: string): Parser<T> {
  const folded = new Map(Object.entries(table).map(([word, value]) => [word.toLowerCase(), value]));
  return (raw, label) => {
    const value = typeof raw === "string" ? folded.get(foldText(raw).toLowerCase()) : undefined;
    if (value === undefined) throw invalid(label, raw, allowed);
    return value;
  };
}

export const scheme = keyword<Scheme>(
  { health: "health", pension: "pension", 健康保険: "health", 健保: "health", 厚生年金: "pension", 厚生年金保険: "pension", 厚年: "pension" },
  "\"health\"（健康保険・健保）または \"pension\"（厚生年金・厚年）で指定してください。",
);

export const part = keyword<Part>(
  { employee: "employee", half: "half", total: "total", employer: "employer", 本人: "employee", 被保険者: "employee", 従業員: "employee", 折半: "half", 合計: "total", 総額: "total", 事業主: "employer", 会社: "employer" },
  "\"employee\"（給与から控除する本人負担）、\"half\"（折半額）、\"total\"（総額）、\"employer\"（事業主負担）のいずれかです。",
);

export const businessType = keyword<BusinessType>(
  { general: "general", agriculture: "agriculture", construction: "construction", 一般: "general", 一般の事業: "general", "農林水産・清酒製造": "agriculture", "農林水産・清酒製造の事業": "agriculture", 農林水産: "agriculture", 清酒製造: "agriculture", 建設: "construction", 建設の事業: "construction" },
  "\"general\"（一般）、\"agriculture\"（農林水産・清酒製造）、\"construction\"（建設）のいずれかです。",
);

export const workerType = keyword<WorkerType>(
  { general: "general", short: "short", specified: "specified", 一般: "general", 短時間就労者: "short", パート: "short", 特定適用: "specified", 短時間労働者: "specified", 特定適用事業所の短時間労働者: "specified" },
  "\"general\"（一般・17日）、\"short\"（短時間就労者・17日/15日）、\"specified\"（特定適用事業所等の短時間労働者・11日）のいずれかです。",
);
