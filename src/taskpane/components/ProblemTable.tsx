/**
 * Problems as a table: where (file, row, column), the value, and what is wrong. Long lists are shown a
 * page at a time so that ten thousand problems never freeze the pane; the count says how many there are.
 */
import { ShowMore, usePaged } from "./ShowMore";
import {
  Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens,
} from "@fluentui/react-components";

export interface ProblemTableRow {
  key: string;
  file?: string;
  row: number | string;
  column: string;
  value: string;
  message: string;
  severity: "error" | "warning";
  severityLabel: string;
}


const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  // Narrow fixed columns for where, the rest for what is wrong: readable in a 350px task pane.
  table: { minWidth: "340px" },
  kind: { width: "56px" },
  file: { width: "72px" },
  where: { width: "96px" },
  valueHead: { width: "80px" },
  place: { display: "block" },
  value: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
});

export function ProblemTable(p: { label: string; rows: ProblemTableRow[]; showFile?: boolean }) {
  const s = useStyles();
  const [shown, showMore] = usePaged();
  if (p.rows.length === 0) return null;
  const rows = p.rows.slice(0, shown);
  return (
    <div className={s.wrap}>
      <Table className={s.table} size="small" aria-label={p.label}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={s.kind}>種類</TableHeaderCell>
            {p.showFile && <TableHeaderCell className={s.file}>ファイル</TableHeaderCell>}
            <TableHeaderCell className={s.where}>場所（行・列）</TableHeaderCell>
            <TableHeaderCell className={s.valueHead}>値</TableHeaderCell>
            <TableHeaderCell>内容</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key}>
              <TableCell>
                <Badge appearance="tint" color={r.severity === "error" ? "danger" : "warning"}>
                  {r.severityLabel}
                </Badge>
              </TableCell>
              {p.showFile && <TableCell>{r.file}</TableCell>}
              <TableCell>
                {r.row !== "" && <span className={s.place}>{r.row}行目</span>}
                {r.column && <span className={s.place}>{r.column}</span>}
              </TableCell>
              <TableCell className={s.value}>{r.value}</TableCell>
              <TableCell>{r.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ShowMore total={p.rows.length} shown={shown} onMore={showMore} />
    </div>
  );
}
