/** The drop-down of fixed choices: one option per choice, labelled, the current value chosen. Rendered to static markup. */
import { renderToStaticMarkup } from "react-dom/server";
import { ChoiceSelect } from "../../../src/taskpane/components/ChoiceSelect";

test("one option per choice, with its label; the value is the one chosen", () => {
  const choices = [{ value: "decimal", label: "10進" }, { value: "sexagesimal", label: "60進" }, { value: "minutes", label: "分" }] as const;
  const html = renderToStaticMarkup(<ChoiceSelect value="sexagesimal" choices={choices} onChoice={() => undefined} disabled data-testid="hours-notation" />);
  expect([...html.matchAll(/<option value="([^"]+)"( selected="")?>([^<]*)<\/option>/g)].map((m) => [m[1], m[3], m[2] !== undefined])).toEqual([
    ["decimal", "10進", false],
    ["sexagesimal", "60進", true],
    ["minutes", "分", false],
  ]);
  expect(/<select[^>]*>/.exec(html)?.[0]).toMatch(/^(?=.*disabled="")(?=.*data-testid="hours-notation")/);
});
