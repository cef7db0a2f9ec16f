/**
 * 扶養控除, 障害者・寡婦・ひとり親・勤労学生控除, 所得金額調整控除, 生命保険料控除, 地震保険料控除: the amounts,
 * every bracket edge and every cap. Expected values are the law's arithmetic, written out (所得税法第76条・第77条・
 * 第79条〜第84条, 租税特別措置法第41条の3の3; 国税庁 年末調整のしかた: 保険料控除の1円未満は切上げ).
 */
import { call, callError } from "../../support/formula";
import { personalDeductions } from "../../../src/calc/yearEnd/personalDeductions";
import { lifeInsuranceDeduction } from "../../../src/calc/yearEnd/lifeInsuranceDeduction";
import { lifeInsuranceYoungDependentRules } from "../../../src/calc/law/yearEnd";
import { pastHorizon } from "../../support/lawHorizon";

describe("扶養控除 (一般38万・特定63万・老人48万・同居老親等58万, 両年とも)", () => {
  const cases: [number, number, number, number, number, number][] = [
    [2025, 1, 0, 0, 0, 380_000],
    [2026, 0, 1, 0, 0, 630_000],
    [2026, 0, 0, 1, 0, 480_000],
    [2026, 0, 0, 0, 1, 580_000],
    [2026, 2, 1, 1, 1, 2 * 380_000 + 630_000 + 480_000 + 580_000],
    [2026, 0, 0, 0, 0, 0],
  ];
  test.each(cases)("%d年分 一般%d 特定%d 老人%d 同居老親等%d → %d", (year, g, s, e, p, amount) => {
    expect(call("YE_DEPENDENT_DEDUCTION", g, s, e, p, year)).toBe(amount);
  });
  test("a negative or fractional count is #VALUE!", () => {
    expect(callError("YE_DEPENDENT_DEDUCTION", -1, 0, 0, 0, 2026).code).toBe("#VALUE!");
    expect(callError("YE_DEPENDENT_DEDUCTION", 1.5, 0, 0, 0, 2026).code).toBe("#VALUE!");
  });
});

describe("障害者・寡婦・ひとり親・勤労学生控除 and their income limits", () => {
  const none = { disabled: 0, speciallyDisabled: 0, speciallyDisabledCohabiting: 0, widow: false, singleParent: false, workingStudent: false };
  const cases: [string, number, Partial<typeof none>, number, number, number][] = [
    ["障害者 2人", 2026, { disabled: 2 }, 3_000_000, 0, 2 * 270_000],
    ["特別障害者", 2026, { speciallyDisabled: 1 }, 3_000_000, 0, 400_000],
    ["同居特別障害者", 2025, { speciallyDisabledCohabiting: 1 }, 3_000_000, 0, 750_000],
    ["寡婦 500万円以下", 2026, { widow: true }, 5_000_000, 0, 270_000],
    ["寡婦 500万円超", 2026, { widow: true }, 5_000_001, 0, 0],
    ["ひとり親 500万円以下", 2026, { singleParent: true }, 5_000_000, 0, 350_000],
    ["ひとり親 500万円超", 2025, { singleParent: true }, 5_000_001, 0, 0],
    ["ひとり親と寡婦: ひとり親のみ", 2026, { singleParent: true, widow: true }, 3_000_000, 0, 350_000],
    ["勤労学生 R7 85万円以下", 2025, { workingStudent: true }, 850_000, 0, 270_000],
    ["勤労学生 R7 85万円超", 2025, { workingStudent: true }, 850_001, 0, 0],
    ["勤労学生 R8 89万円以下", 2026, { workingStudent: true }, 890_000, 0, 270_000],
    ["勤労学生 R8 89万円超", 2026, { workingStudent: true }, 890_001, 0, 0],
    ["勤労学生 給与以外の所得 10万円以下", 2026, { workingStudent: true }, 500_000, 100_000, 270_000],
    ["勤労学生 給与以外の所得 10万円超", 2026, { workingStudent: true }, 500_000, 100_001, 0],
  ];
  test.each(cases)("%s (%d年分)", (_name, year, status, totalIncome, otherIncome, amount) => {
    const r = personalDeductions({ status: { ...none, ...status }, totalIncome, otherIncome, year });
    expect(r.total).toBe(amount);
    if (amount === 0) expect(r.notes.length).toBeGreaterThan(0);
  });
});

describe("所得金額調整控除: (収入 (上限1,000万) − 850万) × 10%, 1円未満切上げ, 最高15万円", () => {
  const cases: [number, boolean, number][] = [
    [8_500_000, true, 0],
    [8_500_001, true, Math.ceil(1 / 10)],
    [8_500_010, true, 1],
    [8_500_011, true, Math.ceil(11 / 10)],
    [8_970_000, true, (8_970_000 - 8_500_000) / 10],
    [10_000_000, true, (10_000_000 - 8_500_000) / 10],
    [10_000_001, true, 150_000],
    [20_000_000, true, 150_000],
    [9_000_000, false, 0],
  ];
  test.each(cases)("給与 %d 対象=%s → %d", (salary, eligible, amount) => {
    expect(call("YE_INCOME_ADJUSTMENT", salary, eligible)).toBe(amount);
  });
});

describe("生命保険料控除: every bracket edge of each formula (1円未満切上げ)", () => {
  // [name, [newGeneral, oldGeneral, careMedical, newPension, oldPension], expected]
  const cases: [string, number[], number][] = [
    ["新 20,000 全額", [20_000, 0, 0, 0, 0], 20_000],
    ["新 20,001 ×1/2+10,000", [20_001, 0, 0, 0, 0], Math.ceil(20_001 / 2) + 10_000],
    ["新 40,000", [40_000, 0, 0, 0, 0], 40_000 / 2 + 10_000],
    ["新 40,001 ×1/4+20,000", [40_001, 0, 0, 0, 0], Math.ceil(40_001 / 4) + 20_000],
    ["新 80,000", [80_000, 0, 0, 0, 0], 80_000 / 4 + 20_000],
    ["新 80,001 上限", [80_001, 0, 0, 0, 0], 40_000],
    ["旧 25,000 全額", [0, 25_000, 0, 0, 0], 25_000],
    ["旧 25,001 ×1/2+12,500", [0, 25_001, 0, 0, 0], Math.ceil(25_001 / 2) + 12_500],
    ["旧 50,000", [0, 50_000, 0, 0, 0], 50_000 / 2 + 12_500],
    ["旧 50,001 ×1/4+25,000", [0, 50_001, 0, 0, 0], Math.ceil(50_001 / 4) + 25_000],
    ["旧 100,000", [0, 100_000, 0, 0, 0], 100_000 / 4 + 25_000],
    ["旧 100,001 上限", [0, 100_001, 0, 0, 0], 50_000],
    ["介護医療 80,001 上限", [0, 0, 80_001, 0, 0], 40_000],
    ["個人年金 新 30,000", [0, 0, 0, 30_000, 0], 30_000 / 2 + 10_000],
    ["個人年金 旧 60,000", [0, 0, 0, 0, 60_000], 60_000 / 4 + 25_000],
    ["新旧両方: 合計 (上限4万)", [10_000, 10_000, 0, 0, 0], 10_000 + 10_000],
    ["新旧両方: 合計が4万を超える", [30_000, 30_000, 0, 0, 0], 40_000],
    ["新旧両方: 旧だけの額 (5万) が有利", [10_000, 120_000, 0, 0, 0], 50_000],
    ["個人年金 新旧両方: 旧だけ 45,000 が有利", [0, 0, 0, 10_000, 80_000], 80_000 / 4 + 25_000],
    ["合計上限 12万円", [100_000, 0, 100_000, 100_000, 0], 120_000],
    ["合計上限: 旧5万+4万+5万 → 12万", [0, 200_000, 100_000, 0, 200_000], 120_000],
  ];
  test.each(cases)("%s: %j → %d", (_name, premiums, expected) => {
    expect(call("YE_LIFE_INSURANCE_DEDUCTION", ...premiums)).toBe(expected);
  });
  test("omitted categories are 0; a blank first argument is a blank row", () => {
    expect(call("YE_LIFE_INSURANCE_DEDUCTION", 50_000)).toBe(Math.ceil(50_000 / 4) + 20_000);
    expect(call("YE_LIFE_INSURANCE_DEDUCTION", "", 50_000)).toBe("");
  });
});

describe("生命保険料控除 令和8年分の特例 (23歳未満の扶養親族: 一般 (新) 3万/6万/12万円, 上限6万円)", () => {
  const cases: [string, number, number[], boolean, number][] = [
    ["R8 特例 30,000 全額", 2026, [30_000, 0], true, 30_000],
    ["R8 特例 30,001 ×1/2+15,000", 2026, [30_001, 0], true, Math.ceil(30_001 / 2) + 15_000],
    ["R8 特例 60,000", 2026, [60_000, 0], true, 60_000 / 2 + 15_000],
    ["R8 特例 60,001 ×1/4+30,000", 2026, [60_001, 0], true, Math.ceil(60_001 / 4) + 30_000],
    ["R8 特例 120,000", 2026, [120_000, 0], true, 120_000 / 4 + 30_000],
    ["R8 特例 120,001 上限6万", 2026, [120_001, 0], true, 60_000],
    ["R8 特例 新旧合計 上限6万", 2026, [60_000, 60_000], true, 60_000],
    ["R8 特例なし (扶養親族なし)", 2026, [120_001, 0], false, 40_000],
    ["R7 には特例なし", 2025, [120_001, 0], true, 40_000],
  ];
  test.each(cases)("%s", (_name, year, [n, o], young, expected) => {
    expect(lifeInsuranceDeduction({ premiums: { newGeneral: n, oldGeneral: o, careMedical: 0, newPension: 0, oldPension: 0 }, youngDependent: young, year })).toBe(expected);
    expect(call("YE_LIFE_INSURANCE_DEDUCTION", n, o, 0, 0, 0, young, year)).toBe(expected);
  });
  test("the special rule needs the year; the year after the data is not settled", () => {
    expect(callError("YE_LIFE_INSURANCE_DEDUCTION", 100_000, 0, 0, 0, 0, true).message).toContain("年（year）を指定");
    expect(callError("YE_LIFE_INSURANCE_DEDUCTION", 100_000, 0, 0, 0, 0, true, pastHorizon(lifeInsuranceYoungDependentRules).year).code).toBe("#N/A");
  });
  test("the total cap of 12万円 is unchanged", () => {
    expect(call("YE_LIFE_INSURANCE_DEDUCTION", 200_000, 0, 100_000, 100_000, 0, true, 2026)).toBe(120_000);
  });
});

describe("地震保険料控除: 地震 全額 (上限5万), 旧長期 1万/2万円 (上限1.5万), 合計上限5万 (1円未満切上げ)", () => {
  const cases: [number, number, number][] = [
    [50_000, 0, 50_000],
    [50_001, 0, 50_000],
    [0, 10_000, 10_000],
    [0, 10_001, Math.ceil(10_001 / 2) + 5_000],
    [0, 20_000, 20_000 / 2 + 5_000],
    [0, 20_001, 15_000],
    [40_000, 20_001, 50_000],
    [30_000, 15_000, 30_000 + 15_000 / 2 + 5_000],
  ];
  test.each(cases)("地震 %d 旧長期 %d → %d", (quake, old, amount) => {
    expect(call("YE_EARTHQUAKE_DEDUCTION", quake, old)).toBe(amount);
  });
});
