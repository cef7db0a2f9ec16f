/** The 勤怠 file's 時間の表記 and the first values of each hour field as Sonae reads them (7.30 → 7時間30分). */
import { Caption1, Field, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { ChoiceSelect } from "../ChoiceSelect";
import type { HourNotation } from "../../../import/hourNotation";
import type { HourPreview } from "../../workflow/variablesLayout";

export interface HoursNotationProps {
  hours: HourNotation;
  choices: readonly { value: HourNotation; label: string }[];
  preview: HourPreview[];
  /** A 10進 file that looks 60進: one question per column. */
  questions: string[];
  onHours: (hours: HourNotation) => void;
}

const useStyles = makeStyles({
  preview: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  values: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
});

export function HoursNotationField(p: HoursNotationProps & { busy?: boolean }) {
  const s = useStyles();
  return (
    <>
      <Field label="時間の表記" hint="勤怠システムの出力の設定（KING OF TIME の「時間表示形式」など）と同じものを選んでください。">
        <ChoiceSelect value={p.hours} disabled={p.busy} choices={p.choices} onChoice={p.onHours} data-testid="hours-notation" />
      </Field>
      {p.questions.map((q) => (
        <MessageBar key={q} intent="warning" layout="multiline">
          <MessageBarBody>{q}</MessageBarBody>
        </MessageBar>
      ))}
      {p.preview.length > 0 && <Caption1>先頭の値を Sonae はこう読みます:</Caption1>}
      {p.preview.length > 0 && (
        <ul className={s.preview} aria-label="時間の読み取り結果（先頭の値）" data-testid="hours-preview">
          {p.preview.map((line) => (
            <li key={line.label}>
              <Caption1>{line.label}</Caption1>
              <div className={s.values}>
                {line.samples.map((v, i) => (
                  <span key={i}>{v}</span>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
