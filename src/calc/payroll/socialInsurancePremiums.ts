import { Day } from "../dates/calendar";
import type { LawContext } from "../law/lawContext";
import { healthInsurancePremium } from "../socialInsurance/healthInsurancePremium";
import { childSupportLevy } from "../socialInsurance/childSupportLevy";
import { childSupportShareWithHealth } from "../socialInsurance/childSupportShareWithHealth";
import { ChildSupportRounding } from "./types";
import { pensionPremium } from "../socialInsurance/pensionPremium";
import { Insurer } from "../socialInsurance/types";

export interface Premiums {
  health: number;
  care: number;
  childSupport: number;
  pension: number;
}

export const NO_PREMIUMS: Premiums = { health: 0, care: 0, childSupport: 0, pension: 0 };

/**
 * The insured's share of one month's (or one bonus's) premiums, deducted from pay. 健康保険料 and 介護保険料 are
 * rounded once on their sum, as the 保険料額表's column 「介護保険第2号被保険者に該当する場合」 does (健康保険法第
 * 156条第1項第1号: 一般保険料額と介護保険料額との合算額); the 介護 share shown is that sum less the 健康保険 share
 * alone. 子ども・子育て支援金 is levied on the 健康保険 standard amount (子ども・子育て支援法第71条の3), 厚生年金 on its
 * own (厚生年金保険法第81条). The 支援金 share is rounded together with the 健康保険料 by default (厚生労働省
 * 「子ども・子育て支援金に関するQ&A」, see childSupportShareWithHealth), or on its own where the office's system
 * does so (設定「支援金の端数処理」). A scheme with no standard amount (not insured), or not owed that month, is 0.
 * @example socialInsurancePremiums({ month: 2026-04, health: { standardAmount: 410_000, insurer: 東京, care: true }, pensionStandard: 410_000 }) // health 20,192 + care 3,321, 支援金 472, 厚年 37,515
 */
export function socialInsurancePremiums(a: {
  month: Day;
  health?: { standardAmount: number; insurer: Insurer; care: boolean };
  pensionStandard?: number;
  law?: LawContext;
  childSupportRounding?: ChildSupportRounding;
}): Premiums {
  let health = 0;
  let care = 0;
  let childSupport = 0;
  if (a.health !== undefined) {
    const base = { standardAmount: a.health.standardAmount, insurer: a.health.insurer, month: a.month, part: "employee" as const, law: a.law };
    health = healthInsurancePremium({ ...base, care: false });
    care = a.health.care ? healthInsurancePremium({ ...base, care: true }) - health : 0;
    childSupport =
      (a.childSupportRounding ?? "withHealth") === "withHealth"
        ? childSupportShareWithHealth({ ...base, care: a.health.care })
        : childSupportLevy(base);
  }
  const pension = a.pensionStandard === undefined ? 0 : pensionPremium({ standardAmount: a.pensionStandard, month: a.month, part: "employee" });
  return { health, care, childSupport, pension };
}

export function addPremiums(x: Premiums, y: Premiums): Premiums {
  return { health: x.health + y.health, care: x.care + y.care, childSupport: x.childSupport + y.childSupport, pension: x.pension + y.pension };
}
