/**
 * The transfers as a list that fits a 320 px pane without sideways scrolling: status, name and amount on
 * the first line, 社員番号・口座・受取人名 on the second, then what was found. Each person can be left out of
 * this file with a reason (paid in cash or separately); the reason stays in the list.
 */
import { Badge, Caption1, Checkbox, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { TransferReviewRow } from "../workflow/transfer";
import { ShowMore, usePaged } from "./ShowMore";
import { useFullWidthListStyles } from "./fullWidthList";

const STATUS: Record<TransferReviewRow["status"], { label: string; color: "success" | "warning" | "danger" | "informative" }> = {
  ok: { label: "OK", color: "success" },
  warning: { label: "注意", color: "warning" },
  error: { label: "エラー", color: "danger" },
  skipped: { label: "振込しない", color: "informative" },
};

const useStyles = makeStyles({
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { flexGrow: 1, minWidth: 0, fontWeight: tokens.fontWeightSemibold },
  amount: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  messages: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  leave: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  reason: { flexGrow: 1, minWidth: "140px" },
});

const yen = (n: number) => `${n < 0 ? "−" : ""}${String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}円`;

export interface TransferListProps {
  rows: TransferReviewRow[];
  /** 社員番号 → the reason the clerk gave for leaving the person out of this file. */
  leftOut: Readonly<Record<string, string>>;
  onLeaveOut: (employeeId: string, reason: string | undefined) => void;
}

export function TransferList(p: TransferListProps) {
  const s = useStyles();
  const l = useFullWidthListStyles();
  const [shown, showMore] = usePaged();
  return (
    <>
      <ul className={l.list} aria-label="振込の一覧">
        {p.rows.slice(0, shown).map((r) => {
          const out = p.leftOut[r.employeeId];
          return (
            <li key={r.row} className={l.item} data-testid="transfer">
              <span className={s.head}>
                <Badge appearance="tint" color={STATUS[r.status].color}>
                  {STATUS[r.status].label}
                </Badge>
                <span className={s.name}>{r.name || "（氏名なし）"}</span>
                <span className={s.amount}>{yen(r.amount)}</span>
              </span>
              <Caption1>
                {r.row}行目・社員番号 {r.employeeId}
                {r.bankBranch && <span className={s.mono}> ・{r.bankBranch} {r.accountType} {r.accountNumber}</span>}
                {r.payeeName && <span className={s.mono}> ・{r.payeeName}</span>}
              </Caption1>
              {r.messages.length > 0 && (
                <ul className={s.messages}>
                  {r.messages.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              )}
              <span className={s.leave}>
                <Checkbox
                  checked={out !== undefined}
                  label="このファイルから外す"
                  onChange={(_, d) => p.onLeaveOut(r.employeeId, d.checked ? "" : undefined)}
                />
                {out !== undefined && (
                  <Input
                    className={s.reason}
                    size="small"
                    aria-label={`${r.name}を外す理由`}
                    placeholder="理由（例: 現金で支給）"
                    value={out}
                    onChange={(_, d) => p.onLeaveOut(r.employeeId, d.value)}
                  />
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <ShowMore total={p.rows.length} shown={shown} onMore={showMore} />
    </>
  );
}
