/**
 * The 月額変更届 candidates (固定的賃金の変動, three months, two grades or more): each with a box the clerk
 * ticks after checking — only those ticked go into the file, as the command's --employees.
 */
import { Caption1, Checkbox, Subtitle2 } from "@fluentui/react-components";
import type { GeppenCandidateView } from "../../workflow/todoke/todokeView";
import { useFullWidthListStyles } from "../fullWidthList";
import { useTodokeStyles } from "./styles";

export function GeppenCandidates(p: { candidates: readonly GeppenCandidateView[]; confirmed: readonly string[]; onConfirm: (id: string, yes: boolean) => void }) {
  const s = useTodokeStyles();
  const l = useFullWidthListStyles();
  return (
    <section className={s.part} aria-labelledby="geppen-candidates-title">
      <Subtitle2 as="h3" id="geppen-candidates-title">
        月額変更届の対象者（{p.candidates.length}件）
      </Subtitle2>
      {p.candidates.length === 0 ? (
        <Caption1>結果のファイルからは、月額変更届の対象になる人は見つかりませんでした。</Caption1>
      ) : (
        <>
          <Caption1>確かめた人にチェックを付けてください。チェックした人だけを届書ファイルに書きます。</Caption1>
          <ul className={l.list} aria-label="月額変更届の対象者">
            {p.candidates.map((c, i) => (
              <li key={`${c.id}-${i}`} className={l.item}>
                <Checkbox
                  checked={p.confirmed.includes(c.id)}
                  onChange={(_, d) => p.onConfirm(c.id, d.checked === true)}
                  label={
                    <>
                      <span className={s.name}>
                        {c.name}（{c.id}）
                      </span>
                      <br />
                      {c.text}
                    </>
                  }
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
