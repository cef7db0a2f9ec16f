/**
 * The script that answers the office.js request in the import-flow test: the harness's Office stub
 * (Office.onReady, CustomFunctions) followed by the in-memory Excel of browserExcel.ts, bundled for the
 * browser with esbuild (installed with tsx) as one IIFE.
 */
import * as path from "node:path";
import { OFFICE_STUB } from "../harness";

export function officeWithFakeExcel(): string {
  // esbuild is a dependency of tsx, not of this project: required, not imported, so that its absence is a clear message.
  const esbuild = require("esbuild") as typeof import("esbuild");
  const out = esbuild.buildSync({
    entryPoints: [path.join(__dirname, "browserExcel.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  return `${OFFICE_STUB}\n${out.outputFiles[0].text}`;
}
