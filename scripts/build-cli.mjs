/**
 * Builds the installable `sonae` command (package.json "bin") into build/cli/sonae.js: our own TypeScript
 * bundled into one CommonJS file, the npm packages left as run-time requires from node_modules. Run by
 * `npm ci` / `npm install` (the "prepare" script), so a fresh clone has a command that starts as fast as
 * plain Node.js instead of compiling TypeScript on every call (tsx). `npm run --silent sonae` keeps running
 * the sources through tsx for development.
 */
import { build } from "esbuild";
import { chmodSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "build", "cli", "sonae.js");

await build({
  entryPoints: [join(root, "src", "cli", "main.ts")],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs", // src/cli/main.ts starts with its own #!/usr/bin/env node, which esbuild keeps
  // Dependencies stay in node_modules ("dependencies" in package.json), loaded only by the commands that use them.
  packages: "external",
  logLevel: "warning",
});
chmodSync(outfile, 0o755);

