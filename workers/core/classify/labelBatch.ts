/**
 * The next posts to label: about a third drawn at random (the audit sample, which keeps the share
 * estimates unbiased: ppiShares.ts) and the rest chosen where the classifier is least sure, spread
 * across the data (uncertainty with diversity, as Zhdanov 2019 and Citovsky et al. 2021 do it): the
 * least sure posts are shortlisted, then picked one by one, each time the one whose uncertainty
 * times its cosine distance to what is already labelled or picked is highest. Before there is a
 * model, picks are spread across a random shortlist by distance alone.
 */
import { createRng, deriveSeed, permutation } from '../random/rng.ts';
import { UNLABELLED } from './ppiShares.ts';
import type { FeatureRows } from './tfidfSpace.ts';

export type PickKind = 'audit' | 'active';

export interface Pick {
  readonly row: number;
  readonly kind: PickKind;
}

export interface BatchInput {
  /** Per post: UNLABELLED or how it is labelled (ppiShares.ts). */
  readonly state: Uint8Array;
  /** Per post: 1 where it cannot be offered (skipped, or already queued). */
  readonly excluded: Uint8Array;
  /** A seeded order of every post: the audit takes posts in this order. */
  readonly auditOrder: Uint32Array;
  /** How far the audit has gone through `auditOrder`. */
  readonly auditCursor: number;
  /** Per post: the classifier's confidence in [0, 1]; null before there is a classifier. */
  readonly confidence: ArrayLike<number> | null;
  /** Feature rows of the given posts (same space for every call), for the distances. */
  readonly features: (rows: readonly number[]) => FeatureRows;
  /** Labelled posts to keep away from (the most recent few hundred are enough). */
  readonly labelled: readonly number[];
}

export interface BatchOptions {
  /** Posts per batch; default 20. */
  readonly size?: number;
  /** Share drawn at random; default 1/3. */
  readonly auditShare?: number;
  readonly seed: number;
}

export interface Batch {
  /** In the order to show them (audit and active mixed, so the person cannot tell them apart). */
  readonly picks: readonly Pick[];
  readonly auditCursor: number;
}

/** A seeded order of `n` posts for the audit. */
export function auditOrder(n: number, seed: number): Uint32Array {
  return permutation(n, createRng(deriveSeed(seed, 101)));
}

function norms(x: FeatureRows): Float64Array {
  const out = new Float64Array(x.rows);
  for (let i = 0; i < x.rows; i++) {
    let s = 0;
    for (let p = x.indptr[i]!; p < x.indptr[i + 1]!; p++) s += x.values[p]! ** 2;
    out[i] = Math.sqrt(s);
  }
  return out;
}

/** Cosine similarity of row a of x and row b of z (indices increasing in both). */
function cosine(
  x: FeatureRows,
  a: number,
  na: number,
  z: FeatureRows,
  b: number,
  nb: number,
): number {
  if (na === 0 || nb === 0) return 0;
  let p = x.indptr[a]!;
  const pe = x.indptr[a + 1]!;
  let q = z.indptr[b]!;
  const qe = z.indptr[b + 1]!;
  let s = 0;
  while (p < pe && q < qe) {
    const i = x.indices[p]!;
    const j = z.indices[q]!;
    if (i === j) s += x.values[p++]! * z.values[q++]!;
    else if (i < j) p++;
    else q++;
  }
  return s / (na * nb);
}

/** The next batch: audit posts from the order, then the active picks. */
export function nextBatch(input: BatchInput, options: BatchOptions): Batch {
  const size = options.size ?? 20;
  const auditWanted = Math.round(size * (options.auditShare ?? 1 / 3));
  const n = input.state.length;
  const taken = new Uint8Array(n);
  const open = (i: number) =>
    input.state[i] === UNLABELLED && input.excluded[i] === 0 && taken[i] === 0;
  const picks: Pick[] = [];
  let cursor = input.auditCursor;
  while (picks.length < auditWanted && cursor < input.auditOrder.length) {
    const i = input.auditOrder[cursor++]!;
    if (!open(i)) continue;
    taken[i] = 1;
    picks.push({ row: i, kind: 'audit' });
  }
  const activeWanted = size - picks.length;
  const pool: number[] = [];
  for (let i = 0; i < n; i++) if (open(i)) pool.push(i);
  const rng = createRng(deriveSeed(options.seed, cursor));
  const active = pickActive(input, pool, activeWanted, rng);
  for (const i of active) picks.push({ row: i, kind: 'active' });
  // mixed, so nothing in the order tells an audit post from a chosen one
  const order = permutation(picks.length, rng);
  return { picks: Array.from(order, (p) => picks[p]!), auditCursor: cursor };
}

const POOL_CAP = 20_000;

function pickActive(
  input: BatchInput,
  pool: number[],
  wanted: number,
  rng: ReturnType<typeof createRng>,
): number[] {
  if (wanted <= 0 || pool.length === 0) return [];
  if (pool.length > POOL_CAP) {
    const order = permutation(pool.length, rng);
    pool = Array.from(order.subarray(0, POOL_CAP), (p) => pool[p]!);
  }
  const conf = input.confidence;
  let shortlist: number[];
  if (conf) {
    // least sure first (ties in a seeded order)
    const order = permutation(pool.length, rng);
    const shuffled = Array.from(order, (p) => pool[p]!);
    shuffled.sort((a, b) => conf[a]! - conf[b]!);
    shortlist = shuffled.slice(0, Math.max(10 * wanted, 100));
  } else {
    const order = permutation(pool.length, rng);
    shortlist = Array.from(order.subarray(0, Math.min(pool.length, 50 * wanted)), (p) => pool[p]!);
  }
  const x = input.features(shortlist);
  const xn = norms(x);
  const refs = input.labelled.slice(-300);
  const distance = new Float64Array(shortlist.length).fill(1);
  if (refs.length > 0) {
    const z = input.features(refs);
    const zn = norms(z);
    for (let a = 0; a < shortlist.length; a++)
      for (let b = 0; b < refs.length; b++)
        distance[a] = Math.min(distance[a]!, 1 - cosine(x, a, xn[a]!, z, b, zn[b]!));
  }
  const uncertainty = Float64Array.from(shortlist, (i) => (conf ? 1 - conf[i]! : 1));
  const chosen: number[] = [];
  const used = new Uint8Array(shortlist.length);
  while (chosen.length < Math.min(wanted, shortlist.length)) {
    let best = -1;
    let bestScore = -1;
    for (let a = 0; a < shortlist.length; a++) {
      if (used[a]) continue;
      // a tiny share of the uncertainty alone orders posts identical to what is labelled
      const score = uncertainty[a]! * (Math.max(0, distance[a]!) + 1e-6);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    used[best] = 1;
    chosen.push(shortlist[best]!);
    for (let a = 0; a < shortlist.length; a++)
      if (!used[a])
        distance[a] = Math.min(distance[a]!, 1 - cosine(x, a, xn[a]!, x, best, xn[best]!));
  }
  return chosen;
}
