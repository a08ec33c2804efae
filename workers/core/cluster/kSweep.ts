/**
 * K-Means at every k of a range, with inertia and both silhouettes per k, and the k to recommend:
 * the one with the highest cosine silhouette (the smaller k on a tie). Cosine, because topics are
 * about which hashtags co-occur, not how many; on unit rows both metrics usually agree anyway.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import type { CsrMatrix } from '../text/sparseMatrix.ts';
import { fitKMeans, prepareKMeans, type KMeansFit, type KMeansOptions } from './kmeans.ts';
import { abortable, throwIfAborted } from './progress.ts';
import { silhouette, type SilhouetteResult } from './silhouette.ts';
import type { LsaModel } from './lsa.ts';
import { fitSphericalKMeans } from './sphericalKMeans.ts';

export interface KSweepOptions extends KMeansOptions {
  /** Smallest k, integer ≥ 2. Default 2. */
  readonly kMin?: number;
  /** Largest k, ≥ kMin; capped at the number of distinct documents. Default 12. */
  readonly kMax?: number;
  /** Silhouettes are exact up to this many documents, else on a seeded sample this size. Default 10,000. */
  readonly silhouetteSampleSize?: number;
  /** Spherical k-means (unit centres, cosine assignment) instead of k-means; for text. Default false. */
  readonly spherical?: boolean;
  /** Fit only these k of the range (another worker fits the rest; see `mergeSweepParts`). Default: every k. */
  readonly only?: readonly number[];
  /**
   * Cluster the rows in this LSA space (centres k × dims); silhouettes stay on the rows of `x`, so
   * they say how well the clusters part the posts' own words. Default: cluster `x` itself.
   */
  readonly lsa?: LsaModel | null;
}

export interface KSweepEntry {
  readonly k: number;
  readonly inertia: number;
  /** null when no silhouette exists (as many clusters as documents). */
  readonly silhouetteCosine: number | null;
  readonly silhouetteEuclidean: number | null;
  readonly nIter: number;
  readonly minClusterSize: number;
  readonly maxClusterSize: number;
}

export interface KSweep {
  readonly entries: readonly KSweepEntry[];
  /** The fit at each k, aligned with `entries`. */
  readonly fits: readonly KMeansFit[];
  /** Silhouettes (with per-document values) at each k, aligned with `entries`. */
  readonly silhouettes: readonly (SilhouetteResult | null)[];
  readonly recommendedK: number;
  /** How `recommendedK` was chosen, in words. */
  readonly rule: string;
  readonly documents: number;
  readonly distinctDocuments: number;
  /** `distinctOf[d]` is the distinct document that document d repeats. */
  readonly distinctOf: Uint32Array;
  /** Things the user should know: k capped, silhouettes sampled. */
  readonly notes: readonly string[];
}

export const RECOMMENDATION_RULE = 'highest cosine silhouette (the smaller k on a tie)';

/**
 * Fits k = kMin..kMax on `x` (unit-norm TF-IDF rows). Fails with TOO_FEW_DOCUMENTS when fewer than
 * two distinct documents exist, INVALID_OPTIONS on a bad range, ABORTED when `signal` fires.
 */
export function kSweep(x: CsrMatrix, options: KSweepOptions = {}): Result<KSweep> {
  const kMin = options.kMin ?? 2;
  const kMax = options.kMax ?? 12;
  if (!Number.isInteger(kMin) || kMin < 2 || !Number.isInteger(kMax) || kMax < kMin) {
    return fail(
      'INVALID_OPTIONS',
      `The k range must be whole numbers with 2 ≤ kMin ≤ kMax, not ${kMin}..${kMax}.`,
    );
  }
  const data = prepareKMeans(x, options.lsa);
  const distinct = data.unique.matrix.rows;
  if (distinct < 2) {
    return fail(
      'TOO_FEW_DOCUMENTS',
      x.rows === 0
        ? 'There are no documents to cluster.'
        : `All ${x.rows} documents have the same hashtags, so there is nothing to cluster.`,
      'Use a dataset whose posts carry different hashtags.',
    );
  }
  const notes: string[] = [];
  const top = Math.min(kMax, distinct);
  const bottom = Math.min(kMin, top);
  if (top < kMax) notes.push(`k capped at ${top}: there are only ${distinct} distinct documents.`);
  const { onProgress, signal, spherical, only, lsa: _lsa, ...kmeansOptions } = options;
  const ks: number[] = [];
  for (let k = bottom; k <= top; k++) if (!only || only.includes(k)) ks.push(k);
  // a part whose k all lie above the distinct documents: nothing to fit, the other part has the rest
  if (ks.length === 0)
    return ok({
      entries: [],
      fits: [],
      silhouettes: [],
      recommendedK: top,
      rule: RECOMMENDATION_RULE,
      documents: x.rows,
      distinctDocuments: distinct,
      distinctOf: data.unique.of,
      notes,
    });
  const fitAt = spherical ? fitSphericalKMeans : fitKMeans;
  return abortable(() => {
    const entries: KSweepEntry[] = [];
    const fits: KMeansFit[] = [];
    const silhouettes: (SilhouetteResult | null)[] = [];
    for (const [i, k] of ks.entries()) {
      throwIfAborted(signal);
      const fit = fitAt(data, k, { ...kmeansOptions, signal });
      if (!fit.ok) return fit;
      const sil = silhouette(x, fit.value.labels, {
        sampleSize: options.silhouetteSampleSize,
        seed: options.seed,
        signal,
      });
      if (!sil.ok && sil.error.code === 'ABORTED') return sil;
      const s = sil.ok ? sil.value : null;
      fits.push(fit.value);
      silhouettes.push(s);
      entries.push({
        k,
        inertia: fit.value.inertia,
        silhouetteCosine: s?.cosine ?? null,
        silhouetteEuclidean: s?.euclidean ?? null,
        nIter: fit.value.nIter,
        minClusterSize: Math.min(...fit.value.sizes),
        maxClusterSize: Math.max(...fit.value.sizes),
      });
      onProgress?.({
        phase: 'kmeans',
        done: i + 1,
        total: ks.length,
        unit: 'k',
        message: `k = ${k}`,
      });
    }
    const sample = silhouettes.find((s) => s?.sampled);
    if (sample)
      notes.push(
        `Silhouettes on a seeded sample of ${sample.sampleSize} of ${sample.totalRows} documents.`,
      );
    return ok({
      entries,
      fits,
      silhouettes,
      ...recommend(entries),
      documents: x.rows,
      distinctDocuments: distinct,
      distinctOf: data.unique.of,
      notes,
    });
  });
}

export function recommend(entries: readonly KSweepEntry[]): { recommendedK: number; rule: string } {
  let best: KSweepEntry | null = null;
  for (const e of entries) {
    if (
      e.silhouetteCosine !== null &&
      (best === null || e.silhouetteCosine > best.silhouetteCosine!)
    )
      best = e;
  }
  if (best === null)
    return { recommendedK: entries[0]!.k, rule: 'no silhouette could be computed; the smallest k' };
  return { recommendedK: best.k, rule: RECOMMENDATION_RULE };
}
