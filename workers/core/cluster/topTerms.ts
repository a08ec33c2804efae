/** The terms that weigh most in a cluster centre: what a topic is "about". */
import type { SparseVector } from '../text/sparseMatrix.ts';

export interface WeightedTerm {
  readonly term: string;
  /** The centre's weight for the term (mean TF-IDF of the term over the cluster's documents). */
  readonly weight: number;
}

/**
 * The `n` heaviest terms of a centre, heaviest first, as the sklearn reference's
 * `argsort(-cluster_centers_[c])[:n]`, except that ties keep vocabulary order (numpy's sort is not
 * stable) and zero weights are left out, so a small cluster may list fewer than `n`.
 * `centroid` is dense (one weight per vocabulary term) or sparse.
 */
export function topTerms(
  centroid: ArrayLike<number> | SparseVector,
  vocabulary: readonly string[],
  n = 10,
): WeightedTerm[] {
  const entries: { index: number; weight: number }[] = [];
  if ('indices' in centroid) {
    for (let p = 0; p < centroid.indices.length; p++) {
      if (centroid.values[p]! > 0)
        entries.push({ index: centroid.indices[p]!, weight: centroid.values[p]! });
    }
  } else {
    for (let t = 0; t < centroid.length; t++)
      if (centroid[t]! > 0) entries.push({ index: t, weight: centroid[t]! });
  }
  entries.sort((a, b) => b.weight - a.weight || a.index - b.index);
  return entries
    .slice(0, Math.max(0, n))
    .map((e) => ({ term: vocabulary[e.index]!, weight: e.weight }));
}
