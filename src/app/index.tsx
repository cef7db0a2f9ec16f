/**
 * Sonae in a plain browser (dist/app.html): the task pane's very steps and components, without Excel and
 * without office.js. The one difference is the host: what the pane writes into Excel is downloaded here
 * as .xlsx files (the same plan and writer as `sonae rebuild`), and nothing is kept after the tab closes.
 */
import "./withoutOffice";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import { createBrowserHost } from "../taskpane/host/browserHost";

/** The add-in's formulas, for the .xlsx the page downloads: loaded with the .xlsx writer, on the first build. */
const browserHost = createBrowserHost(() => import(/* webpackChunkName: "xlsx" */ "../functions/registry").then((m) => m.FORMULA_CATALOGUE));

const container = document.getElementById("root");
if (!container) throw new Error("app.html has no #root element");
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <App host={browserHost} />
  </FluentProvider>,
);
