/**
 * Evaluations per second through the formula registry, scalar and as a 10,000-row broadcast, against a
 * plain-number lookup floor measured in the same run (binary search in a number array × a rate, written
 * into a result matrix — the least any implementation must do per row).
 * Targets: ≥ 2,000,000 evaluations/s broadcast, within 5× of the floor.
 */
import { evaluate, FormulaDef } from "../src/functions/define";
import { FORMULAS } from "../src/functions/registry";

const ROWS = 10_000;

/** The fastest of repeated runs (ms): the least disturbed by whatever else the machine is doing. */
function timeIt(run: () => void, minMs = 300): number {
  run(); // warm up
  let best = Number.POSITIVE_INFINITY;
  const start = performance.now();
  do {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  } while (performance.now() - start < minMs);
  return best;
}

/** The floor: what any lookup of one number per row costs. */
export function floorPerSecond(): number {
  const bounds = Float64Array.from({ length: 50 }, (_, i) => 58_000 + i * 27_000);
  const amounts = Array.from({ length: ROWS }, (_, i) => [60_000 + ((i * 7919) % 1_300_000)]);
  const ms = timeIt(() => {
    const out: number[][] = new Array(ROWS);
    for (let r = 0; r < ROWS; r++) {
      const x = amounts[r][0];
      let lo = 0;
      let hi = bounds.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (x >= bounds[mid]) lo = mid;
        else hi = mid - 1;
      }
      out[r] = [Math.floor((bounds[lo] * 98_500) / 2_000_000)];
    }
    if (out.length !== ROWS) throw new Error("floor");
  });
  return (ROWS / ms) * 1000;
}

/** A 10,000-row column from the example's first argument (amounts of yen vary so lookups differ). */
function column(def: FormulaDef): unknown[] {
  const [first, ...rest] = def.example;
  const vary = (i: number) => (typeof first === "number" && first >= 10_000 ? first + ((i * 7919) % 100_000) : first);
  const col = Array.from({ length: ROWS }, (_, i) => [vary(i)]);
  return [col, ...rest];
}

/**
 * Each formula (or those named) next to a floor measured just before it, so that a busy machine slows both alike.
 */
export function benchRegistry(only?: readonly string[]): { id: string; scalar: number; broadcast: number; floor: number }[] {
  return FORMULAS.filter((def) => !only || only.includes(def.id)).map((def) => {
    const scalarMs = timeIt(() => evaluate(def, def.example), 100);
    const args = column(def);
    const floor = floorPerSecond();
    const broadcastMs = timeIt(() => evaluate(def, args), 200);
    return { id: def.id, scalar: 1000 / scalarMs, broadcast: (ROWS / broadcastMs) * 1000, floor };
  });
}
