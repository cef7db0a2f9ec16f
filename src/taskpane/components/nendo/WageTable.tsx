/**
 * The 算定基礎賃金集計表 as a narrow table that fits a 350 px pane: a row per month (4月〜3月, by 賃金締切日) and
 * per bonus month, the wages and the number paid for 労災保険・一般拠出金 (all workers) and 雇用保険 (its
 * 被保険者), then the totals and the 算定基礎額. The columns by worker category are in the .xlsx.
 */
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { TableCell, TableRowView } from "../../workflow/nendo/nendoView";
import { useTodokeStyles } from "../todoke/styles";

const CELL = { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top" } as const;
const useStyles = makeStyles({
  // An amount never breaks inside (「1,040,00 / 0円」 misreads); the row's label and the headings wrap instead.
  table: { width: "100%", borderCollapse: "collapse", fontVariantNumeric: "tabular-nums", "& th": { textAlign: "left", fontWeight: tokens.fontWeightSemibold, ...CELL }, "& td": { textAlign: "right", whiteSpace: "nowrap", ...CELL } },
  month: { whiteSpace: "nowrap" },
  amountHead: { "&&": { textAlign: "right" } },
  total: { "& th, & td": { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 } },
  count: { display: "block", textAlign: "right", color: tokens.colorNeutralForeground3 },
});

function Cell(p: { cell: TableCell }) {
  const s = useStyles();
  return (
    <td>
      {p.cell.wages}
      {p.cell.count && <Caption1 className={s.count}>{p.cell.count}</Caption1>}
    </td>
  );
}

function Row(p: { row: TableRowView; total?: boolean }) {
  const s = useStyles();
  return (
    <tr className={p.total ? s.total : undefined}>
      <th scope="row" className={p.total ? undefined : s.month}>
        {p.row.label}
      </th>
      <Cell cell={p.row.rosai} />
      <Cell cell={p.row.koyo} />
    </tr>
  );
}

export function WageTable(p: { rows: readonly TableRowView[]; totals: readonly TableRowView[] }) {
  const t = useTodokeStyles();
  const s = useStyles();
  if (p.rows.length === 0) return null;
  return (
    <section className={t.part} aria-labelledby="nendo-table-title">
      <Subtitle2 as="h3" id="nendo-table-title">
        算定基礎賃金集計表
      </Subtitle2>
      <Caption1>給与は賃金締切日の月、賞与は支給日の月の行です。常用・役員・臨時の欄ごとの内訳はブック（.xlsx）にあります。</Caption1>
      <table className={s.table} aria-label="算定基礎賃金集計表">
        <thead>
          <tr>
            <th scope="col">月</th>
            <th scope="col" className={s.amountHead}>
              労災保険・一般拠出金
            </th>
            <th scope="col" className={s.amountHead}>
              雇用保険
            </th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <Row key={r.label} row={r} />
          ))}
          {p.totals.map((r) => (
            <Row key={r.label} row={r} total />
          ))}
        </tbody>
      </table>
    </section>
  );
}
