/**
 * The 算定基礎届 worksheet, one entry per person: 氏名, the 標準報酬月額 decided for 健保 and 厚年 with the
 * change of grade, and — opened on demand — every item of the paper form's row (①–⑱, each month's days and
 * pay and whether it counts), so the office checks each figure before filing.
 */
import { Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { SanteiPersonView } from "../../workflow/todoke/todokeView";
import { useFullWidthListStyles } from "../fullWidthList";
import { ShowMore, usePaged } from "../ShowMore";
import { useTodokeStyles } from "./styles";

/** Wide windows (the plain page on a desktop) get the worksheet as the table it is; the task pane, the list. */
const WIDE = "@media (min-width: 760px)";
const CELL = { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, whiteSpace: "nowrap" } as const;
const useLayout = makeStyles({
  list: { [WIDE]: { display: "none" } },
  table: { display: "none", [WIDE]: { display: "block", overflowX: "auto" } },
  grid: { borderCollapse: "collapse", fontVariantNumeric: "tabular-nums", "& th": { textAlign: "left", ...CELL }, "& td": { textAlign: "right", ...CELL } },
});

function WorksheetTable(p: { people: readonly SanteiPersonView[] }) {
  const t = useLayout();
  return (
    <div className={t.table}>
      <table className={t.grid} aria-label="算定基礎届のワークシート（表）">
        <thead>
          <tr>
            {p.people[0].details.map(([h]) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.people.map((x) => (
            <tr key={x.id}>
              {x.details.map(([h, v]) => (
                <td key={h}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Person(p: { person: SanteiPersonView }) {
  const s = useTodokeStyles();
  const l = useFullWidthListStyles();
  const x = p.person;
  return (
    <li className={l.item} data-testid="santei-person">
      <span className={s.name}>
        {x.name}（{x.id}）
      </span>
      <span>健保 {x.health}</span>
      <span>厚年 {x.pension}</span>
      <details>
        <summary className={s.summary}>ワークシートの行を見る</summary>
        <dl className={s.details}>
          {x.details.map(([term, value]) => (
            <div key={term} className={s.pair}>
              <dt className={s.term}>{term}</dt>
              <dd className={s.value}>{value || "—"}</dd>
            </div>
          ))}
        </dl>
      </details>
    </li>
  );
}

export function SanteiWorksheet(p: { people: readonly SanteiPersonView[] }) {
  const s = useTodokeStyles();
  const l = useFullWidthListStyles();
  const t = useLayout();
  const [shown, showMore] = usePaged();
  if (p.people.length === 0) return null;
  return (
    <section className={s.part} aria-labelledby="santei-worksheet-title">
      <Subtitle2 as="h3" id="santei-worksheet-title">
        算定基礎届のワークシート（{p.people.length}人）
      </Subtitle2>
      <Caption1>決定した標準報酬月額と等級の変化です。各人の4〜6月の内訳は「ワークシートの行を見る」で確かめられます。</Caption1>
      <WorksheetTable people={p.people.slice(0, shown)} />
      <ul className={mergeClasses(l.list, t.list)} aria-label="算定基礎届のワークシート">
        {p.people.slice(0, shown).map((x) => (
          <Person key={x.id} person={x} />
        ))}
      </ul>
      <ShowMore total={p.people.length} shown={shown} onMore={showMore} />
    </section>
  );
}
