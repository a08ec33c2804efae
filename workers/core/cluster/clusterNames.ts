/**
 * What each cluster is about, in words a reader can check: class-based TF-IDF (as BERTopic's
 * c-TF-IDF: all of a cluster's posts read as one document, W(t, c) = tf(t, c) / words(c) ×
 * ln(1 + A / f(t)), A the mean words per cluster, f(t) the term's count over all clusters),
 * the posts nearest each centre, and an honest flag for clusters that are not one topic.
 */
import type { CsrMatrix } from '../text/sparseMatrix.ts';
import type { WeightedTerm } from './topTerms.ts';

/** A term must be this many times more common in the cluster than overall to count as distinctive. */
export const MIN_LIFT = 1.5;
/** …and appear in at least this share of the cluster's posts. */
export const MIN_CLUSTER_DOC_SHARE = 0.05;
/** A topic has a distinctive term that at least this share of its posts use; catch-alls do not. */
export const MIN_TOP_DOC_SHARE = 0.2;
/** A cluster holding more than this share of the posts is pointed out. */
export const LARGEST_SHARE_WARNING = 0.35;
/** Shown instead of a name for a cluster that is not one topic. */
export const MIXED_LABEL = 'Mixed / unclear';

export interface DistinctiveTerm extends WeightedTerm {
  /** How many times more common in the cluster than in all posts. */
  readonly lift: number;
  /** Share of the cluster's posts that use it. */
  readonly docShare: number;
}

/** A term is usable in a name when neither it nor any word of a phrase is a naming stop word. */
function nameable(term: string, stop: ReadonlySet<string>): boolean {
  if (stop.has(term)) return false;
  if (term.includes(' ')) for (const w of term.split(' ')) if (stop.has(w)) return false;
  return term.startsWith('#') ? !stop.has(term.slice(1)) : true;
}

/**
 * The `n` heaviest c-TF-IDF terms of each cluster among the distinctive ones (lift ≥ MIN_LIFT,
 * used by ≥ MIN_CLUSTER_DOC_SHARE of its posts), skipping `stopwords`. `labels[d]` is document
 * d's cluster, -1 to leave it out.
 */
export function classTfidf(
  docs: readonly (readonly string[])[],
  labels: ArrayLike<number>,
  k: number,
  options: { readonly stopwords?: ReadonlySet<string>; readonly n?: number } = {},
): DistinctiveTerm[][] {
  const stop = options.stopwords ?? new Set<string>();
  const n = options.n ?? 10;
  const perCluster = Array.from({ length: k }, () => new Map<string, number>());
  const docFreq = Array.from({ length: k }, () => new Map<string, number>());
  const overall = new Map<string, number>();
  const words = new Float64Array(k);
  const posts = new Float64Array(k);
  let total = 0;
  docs.forEach((doc, d) => {
    const c = labels[d]!;
    if (c < 0 || c >= k) return;
    posts[c]!++;
    const seen = new Set<string>();
    for (const t of doc) {
      perCluster[c]!.set(t, (perCluster[c]!.get(t) ?? 0) + 1);
      overall.set(t, (overall.get(t) ?? 0) + 1);
      words[c]!++;
      total++;
      if (!seen.has(t)) {
        seen.add(t);
        docFreq[c]!.set(t, (docFreq[c]!.get(t) ?? 0) + 1);
      }
    }
  });
  const meanWords = total / Math.max(1, k);
  return perCluster.map((counts, c) => {
    const out: DistinctiveTerm[] = [];
    if (words[c] === 0) return out;
    for (const [term, count] of counts) {
      if (!nameable(term, stop)) continue;
      const f = overall.get(term)!;
      const lift = count / words[c]! / (f / total);
      const docShare = docFreq[c]!.get(term)! / posts[c]!;
      if (lift < MIN_LIFT || docShare < MIN_CLUSTER_DOC_SHARE) continue;
      out.push({ term, weight: (count / words[c]!) * Math.log(1 + meanWords / f), lift, docShare });
    }
    out.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    return out.slice(0, n);
  });
}

/**
 * A cluster's name: its three most distinctive terms, a phrase standing for its own words
 * ("customer service", not "customer · service"), or MIXED_LABEL when it is mixed.
 */
export function clusterName(terms: readonly WeightedTerm[], mixed: boolean): string {
  if (mixed || terms.length === 0) return MIXED_LABEL;
  const top = terms.slice(0, 6).map((t) => t.term);
  const inPhrase = new Set(top.filter((t) => t.includes(' ')).flatMap((t) => t.split(' ')));
  return top
    .filter((t) => t.includes(' ') || !inPhrase.has(t))
    .slice(0, 3)
    .join(' · ');
}

/**
 * Mixed / unclear: posts that sit closer to other clusters than to their own on average (negative
 * mean cosine silhouette), or no distinctive term that at least MIN_TOP_DOC_SHARE of its posts use
 * (a catch-all of posts with little in common, which would otherwise be named after a word a
 * handful of them share). Such a cluster is never named after a term.
 */
export function isMixed(
  silhouetteCosine: number | null,
  terms: readonly DistinctiveTerm[],
): boolean {
  return (
    (silhouetteCosine !== null && silhouetteCosine < 0) ||
    !terms.some((t) => t.docShare >= MIN_TOP_DOC_SHARE)
  );
}

/**
 * Up to `n` documents per cluster nearest its centre (highest dot product with the centre, rows
 * unit-norm), one per distinct row so that retweets do not fill the list. Returns document indices.
 */
export function representativeDocuments(
  x: CsrMatrix,
  labels: ArrayLike<number>,
  centroids: Float64Array,
  k: number,
  distinctOf: ArrayLike<number>,
  n = 3,
): number[][] {
  const cols = x.cols;
  const best = Array.from({ length: k }, (): { doc: number; score: number }[] => []);
  for (let d = 0; d < x.rows; d++) {
    const c = labels[d]!;
    if (c < 0 || x.indptr[d] === x.indptr[d + 1]) continue;
    let s = 0;
    for (let p = x.indptr[d]!; p < x.indptr[d + 1]!; p++)
      s += x.values[p]! * centroids[c * cols + x.indices[p]!]!;
    const list = best[c]!;
    if (list.some((e) => distinctOf[e.doc] === distinctOf[d])) {
      continue;
    }
    if (list.length < n || s > list[list.length - 1]!.score) {
      list.push({ doc: d, score: s });
      list.sort((a, b) => b.score - a.score || a.doc - b.doc);
      if (list.length > n) list.pop();
    }
  }
  return best.map((l) => l.map((e) => e.doc));
}
