/**
 * Term counts (hashtags, words) per bucket of stream time, in bounded memory. The latest bucket
 * counts every term in a map (capped: past `openCap` distinct terms the ones seen once are
 * forgotten); when time moves past it, its `keepPerBucket` most used terms are frozen into
 * preallocated typed arrays and the rest are let go. Terms live in a dictionary with a reference
 * count per bucket that holds them, so a term no bucket holds any more is evicted too.
 */

export interface TermRingOptions {
  /** Bucket length, ms of stream time. */
  readonly bucketMs: number;
  /** Buckets kept, the latest included (the span is buckets × bucketMs). */
  readonly buckets: number;
  /** Terms kept per closed bucket, the most used. Default 256. */
  readonly keepPerBucket?: number;
  /** Distinct terms the latest bucket may count before the rarest are forgotten. Default 20,000. */
  readonly openCap?: number;
}

export interface TermCount {
  readonly term: string;
  readonly count: number;
}

export class TermRing {
  readonly bucketMs: number;
  readonly buckets: number;
  private readonly keep: number;
  private readonly openCap: number;
  private readonly ids: Int32Array;
  private readonly counts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly bucketOf: Float64Array;
  private open = new Map<number, number>();
  private openBucket = -Infinity;
  private firstBucket = Infinity;
  // the dictionary: term ↔ id, with how many buckets (closed or open) hold each id
  private readonly idOf = new Map<string, number>();
  private terms: string[] = [];
  private refs: number[] = [];
  private readonly free: number[] = [];

  constructor(options: TermRingOptions) {
    this.bucketMs = options.bucketMs;
    this.buckets = options.buckets;
    this.keep = options.keepPerBucket ?? 256;
    this.openCap = options.openCap ?? 20_000;
    this.ids = new Int32Array(this.buckets * this.keep);
    this.counts = new Int32Array(this.buckets * this.keep);
    this.lengths = new Int32Array(this.buckets);
    this.bucketOf = new Float64Array(this.buckets).fill(-Infinity);
  }

  /** Distinct terms held (the dictionary's size). */
  get dictionarySize(): number {
    return this.idOf.size;
  }

  /** Epoch ms of the first bucket counted since the last clear (Infinity before any). */
  get firstTimeMs(): number {
    return this.firstBucket * this.bucketMs;
  }

  bucketAt(timeMs: number): number {
    return Math.floor(timeMs / this.bucketMs);
  }

  /** Counts the terms of one post at `timeMs` (each distinct term once: counts are posts). A post older than the latest bucket counts in it. */
  add(timeMs: number, terms: readonly string[]): void {
    if (terms.length === 0) return;
    const b = this.bucketAt(timeMs);
    if (b > this.openBucket) this.moveTo(b);
    if (this.firstBucket === Infinity) this.firstBucket = this.openBucket;
    const seen = terms.length > 1 ? new Set<string>() : null;
    for (const term of terms) {
      if (seen) {
        if (seen.has(term)) continue;
        seen.add(term);
      }
      const id = this.intern(term);
      const c = this.open.get(id);
      if (c === undefined) {
        this.refs[id]!++;
        this.open.set(id, 1);
      } else this.open.set(id, c + 1);
    }
    if (this.open.size > this.openCap) this.pruneOpen();
  }

  /** Closes the latest bucket when `timeMs` is past it (call before reading, so windows slide in silence). */
  advance(timeMs: number): void {
    const b = this.bucketAt(timeMs);
    if (b > this.openBucket && this.openBucket !== -Infinity) this.moveTo(b);
  }

  /** Posts per term over buckets `first` to `last` (inclusive; the latest bucket too when in range), most used first, at most `top`. */
  top(first: number, last: number, top: number): TermCount[] {
    const totals = this.sum(first, last);
    return [...totals.entries()]
      .sort((a, b) => b[1] - a[1] || (this.terms[a[0]]! < this.terms[b[0]]! ? -1 : 1))
      .slice(0, top)
      .map(([id, count]) => ({ term: this.terms[id]!, count }));
  }

  /** Posts per term id over buckets `first` to `last`. */
  sum(first: number, last: number): Map<number, number> {
    const totals = new Map<number, number>();
    for (let b = Math.max(first, last - this.buckets + 1); b <= last; b++) {
      if (b === this.openBucket) {
        for (const [id, c] of this.open) totals.set(id, (totals.get(id) ?? 0) + c);
        continue;
      }
      const slot = this.slot(b);
      if (this.bucketOf[slot] !== b) continue;
      const at = slot * this.keep;
      for (let k = 0; k < this.lengths[slot]!; k++) {
        const id = this.ids[at + k]!;
        totals.set(id, (totals.get(id) ?? 0) + this.counts[at + k]!);
      }
    }
    return totals;
  }

  /** The term of an id returned by `sum`. */
  termOf(id: number): string {
    return this.terms[id]!;
  }

  clear(): void {
    this.open = new Map();
    this.openBucket = -Infinity;
    this.firstBucket = Infinity;
    this.lengths.fill(0);
    this.bucketOf.fill(-Infinity);
    this.idOf.clear();
    this.terms = [];
    this.refs = [];
    this.free.length = 0;
  }

  private slot(b: number): number {
    return ((b % this.buckets) + this.buckets) % this.buckets;
  }

  private intern(term: string): number {
    let id = this.idOf.get(term);
    if (id !== undefined) return id;
    id = this.free.pop() ?? this.terms.length;
    this.idOf.set(term, id);
    this.terms[id] = term;
    this.refs[id] = 0;
    return id;
  }

  private release(id: number): void {
    if (--this.refs[id]! > 0) return;
    this.idOf.delete(this.terms[id]!);
    this.terms[id] = '';
    this.free.push(id);
  }

  /** Freezes the latest bucket's top terms into its slot and opens bucket `b`. */
  private moveTo(b: number): void {
    if (this.openBucket !== -Infinity) {
      const slot = this.slot(this.openBucket);
      this.evict(slot);
      const ranked = [...this.open.entries()].sort((x, y) => y[1] - x[1]);
      const at = slot * this.keep;
      const n = Math.min(this.keep, ranked.length);
      for (let k = 0; k < n; k++) {
        this.ids[at + k] = ranked[k]![0];
        this.counts[at + k] = ranked[k]![1];
      }
      for (let k = n; k < ranked.length; k++) this.release(ranked[k]![0]);
      this.lengths[slot] = n;
      this.bucketOf[slot] = this.openBucket;
    }
    // the new bucket's slot may still hold one from a full turn ago
    this.evict(this.slot(b));
    this.open = new Map();
    this.openBucket = b;
  }

  private evict(slot: number): void {
    const at = slot * this.keep;
    for (let k = 0; k < this.lengths[slot]!; k++) this.release(this.ids[at + k]!);
    this.lengths[slot] = 0;
    this.bucketOf[slot] = -Infinity;
  }

  /** Forgets the latest bucket's terms seen once (then its least used half, if still too many). */
  private pruneOpen(): void {
    for (const [id, c] of this.open) {
      if (c > 1) continue;
      this.open.delete(id);
      this.release(id);
    }
    if (this.open.size <= this.openCap / 2) return;
    const ranked = [...this.open.entries()].sort((x, y) => y[1] - x[1]);
    for (const [id] of ranked.slice(Math.floor(this.openCap / 2))) {
      this.open.delete(id);
      this.release(id);
    }
  }
}
