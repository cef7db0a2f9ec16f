/**
 * The 設定 step's link to the command line's settings.json: offered once the settings have no error, disabled
 * while one has (a file the command line would refuse is never written). Rendered to static markup.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { SettingsStep, type SettingsStepProps } from "../../../src/taskpane/components/SettingsStep";
import { defaultSettingsForm } from "../../../src/taskpane/workflow/settingsForm";

const nothing = () => undefined;
const slot: SettingsStepProps["variables"] = { view: { status: "none" }, problems: [], onFile: nothing, onClear: nothing };
const props = (o: Partial<SettingsStepProps>): SettingsStepProps => ({
  form: defaultSettingsForm({ year: 2026, month: 4 }),
  errors: {},
  warnings: [],
  onChange: nothing,
  variables: slot,
  previous: slot,
  onDownloadVariablesTemplate: nothing,
  onNext: nothing,
  canNext: true,
  ...o,
});

const link = (html: string) => /<button[^>]*data-testid="download-settings"[^>]*>/.exec(html)?.[0] ?? "";

test("the link names the file and what it is for", () => {
  const html = renderToStaticMarkup(<SettingsStep {...props({ onDownloadSettings: nothing })} />);
  expect(html).toContain("設定をファイルに書き出す（コマンドライン用 settings.json）");
  expect(html).toContain("コマンドラインの --settings に指定すると、この設定で計算します");
  expect(link(html)).not.toMatch(/disabled/);
});

test("without settings that pass the check, the link is disabled", () => {
  const html = renderToStaticMarkup(<SettingsStep {...props({ errors: { closingDay: "締め日「40」は使えません。" }, canNext: false })} />);
  expect(link(html)).toMatch(/disabled/);
});
