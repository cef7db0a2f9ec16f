/**
 * Payslips printed from the page (the plain browser has no 給与明細 sheet to print from): hidden on screen,
 * and on paper the only thing printed — A4, two slips a page, each slip kept whole.
 */
import { Button, Caption1, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import type { PayrollLine } from "../../calc/payroll/types";

export interface PayslipView {
  id: string;
  name: string;
  line: PayrollLine;
}

const usePrintRules = makeStaticStyles(`
@media print {
  @page { size: A4 portrait; margin: 10mm; }
  body * { visibility: hidden; }
  .sonae-payslips, .sonae-payslips * { visibility: visible; }
  .sonae-payslips { position: absolute; left: 0; top: 0; width: 100%; display: block !important; }
}
`);

const useStyles = makeStyles({
  sheet: { display: "none" },
  slip: {
    boxSizing: "border-box",
    height: "136mm",
    padding: "8mm",
    border: "1px solid #000",
    marginBottom: "5mm",
    breakInside: "avoid",
    fontSize: "11pt",
    color: "#000",
  },
  pageEnd: { breakAfter: "page" },
  table: { width: "100%", borderCollapse: "collapse", marginTop: "4mm" },
  amount: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  net: { fontWeight: "bold", borderTop: "1px solid #000" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const yen = (n: number) => `${n < 0 ? "−" : ""}${String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}円`;

const ITEMS: [keyof PayrollLine, string][] = [
  ["gross", "総支給額"], ["health", "健康保険"], ["care", "介護保険"], ["childSupport", "子ども・子育て支援金"], ["pension", "厚生年金"],
  ["employment", "雇用保険"], ["incomeTax", "所得税"], ["residentTax", "住民税"],
];

export function PayslipPrint(p: { slips: PayslipView[]; title: string; company: string }) {
  usePrintRules();
  const s = useStyles();
  return (
    <>
      <div className={s.row}>
        <Button disabled={p.slips.length === 0} onClick={() => window.print()}>
          給与明細を印刷（{p.slips.length}人・A4 に 2人ずつ）
        </Button>
        <Caption1>ブラウザの印刷画面で「PDF に保存」も選べます。</Caption1>
      </div>
      <div className={`sonae-payslips ${s.sheet}`} aria-hidden="true">
        {p.slips.map((slip, i) => (
          <section key={slip.id} className={i % 2 === 1 ? `${s.slip} ${s.pageEnd}` : s.slip}>
            <div>{p.company} {p.title}</div>
            <div>社員番号 {slip.id}　{slip.name} 様</div>
            <table className={s.table}>
              <tbody>
                {ITEMS.map(([k, label]) => (
                  <tr key={k}>
                    <td>{label}</td>
                    <td className={s.amount}>{yen(slip.line[k] as number)}</td>
                  </tr>
                ))}
                <tr className={s.net}>
                  <td>差引支給額</td>
                  <td className={s.amount}>{yen(slip.line.net)}</td>
                </tr>
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </>
  );
}
