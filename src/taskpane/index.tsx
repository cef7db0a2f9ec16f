/**
 * The task pane bundle's entry: render <App/> inside Fluent UI's provider once Office is ready. When
 * office.js is absent (the page opened in a plain browser, the page's smoke test) it renders at once,
 * so the pane can be looked at and tested outside Excel. The pane shares its runtime with the custom
 * functions: the law the clerk adds in the pane is handed to =SONAE.* here, and nowhere else.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { excelAvailable } from "./excel/excelGlue";
import { excelHost } from "./host/excelHost";
import { createBrowserHost } from "./host/browserHost";
import { setExcelLaw } from "../functions/excel";

/** The add-in's formulas, for the .xlsx a plain browser downloads: loaded with the .xlsx writer, on the first build. */
const browserHost = createBrowserHost(() => import(/* webpackChunkName: "xlsx" */ "../functions/registry").then((m) => m.FORMULA_CATALOGUE));

let rendered = false;

function render(): void {
  if (rendered) return;
  rendered = true;
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      {/* Opened in a plain browser the pane works as the page does: it downloads what it builds. */}
      <App host={excelAvailable() ? excelHost : browserHost} onLawChange={setExcelLaw} />
    </FluentProvider>,
  );
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => render());
} else {
  render();
}
