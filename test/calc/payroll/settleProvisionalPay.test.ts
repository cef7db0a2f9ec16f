/**
 * 精算 of a provisional month. Figures are hand-made and written as the arithmetic: what was paid (前月同額 of the
 * net pay) against the true month, carried into next month's pay as 「前月精算（支給）」 or 「前月精算（控除）」.
 */
import { settleProvisionalPay, SETTLEMENT_DEDUCTION, SETTLEMENT_PAY } from "../../../src/calc/payroll/settleProvisionalPay";

const provisional = [
  { employeeId: "0001", net: 263_155 }, // 勤怠 changed: 10 hours of overtime that the provisional pay did not have
  { employeeId: "0002", net: 241_000 }, // paid the same as the true month
  { employeeId: "0003", net: 198_400 }, // left during the month: the true month pays less
  { employeeId: "0004", net: 300_000 }, // left before the month: no true pay at all
];
const actual = [
  { employeeId: "0001", net: 263_155 + 18_750 }, // 10h × 1,500円 × 1.25 = 18,750 more (before its premiums and tax)
  { employeeId: "0002", net: 241_000 },
  { employeeId: "0003", net: 120_000 },
  { employeeId: "0005", net: 150_000 }, // joined: not in last month's file, so nothing was paid on payday
];

describe("settleProvisionalPay", () => {
  const result = settleProvisionalPay({ provisional, actual, nextNet: new Map([["0003", 0], ["0004", 0]]) });
  const byId = new Map(result.map((r) => [r.employeeId, r]));

  test("every employee of either side, provisional order first, newcomers after", () => {
    expect(result.map((r) => r.employeeId)).toEqual(["0001", "0002", "0003", "0004", "0005"]);
  });

  test.each([
    ["0001 勤怠が変わった: 18,750 不足 → 支給", "0001", 263_155, 281_905, 18_750, SETTLEMENT_PAY, 18_750],
    ["0002 同額: 精算なし", "0002", 241_000, 241_000, 0, undefined, undefined],
    ["0003 月中退職: 198,400 − 120,000 = 78,400 過払い → 控除", "0003", 198_400, 120_000, -78_400, SETTLEMENT_DEDUCTION, 78_400],
    ["0004 前月に退職済み: 300,000 全額が過払い", "0004", 300_000, 0, -300_000, SETTLEMENT_DEDUCTION, 300_000],
    ["0005 入社: 150,000 を支給", "0005", 0, 150_000, 150_000, SETTLEMENT_PAY, 150_000],
  ] as const)("%s", (_n, id, paid, actualNet, difference, label, amount) => {
    const s = byId.get(id)!;
    expect({ provisional: s.provisional, actualNet: s.actualNet, difference: s.difference, label: s.adjustment?.label, amount: s.adjustment?.amount })
      .toEqual({ provisional: paid, actualNet, difference, label, amount });
  });

  test("the reason names both amounts", () => {
    expect(byId.get("0003")!.adjustment!.reason).toBe("仮払い 198,400円、確定した差引支給額 120,000円の差額（過払い）です。");
  });

  test("an overpayment larger than next month's net pay is flagged, not silently carried", () => {
    expect(byId.get("0003")!.warnings.join("")).toMatch(/過払い 78,400円が翌月の差引支給額 0円を超えます/);
    expect(byId.get("0001")!.warnings).toEqual([]);
  });

  test("a payee missing from the true month, and a newcomer who was not paid on payday, are told", () => {
    expect(byId.get("0004")!.warnings[0]).toMatch(/確定した給与の結果にこの社員番号がありません/);
    expect(byId.get("0005")!.warnings[0]).toMatch(/仮払いをしていません/);
  });
});

test("item by item where both sides have the item (前月同額 from the vendor's results)", () => {
  const [s] = settleProvisionalPay({
    provisional: [{ employeeId: "1", net: 250_000, items: { gross: 300_000, incomeTax: 6_750, health: 14_775 } }],
    actual: [{ employeeId: "1", net: 262_000, items: { gross: 315_000, incomeTax: 7_130, health: 14_775 } }],
  });
  expect(s.itemDifferences).toEqual([
    { item: "gross", label: "総支給額", provisional: 300_000, actual: 315_000, difference: 15_000 },
    { item: "health", label: "健康保険", provisional: 14_775, actual: 14_775, difference: 0 },
    { item: "incomeTax", label: "所得税", provisional: 6_750, actual: 7_130, difference: 380 },
  ]);
  expect(s.adjustment).toEqual({ label: SETTLEMENT_PAY, amount: 12_000, reason: "仮払い 250,000円、確定した差引支給額 262,000円の差額（不足）です。" });
});
