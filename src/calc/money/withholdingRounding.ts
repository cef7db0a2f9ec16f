import { CalcError } from "../vocabulary/errors";

/**
 * floor(numerator / denominator) for integers, exactly (a float quotient can round up across an integer).
 * Both must be safe integers and the denominator positive.
 */
function floorDiv(numerator: number, denominator: number): number {
  let q = Math.floor(numerator / denominator);
  const r = numerator - q * denominator;
  if (r < 0) q -= 1;
  else if (r >= denominator) q += 1;
  if (!Number.isSafeInteger(q * denominator)) throw new CalcError("#NUM!", "金額が大きすぎて正確に計算できません。");
  return q;
}

/**
 * 源泉徴収税額の1円未満の端数は切り捨てる: 源泉徴収等による国税の確定金額は100円未満切捨て（国税通則法第119条
 * 第1項）の例外とされ、1円未満の端数を切り捨てる（国税通則法第118条・第119条, 同法施行令第40条; 解説: 税務研究会
 * 「確定金額の端数計算」— 源泉徴収による所得税は1円未満切捨て、月額表等の適用のあるものは同表の定めによる）.
 * 国税庁も報酬・料金（タックスアンサー No.2795「求めた税額に1円未満の端数があるときは、これを切り捨てます」）と
 * 賞与（No.2523）で同じ扱いを示す.
 *
 * This is the rounding of the 税額表's 算式行 (740,000円以上 etc.: 「…の税額に…を超える金額の20.42%に相当する
 * 金額を加算した金額」), of 乙欄 3.063%, and of 賞与 × 算出率. The 税額表 itself states an exact amount and no
 * 10円 rounding; 10円未満四捨五入 belongs to the 電算機計算の特例 (財務省告示), a different method.
 * @example truncateBelowOneYen(84_238_300_000, 1_000_000) // 84,238.3 → 84,238
 */
export function truncateBelowOneYen(numerator: number, denominator: number): number {
  return floorDiv(numerator, denominator);
}

/**
 * 電算機計算の特例 第1表: 給与所得控除の額に1円未満の端数があるときは切り上げる（財務省告示 平成24年第116号）.
 * @example roundUpToYen(52_800_300_000, 1_000_000) // 52,800.3 → 52,801
 */
export function roundUpToYen(numerator: number, denominator: number): number {
  return -floorDiv(-numerator, denominator);
}

/**
 * 電算機計算の特例の税額: 10円未満の端数を四捨五入する（財務省告示 平成24年第116号 本文）.
 * @example roundHalfUpToTenYen(52_282_493_000, 1_000_000) // 52,282.493 → 52,280
 */
export function roundHalfUpToTenYen(numerator: number, denominator: number): number {
  return floorDiv(numerator + 5 * denominator, 10 * denominator) * 10;
}
