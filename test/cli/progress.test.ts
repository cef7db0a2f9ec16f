/** Progress goes to a terminal only; a file or a pipe gets nothing extra. */
import { createProgress } from "../../src/cli/progress";

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (s: string) => written.push(s) > 0 };
}

test("on a terminal: one line rewritten in place, at most once per percent, cleared at the end", () => {
  const t = terminal(true);
  const p = createProgress("給与計算", t);
  for (let done = 0; done <= 1_000; done++) p.update(done, 1_000);
  expect(t.written).toHaveLength(101); // 0% … 100%, not 1,001 writes
  expect(t.written[25]).toMatch(/^\r給与計算: 250 \/ 1,000（25%）/);
  p.step("書き込み中");
  expect(t.written.at(-1)).toMatch(/^\r給与計算: 書き込み中 +$/); // padded over the longer line before
  p.end();
  expect(t.written.at(-1)).toMatch(/^\r +\r$/);
});

test("not a terminal: nothing at all", () => {
  const t = terminal(false);
  const p = createProgress("給与計算", t);
  p.update(1, 2);
  p.step("書き込み中");
  p.end();
  expect(t.written).toEqual([]);
});
