/** What each output needs from the mapping (found or not), the mapping's warnings, and the required fields still without a column. */
import { Badge, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { OutputNeed } from "../../workflow/mappingForm";

const useStyles = makeStyles({ required: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS } });

export function MappingChecks(p: { needs: OutputNeed[]; warnings: string[]; required: { label: string; column?: string; byDefault?: string }[] }) {
  const s = useStyles();
  const missing = p.required.filter((r) => r.column === undefined && r.byDefault === undefined);
  return (
    <>
      {p.needs.map((n) => (
        <div key={n.output}>
          <Caption1>{n.output}に使う項目</Caption1>
          <div className={s.required} aria-label={`${n.output}に使う項目の対応状況`}>
            {n.fields.map((r) => (
              <Badge key={r.label} appearance="tint" color={r.column !== undefined || r.byDefault !== undefined || r.fromFile ? "success" : "danger"}>
                {r.label}: {r.column ?? (r.byDefault !== undefined ? `既定値 ${r.byDefault}` : r.fromFile ? `「${r.fromFile}」から` : "未選択")}
              </Badge>
            ))}
          </div>
        </div>
      ))}
      {p.warnings.map((w) => (
        <MessageBar key={w} intent="warning" layout="multiline">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}
      {missing.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>必須の項目 {missing.map((m) => `「${m.label}」`).join("")} の列を下の一覧で選んでください。</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
