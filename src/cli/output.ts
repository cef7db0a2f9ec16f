/**
 * Writing to stdout/stderr without losing a byte: a slow reader (a pipe, `| less`, a parent process) gets
 * everything, because we wait for 'drain' instead of queueing without bound, and the process is never
 * ended while output is pending (main.ts sets process.exitCode and lets the streams empty themselves).
 */
/** Lines are joined into chunks of about this many characters, so a 10,000-line output is a few writes. */
const CHUNK = 64 * 1024;

/** Writes `text` and, when the stream's buffer is full, waits until it has drained. */
export async function writeText(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text === "" || (stream as { destroyed?: boolean }).destroyed) return;
  if (stream.write(text)) return;
  // A reader that went away (close, EPIPE) ends the wait too: there is no one left to write for.
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.removeListener("drain", done);
      stream.removeListener("close", done);
      stream.removeListener("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
    stream.on("error", done);
  });
}

/** Writes each line followed by "\n", in order, respecting backpressure. */
export async function writeLines(stream: NodeJS.WritableStream, lines: Iterable<string>): Promise<void> {
  let chunk = "";
  for (const line of lines) {
    chunk += line + "\n";
    if (chunk.length >= CHUNK) {
      await writeText(stream, chunk);
      chunk = "";
    }
  }
  await writeText(stream, chunk);
}

/** The command line's two channels: results on stdout, problems and progress on stderr. */
export const out = (lines: Iterable<string>) => writeLines(process.stdout, lines);
export const err = (lines: Iterable<string>) => writeLines(process.stderr, lines);
