/** Which 届書, and the dates it needs: the year (算定基礎届), one 支給日 (賞与支払届), the 作成年月日. */
import { Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import type { Procedure } from "../../../jobs/todoke/makeTodoke";
import { PROCEDURES, type CheckedParams, type TodokeParams } from "../../workflow/todoke/todokeRun";
import { useTodokeStyles } from "./styles";

const HINTS: Record<Procedure, string> = {
  santei: "4〜6月に支払った給与から、9月からの標準報酬月額を届けます（7月1日〜10日）。",
  geppen: "固定的賃金が変わり、3か月の平均が2等級以上変わった人を届けます。",
  shoyo: "賞与を支払った日から5日以内に届けます。",
};

export function ProcedureInput(p: {
  params: TodokeParams;
  errors: CheckedParams["errors"];
  disabled: boolean;
  onProcedure: (procedure: Procedure) => void;
  onParam: (key: "yearText" | "payDateText" | "createdText", value: string) => void;
}) {
  const s = useTodokeStyles();
  const field = (key: "yearText" | "payDateText" | "createdText", error: string | undefined) => ({
    validationState: error ? ("error" as const) : ("none" as const),
    validationMessage: error,
    children: <Input value={p.params[key]} disabled={p.disabled} onChange={(_, d) => p.onParam(key, d.value)} />,
  });
  return (
    <fieldset className={s.part}>
      <Field label="届書の種類" hint={HINTS[p.params.procedure]}>
        <RadioGroup value={p.params.procedure} onChange={(_, d) => p.onProcedure(d.value as Procedure)}>
          {PROCEDURES.map((x) => (
            <Radio key={x.id} value={x.id} label={x.label} disabled={p.disabled} />
          ))}
        </RadioGroup>
      </Field>
      {p.params.procedure === "santei" && <Field className={s.short} label="算定の年" hint="4〜6月の年（2026、令和8年）" {...field("yearText", p.errors.year)} />}
      {p.params.procedure === "shoyo" && <Field className={s.short} label="賞与の支給日" hint="空欄なら結果ファイルのすべての賞与" {...field("payDateText", p.errors.payDate)} />}
      <Field className={s.short} label="作成年月日" hint="届書ファイルに書く日（既定は今日）" {...field("createdText", p.errors.created)} />
    </fieldset>
  );
}
