/**
 * Brackets by an amount of income, written as the law writes them: each row applies to amounts 以下 its
 * `upTo` and 超 the previous row's `upTo`; the last row has `upTo: null` (no upper bound).
 */
export interface UpTo<T> {
  readonly upTo: number | null;
  readonly value: T;
}
