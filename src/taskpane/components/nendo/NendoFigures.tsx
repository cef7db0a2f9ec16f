/**
 * The figures to copy onto the 申告書, by its sections (確定保険料算定内訳, 概算保険料算定内訳, …), each a label and
 * its value as the 申告書 takes it — the workbook's 「申告書に転記」 lines, so both always say the same.
 */
import { MessageBar, MessageBarBody, Subtitle2, mergeClasses } from "@fluentui/react-components";
import type { FigureSection } from "../../workflow/nendo/nendoView";
import { useFullWidthListStyles } from "../fullWidthList";
import { useTodokeStyles } from "../todoke/styles";

export function NendoFigures(p: { sections: readonly FigureSection[]; notes: readonly string[] }) {
  const s = useTodokeStyles();
  const l = useFullWidthListStyles();
  return (
    <>
      {p.notes.map((n) => (
        <MessageBar key={n} intent="warning">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      {p.sections.map((section, i) => (
        <section key={section.heading} className={s.part} aria-labelledby={`nendo-figures-${i}`}>
          <Subtitle2 as="h3" id={`nendo-figures-${i}`}>
            {section.heading}
          </Subtitle2>
          <dl className={mergeClasses(l.list, s.details)} aria-label={section.heading} data-testid="nendo-figures">
            {section.lines.map((line) => (
              <div key={line.label} className={s.pair}>
                <dt className={s.term}>{line.label}</dt>
                <dd className={s.value}>{line.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
