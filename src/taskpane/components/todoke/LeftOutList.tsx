/** Who is not on the 届書, each with the master row and the reason (6月1日以降の入社, no three months …). */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { LeftOut } from "../../../jobs/todoke/santeiEntries";
import { useTodokeStyles } from "./styles";

export function LeftOutList(p: { leftOut: readonly LeftOut[] }) {
  const s = useTodokeStyles();
  if (p.leftOut.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>届書に載らない人・月（{p.leftOut.length}件）</MessageBarTitle>
        <ul className={s.list} aria-label="届書に載らない人">
          {p.leftOut.map((x, i) => (
            <li key={`${x.employeeId}-${i}`}>
              {x.row}行目 社員番号 {x.employeeId}: {x.reason}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
