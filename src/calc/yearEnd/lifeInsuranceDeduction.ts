import { forTaxYear, lifeInsuranceRules, lifeInsuranceYoungDependentRules } from "../law/yearEnd";
import { CalcError } from "../vocabulary/errors";
import { PremiumFormula } from "../law/data/yearEnd/insurancePremiums.data";
import { premiumDeduction } from "./brackets";

/** Premiums paid in the year (保険料控除申告書の支払保険料等), yen. */
export interface LifePremiums {
  newGeneral: number;
  oldGeneral: number;
  careMedical: number;
  newPension: number;
  oldPension: number;
}

/** One category: 新だけ / 旧だけ / 両方 (新+旧, 上限 — or 旧だけの額 when larger; 所得税法第76条第1項第3号). */
function category(newPaid: number, oldPaid: number, newFormula: PremiumFormula, oldFormula: PremiumFormula, cap: number): number {
  const n = premiumDeduction(newFormula, newPaid);
  const o = premiumDeduction(oldFormula, oldPaid);
  if (newPaid > 0 && oldPaid > 0) return Math.max(o, Math.min(n + o, cap));
  return n + o;
}

/**
 * 生命保険料控除 (所得税法第76条): 一般の生命保険料, 介護医療保険料 (新契約のみ) and 個人年金保険料 each by the
 * formula of its contract (新: 2万/4万/8万円, 上限4万円; 旧: 2.5万/5万/10万円, 上限5万円; 1円未満切上げ), at most
 * 12万円 in total. 令和8年分に限り, with a 23歳未満の扶養親族 the 一般 (新) category follows the special table
 * (上限6万円); that needs the year.
 * @example lifeInsuranceDeduction({ premiums: { newGeneral: 100_000, careMedical: 100_000, newPension: 100_000, … } }) // 120,000
 */
export function lifeInsuranceDeduction(a: { premiums: LifePremiums; youngDependent?: boolean; year?: number }): number {
  const r = lifeInsuranceRules.value;
  let generalNew = r.newContract;
  let generalCap = r.newAndOldCap;
  if (a.youngDependent) {
    if (a.year === undefined) {
      throw new CalcError("#VALUE!", "23歳未満の扶養親族がある場合の生命保険料控除は年分によって異なります。年（year）を指定してください。");
    }
    const special = forTaxYear(lifeInsuranceYoungDependentRules, a.year);
    if (special) {
      generalNew = special.newContract;
      generalCap = special.newAndOldCap;
    }
  }
  const p = a.premiums;
  const general = category(p.newGeneral, p.oldGeneral, generalNew, r.oldContract, generalCap);
  const care = premiumDeduction(r.newContract, p.careMedical);
  const pension = category(p.newPension, p.oldPension, r.newContract, r.oldContract, r.newAndOldCap);
  return Math.min(general + care + pension, r.totalCap);
}
