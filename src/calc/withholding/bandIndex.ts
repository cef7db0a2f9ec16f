/**
 * The band holding an amount in a table whose bands start at `from` (以上) and end where the next band
 * starts (未満): the last index with from ≤ numerator / denominator. Compared in integers, so a fraction
 * (賞与の6分の1) never lands in the wrong band. `from[0]` must be 0 and the amount ≥ 0.
 */
export function bandIndex(from: readonly number[], numerator: number, denominator = 1): number {
  let lo = 0;
  let hi = from.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (from[mid] * denominator <= numerator) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The band holding an amount in a table whose bands end at `upTo` (以下): the first index with x ≤ upTo. */
export function bandUpTo(upTo: readonly number[], x: number): number {
  let i = 0;
  while (x > upTo[i]) i++;
  return i;
}
