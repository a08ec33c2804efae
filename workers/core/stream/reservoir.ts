/**
 * Backpressure by sampling: between two scoring rounds every arriving post is offered to a
 * reservoir of fixed size (Vitter's Algorithm R), which keeps a uniform sample of them; the rest
 * are dropped and counted. Memory is bounded by the capacity however fast posts arrive.
 */
import type { Rng } from '../random/rng.ts';

export class Reservoir<T> {
  private items: T[] = [];
  private order: number[] = [];
  private seen = 0;

  constructor(
    readonly capacity: number,
    private readonly rng: Rng,
  ) {
    if (!(Number.isInteger(capacity) && capacity >= 1))
      throw new RangeError(`A reservoir holds at least 1 item, not ${capacity}.`);
  }

  /** Items offered since the last drain. */
  get offered(): number {
    return this.seen;
  }

  get size(): number {
    return this.items.length;
  }

  offer(item: T): void {
    const i = this.seen++;
    if (this.items.length < this.capacity) {
      this.items.push(item);
      this.order.push(i);
      return;
    }
    const j = this.rng.int(i + 1);
    if (j < this.capacity) {
      this.items[j] = item;
      this.order[j] = i;
    }
  }

  /** The kept items in arrival order, and how many were offered; empties the reservoir. */
  drain(): { readonly items: T[]; readonly offered: number } {
    const offered = this.seen;
    const items = this.seen > this.capacity ? inOrder(this.items, this.order) : this.items;
    this.items = [];
    this.order = [];
    this.seen = 0;
    return { items, offered };
  }
}

function inOrder<T>(items: readonly T[], order: readonly number[]): T[] {
  return order
    .map((o, k) => [o, k] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, k]) => items[k]!);
}

/** A uniform sample of `k` of `items`, kept in their order (all of them when k ≥ their number). */
export function sampleInOrder<T>(items: readonly T[], k: number, rng: Rng): T[] {
  if (k >= items.length) return [...items];
  if (k <= 0) return [];
  // partial Fisher–Yates over the indices, then back into order
  const idx = Array.from({ length: items.length }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(items.length - i);
    const t = idx[i]!;
    idx[i] = idx[j]!;
    idx[j] = t;
  }
  return idx
    .slice(0, k)
    .sort((a, b) => a - b)
    .map((i) => items[i]!);
}
