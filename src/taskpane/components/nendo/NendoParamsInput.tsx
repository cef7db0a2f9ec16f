/**
 * The 保険年度 and, when the office needs them, the 締め日, the next year's 見込額 and last year's declared 概算
 * (the command's options).
 */
import { Field, Input } from "@fluentui/react-components";
import type { CheckedNendoParams, NendoParamKey, NendoParams } from "../../workflow/nendo/nendoParams";
import { useTodokeStyles } from "../todoke/styles";

const FIELDS: readonly { key: NendoParamKey; label: string; hint: string }[] = [
  { key: "yearText", label: "保険年度", hint: "4月〜翌年3月の年度（2025、令和7年度）。既定はこの3月に終わった年度" },
  { key: "closingDayText", label: "締め日", hint: "1〜31（末日は 31）。空欄なら末日。在籍していた月に結果があるかを確かめます" },
  { key: "estimateRosaiText", label: "翌年度の賃金総額の見込額（労災保険）", hint: "円。空欄、または今年度の 50%〜200% なら今年度の額で概算します" },
  { key: "estimateKoyoText", label: "翌年度の賃金総額の見込額（雇用保険）", hint: "円。空欄、または今年度の 50%〜200% なら今年度の額で概算します" },
  { key: "declaredEstimateText", label: "申告済概算保険料額", hint: "円。前年度の申告書の概算保険料額。差引額と期別納付額を出します（空欄なら OFFICE.json の declaredEstimate）" },
];

export function NendoParamsInput(p: { params: NendoParams; errors: CheckedNendoParams["errors"]; disabled: boolean; onParam: (key: NendoParamKey, value: string) => void }) {
  const s = useTodokeStyles();
  return (
    <fieldset className={s.part}>
      {FIELDS.map((f) => (
        <Field key={f.key} label={f.label} hint={f.hint} validationState={p.errors[f.key] ? "error" : "none"} validationMessage={p.errors[f.key]}>
          <Input className={s.short} value={p.params[f.key]} disabled={p.disabled} onChange={(_, d) => p.onParam(f.key, d.value)} />
        </Field>
      ))}
    </fieldset>
  );
}
