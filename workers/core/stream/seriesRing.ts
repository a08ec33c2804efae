/**
 * Per-bucket sums of the scored posts (count, sentiment, engagement, topics) over a fixed span of
 * stream time, in one preallocated typed array: a bucket's slot is reused when time moves on, so
 * memory does not grow however long the stream runs. Slots are cleared lazily: each remembers
 * which bucket it holds, and a slot holding an older bucket reads as empty.
 */

/** Topic ids kept apart per bucket; higher ids are counted under the last one. */
export const MAX_TOPICS = 24;

/**
 * Fields per bucket: count, Σcompound, negative, neutral, positive, unscored, Σengagement, posts
 * with engagement, posts with a compound, then topics.
 */
const COUNT = 0;
const COMPOUND = 1;
const LABEL = 2;
const UNSCORED = LABEL + 3;
const ENGAGEMENT = 6;
const ENGAGED = 7;
/** Posts with a compound (a post labelled by the classifier may have none: a language without a word list). */
const READ = 8;
const TOPIC = 9;
const WIDTH = TOPIC + MAX_TOPICS;

/** Sums over a span of buckets. */
export interface SeriesTotals {
  readonly posts: number;
  /** Mean compound of the posts read (unscored ones left out), NaN without. */
  readonly meanCompound: number;
  /** Posts labelled negative, neutral, positive. */
  readonly labels: readonly [number, number, number];
  /** Posts in a language we have no word list for: in `posts`, in no label. */
  readonly unscored: number;
  /** Mean predicted engagement over the posts that have one, NaN without. */
  readonly meanEngagement: number;
  /** Posts per topic id (index), trailing zeros kept. */
  readonly topics: readonly number[];
}

export class SeriesRing {
  private readonly sums: Float64Array;
  private readonly bucketOf: Float64Array;

  /** `buckets` slots of `bucketMs` each: the span kept is their product. */
  constructor(
    readonly bucketMs: number,
    readonly buckets: number,
  ) {
    this.sums = new Float64Array(buckets * WIDTH);
    this.bucketOf = new Float64Array(buckets).fill(-Infinity);
  }

  /**
   * Adds one scored post at `timeMs`. `label` 0 negative, 1 neutral, 2 positive, 3 unscored; a
   * NaN `compound` (unscored) is left out of the mean; `engagement` NaN and `topic` −1 when unknown.
   */
  add(timeMs: number, compound: number, label: number, engagement: number, topic: number): void {
    const b = Math.floor(timeMs / this.bucketMs);
    const slot = ((b % this.buckets) + this.buckets) % this.buckets;
    const at = slot * WIDTH;
    if (this.bucketOf[slot] !== b) {
      if (this.bucketOf[slot]! > b) return; // older than the span kept
      this.sums.fill(0, at, at + WIDTH);
      this.bucketOf[slot] = b;
    }
    const s = this.sums;
    s[at + COUNT]!++;
    if (label === 3) s[at + UNSCORED]!++;
    else s[at + LABEL + label]!++;
    if (Number.isFinite(compound)) {
      s[at + COMPOUND]! += compound;
      s[at + READ]!++;
    }
    if (Number.isFinite(engagement)) {
      s[at + ENGAGEMENT]! += engagement;
      s[at + ENGAGED]!++;
    }
    if (topic >= 0) s[at + TOPIC + Math.min(topic, MAX_TOPICS - 1)]!++;
  }

  /** The slot offset of bucket `b`, or −1 when the ring no longer (or not yet) holds it. */
  private offset(b: number): number {
    const slot = ((b % this.buckets) + this.buckets) % this.buckets;
    return this.bucketOf[slot] === b ? slot * WIDTH : -1;
  }

  /** The bucket number holding `timeMs`. */
  bucketAt(timeMs: number): number {
    return Math.floor(timeMs / this.bucketMs);
  }

  /** Totals of buckets `first` to `last` (bucket numbers, inclusive). */
  sum(first: number, last: number): SeriesTotals {
    const acc = new Float64Array(WIDTH);
    for (let b = Math.max(first, last - this.buckets + 1); b <= last; b++) {
      const at = this.offset(b);
      if (at < 0) continue;
      for (let f = 0; f < WIDTH; f++) acc[f]! += this.sums[at + f]!;
    }
    return totalsOf(acc);
  }

  /** `points` consecutive totals of `perPoint` buckets each, the last one ending with bucket `last`. */
  series(last: number, perPoint: number, points: number): SeriesTotals[] {
    const out: SeriesTotals[] = [];
    for (let p = points - 1; p >= 0; p--)
      out.push(this.sum(last - (p + 1) * perPoint + 1, last - p * perPoint));
    return out;
  }

  clear(): void {
    this.sums.fill(0);
    this.bucketOf.fill(-Infinity);
  }
}

function totalsOf(acc: Float64Array): SeriesTotals {
  const posts = acc[COUNT]!;
  const read = acc[READ]!;
  let lastTopic = MAX_TOPICS - 1;
  while (lastTopic >= 0 && acc[TOPIC + lastTopic] === 0) lastTopic--;
  return {
    posts,
    meanCompound: read > 0 ? acc[COMPOUND]! / read : NaN,
    labels: [acc[LABEL]!, acc[LABEL + 1]!, acc[LABEL + 2]!],
    unscored: acc[UNSCORED]!,
    meanEngagement: acc[ENGAGED]! > 0 ? acc[ENGAGEMENT]! / acc[ENGAGED]! : NaN,
    topics: Array.from(acc.subarray(TOPIC, TOPIC + lastTopic + 1)),
  };
}
