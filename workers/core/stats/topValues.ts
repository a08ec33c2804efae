/** The most frequent values of a column, counted with a cap on distinct values so memory stays bounded. */
import { isMissingCell } from '../schema/missing.ts';
import type { TopValues, ValueCount } from './types.ts';

/** Distinct values counted before new ones are ignored. */
export const COUNT_CAP = 100_000;

/** Counts of strings, adding new keys only while fewer than `cap` are held. */
export class CappedCounter {
  readonly counts = new Map<string, number>();
  overflowed = false;
  private readonly cap: number;

  constructor(cap = COUNT_CAP) {
    this.cap = cap;
  }

  add(value: string): void {
    const c = this.counts.get(value);
    if (c !== undefined) this.counts.set(value, c + 1);
    else if (this.counts.size < this.cap) this.counts.set(value, 1);
    else this.overflowed = true;
  }

  /** The `k` most frequent, most first; ties in first-seen order. */
  top(k: number): TopValues {
    const best: ValueCount[] = [];
    for (const [value, count] of this.counts) {
      // Keep a small sorted list rather than sorting every distinct value.
      if (best.length === k && count <= best[k - 1]!.count) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.count < count) at--;
      best.splice(at, 0, { value, count });
      if (best.length > k) best.pop();
    }
    return { values: best, approximate: this.overflowed };
  }
}

/** The `k` most frequent non-missing cells of `cells`. */
export function topValues(cells: readonly string[], k = 10, cap = COUNT_CAP): TopValues {
  const counter = new CappedCounter(cap);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (!isMissingCell(cell)) counter.add(cell);
  }
  return counter.top(k);
}
