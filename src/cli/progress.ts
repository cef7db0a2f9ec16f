/**
 * Progress of long work (a 10,000-row rebuild) on stderr, so that a clerk sees the job is moving. Only on a
 * terminal: when stderr is a file or a pipe, nothing extra is written, so logs and scripts see the same
 * lines as before.
 */
export interface Progress {
  /** `done` of `total` units finished. */
  update(done: number, total: number): void;
  /** A named step without a count ("ブックを書き込み中"). */
  step(label: string): void;
  /** Clears the progress line. */
  end(): void;
}

type Terminal = Pick<NodeJS.WriteStream, "write"> & { isTTY?: boolean };

const SILENT: Progress = { update() {}, step() {}, end() {} };

/** A progress line on `stream` (stderr by default) labelled `label`, or nothing when it is not a terminal. */
export function createProgress(label: string, stream: Terminal = process.stderr): Progress {
  if (!stream.isTTY) return SILENT;
  let shown = "";
  let lastPercent = -1;
  const show = (text: string) => {
    stream.write(`\r${text}${" ".repeat(Math.max(0, width(shown) - width(text)))}`);
    shown = text;
  };
  return {
    update(done, total) {
      const percent = total > 0 ? Math.floor((done * 100) / total) : 100;
      if (percent === lastPercent) return; // at most 101 writes, however many rows
      lastPercent = percent;
      show(`${label}: ${done.toLocaleString("ja-JP")} / ${total.toLocaleString("ja-JP")}（${percent}%）`);
    },
    step(text) {
      lastPercent = -1;
      show(`${label}: ${text}`);
    },
    end() {
      if (shown !== "") stream.write(`\r${" ".repeat(width(shown))}\r`);
      shown = "";
    },
  };
}

/** Columns a text takes on a terminal: full-width (Japanese) characters take two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
