#!/usr/bin/env node
/**
 * The Sonae command line: `npm run --silent sonae -- <command>` or the installed `sonae`. See README
 * "Command line"; the commands are listed in commandLine.ts.
 *
 * The process is never ended with process.exit(): the exit code is set and Node exits when stdout and stderr
 * have drained, so a slow reader at the other end of a pipe gets every byte.
 */
import { EXIT } from "./command";
import { runCommandLine } from "./commandLine";

// A reader that goes away (`| head`) is not our failure: stop writing, keep the exit code.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
});

runCommandLine(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`予期しないエラー: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = EXIT.failure;
  },
);
