/** 「ブックを作成」: the month's payroll workbook planned from what the clerk gave, then delivered by the host. */
import type { LawContext } from "../../calc/law/lawContext";
import { payrollFileName } from "../workflow/wizard";
import { SETTINGS_SETTING_KEY, validateSettingsForm } from "../workflow/settingsForm";
import { payrollInputsOf, planPayrollWorkbook } from "../workflow/payrollWorkbook";
import { messageOf } from "../workflow/messages";
import { useWorkbookDelivery } from "./useWorkbookDelivery";
import type { WizardCore } from "./useWizardState";

export function usePayrollBuild({ host, dispatch, latest, remember }: WizardCore, law: LawContext) {
  const delivery = useWorkbookDelivery(host);

  const onBuild = async () => {
    const now = latest.current;
    const settings = validateSettingsForm(now.settings).settings;
    if (!settings) return;
    remember({ [SETTINGS_SETTING_KEY]: now.settings });
    dispatch({ type: "buildProgress", done: 0, total: 0, label: "シートの内容を準備しています" });
    const inputs = payrollInputsOf(now);
    let plan;
    try {
      plan = planPayrollWorkbook(inputs, settings, law);
    } catch (e) {
      dispatch({ type: "buildFailed", message: messageOf(e) });
      return;
    }
    await delivery.deliver(plan, { fileName: payrollFileName(settings.period), valuesOnly: now.valuesOnly }, {
      progress: (done, total, label) => dispatch({ type: "buildProgress", done, total, label }),
      confirm: (existing, message) => dispatch({ type: "buildConfirm", existing, message }),
      written: (sheets, backups, fileName) => dispatch({ type: "buildDone", sheets, backups, employees: inputs.employees.length, fileName }),
      failed: (message) => dispatch({ type: "buildFailed", message }),
      cancelled: (message) => dispatch({ type: "buildCancelled", message }),
    });
  };

  const onCancelBuild = () => {
    dispatch({ type: "buildCancelling" });
    delivery.cancel();
  };

  return { onBuild, onCancelBuild, onAnswer: delivery.onAnswer };
}
