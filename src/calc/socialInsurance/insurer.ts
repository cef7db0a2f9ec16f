import { invalid } from "../vocabulary/errors";
import { PREFECTURES } from "../law/socialInsurance";
import { Ppm, ppmFromFraction } from "../money/rate";
import { Insurer } from "./types";

/**
 * Reading an insurer as staff write it: a 協会けんぽ branch by prefecture name ("東京都", "東京", "東京都支部")
 * or JIS code (13, "13"), or a 健康保険組合 by its own rates ("9.5%" or the same as a fraction, with 介護: "9.27%/1.8%").
 * One reader for the formulas, the import and the payroll, so they cannot disagree.
 */

const PREFECTURE_BY_NAME = new Map<string, number>();
for (const [code, name] of PREFECTURES) {
  PREFECTURE_BY_NAME.set(name, code);
  PREFECTURE_BY_NAME.set(name === "北海道" ? name : name.replace(/[都府県]$/, ""), code);
  PREFECTURE_BY_NAME.set(`${name}支部`, code);
}
/** NFKC folds full-width digits and signs (９．５％ → 9.5%). */
function text(raw: string): string {
  return raw.normalize("NFKC").trim();
}

const PERCENT = /^(\d+(?:\.\d+)?)%$/;

function societyRate(t: string): Ppm | undefined {
  const m = PERCENT.exec(t);
  const fraction = m ? Number(m[1]) / 100 : /^0?\.\d+$/.test(t) ? Number(t) : undefined;
  if (fraction === undefined || fraction <= 0 || fraction >= 0.3) return undefined;
  return m ? percentToPpm(m[1]) : ppmFromFraction(fraction);
}

function percentToPpm(percent: string): Ppm | undefined {
  const [i, f = ""] = percent.split(".");
  if (f.length > 4) return undefined;
  return Number(i) * 10_000 + Number(f.padEnd(4, "0"));
}

const INSURER_ALLOWED =
  "協会けんぽの都道府県（\"東京都\"・\"東京\"・JISコード 13）か、健康保険組合の料率（\"9.5%\" または小数、介護分も使うときは \"9.5%/1.8%\"）で指定してください。";

export function readInsurer(raw: unknown, label: string): Insurer {
  if (typeof raw === "number") {
    if (Number.isInteger(raw) && raw >= 1 && raw <= 47) return { kind: "kyoukai", prefectureCode: raw };
    const ppm = raw > 0 && raw < 0.3 ? ppmFromFraction(raw) : undefined;
    if (ppm !== undefined) return { kind: "society", healthRate: ppm };
    throw invalid(label, raw, INSURER_ALLOWED);
  }
  if (typeof raw === "string") {
    const t = text(raw).replace(/\s+/g, "");
    const byName = PREFECTURE_BY_NAME.get(t);
    if (byName) return { kind: "kyoukai", prefectureCode: byName };
    if (/^\d{1,2}$/.test(t) && Number(t) >= 1 && Number(t) <= 47) return { kind: "kyoukai", prefectureCode: Number(t) };
    const [h, c, extra] = t.split("/");
    const health = societyRate(h);
    const care = c === undefined ? undefined : societyRate(c);
    if (health !== undefined && extra === undefined && (c === undefined || care !== undefined)) {
      return { kind: "society", healthRate: health, careRate: care };
    }
  }
  throw invalid(label, raw, INSURER_ALLOWED);
}

