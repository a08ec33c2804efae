/**
 * The whole topics job over per-post tag lists: hashtag documents → TF-IDF → k sweep → the chosen
 * k's clusters, top terms, per-document silhouettes, a 2-D map and a serialisable model.
 * The topics worker calls this; the CLI and tests call it too.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { hashtagDocuments } from '../text/hashtags.ts';
import { fitTfidf, type TfidfOptions } from '../text/tfidf.ts';
import { selectRows, type CsrMatrix } from '../text/sparseMatrix.ts';
import { seededRows } from '../random/rng.ts';
import type { TfidfModel } from '../text/tfidfModel.ts';
import { centroidModel } from './centroidModel.ts';
import {
  classTfidf,
  clusterName,
  isMixed,
  LARGEST_SHARE_WARNING,
  representativeDocuments,
  type DistinctiveTerm,
} from './clusterNames.ts';
import { centresInTermSpace, fitLsa, type LsaModel } from './lsa.ts';
import { kSweep, recommend, type KSweepEntry, type KSweepOptions } from './kSweep.ts';
import { projectPca2d } from './projection.ts';
import type { TopicModel } from './topicModel.ts';
import { topTerms, type WeightedTerm } from './topTerms.ts';

/** Vocabulary cap when the caller sets none: keeps centres and the map small with 200k+ tags. */
export const DEFAULT_MAX_FEATURES = 50_000;

export interface TopicAnalysisOptions extends Omit<KSweepOptions, 'init'>, TfidfOptions {
  /** Fit this k for the clusters instead of the recommended one (must lie in the swept range). */
  readonly k?: number;
  /** Top terms listed per cluster. Default 10. */
  readonly topTermCount?: number;
  /** Documents placed on the 2-D map: all up to this many, else a seeded sample. Default 10,000. */
  readonly mapPoints?: number;
  /** Vocabulary cap (sklearn `max_features`); default DEFAULT_MAX_FEATURES, null for none. */
  readonly maxFeatures?: number | null;
  /** Words never used in a cluster's name (its distinctive terms). Default: none. */
  readonly namingStopwords?: ReadonlySet<string>;
  /**
   * Above this many documents the sweep of k runs on a seeded sample this size, then the chosen k
   * is fitted on all documents. Default: none (the sweep sees every document).
   */
  readonly sweepSampleSize?: number;
  /**
   * Cluster in an LSA space of this many dimensions (truncated SVD of the TF-IDF rows, fitted on
   * at most LSA_FIT_ROWS of them): for short texts, whose posts share few words. Names, top terms,
   * silhouettes and the map still read the TF-IDF rows. Default: none, cluster the TF-IDF rows.
   */
  readonly lsaDimensions?: number;
  /**
   * The k sweep, already run in parts by `sweepTopicsPart` on the same posts and options (two
   * workers, each some of the k): only the chosen k is fitted here, from the centres its part found.
   */
  readonly sweep?: TopicSweepPart;
}

/**
 * Part of a k sweep: the entries of the k it fitted and, aligned, their centres (k × the columns
 * clustered: terms, or LSA dimensions).
 */
export interface TopicSweepPart {
  readonly entries: readonly KSweepEntry[];
  readonly centroids: readonly Float64Array[];
  readonly distinctDocuments: number;
  readonly notes: readonly string[];
}

/** Merges sweep parts (any order) into one sweep in k order; notes once each. */
export function mergeSweepParts(parts: readonly TopicSweepPart[]): TopicSweepPart {
  const at = parts.flatMap((p) => p.entries.map((e, i) => ({ e, c: p.centroids[i]! })));
  at.sort((a, b) => a.e.k - b.e.k);
  return {
    entries: at.map((x) => x.e),
    centroids: at.map((x) => x.c),
    distinctDocuments: parts[0]?.distinctDocuments ?? 0,
    notes: [...new Set(parts.flatMap((p) => p.notes))],
  };
}

export interface TopicCluster {
  readonly id: number;
  /** Posts in the cluster, and their share of the posts with hashtags. */
  readonly size: number;
  readonly share: number;
  readonly topTerms: readonly WeightedTerm[];
  /** Mean cosine silhouette of its scored posts; null when none was scored. */
  readonly silhouetteCosine: number | null;
  /** Its name: the three most distinctive terms, or "Mixed / unclear" when `mixed`. */
  readonly label: string;
  /** Not one topic: negative mean silhouette, or no distinctive term. */
  readonly mixed: boolean;
  /** Class-based TF-IDF terms, most distinctive first (see clusterNames.ts). */
  readonly distinctiveTerms: readonly DistinctiveTerm[];
  /** Up to three posts (input indices) nearest the cluster's centre. */
  readonly representatives: readonly number[];
}

export interface TopicAnalysis {
  /** Posts given, and those with at least one hashtag (the documents). */
  readonly posts: number;
  readonly documents: number;
  readonly distinctDocuments: number;
  readonly sweep: readonly KSweepEntry[];
  readonly recommendedK: number;
  readonly recommendationRule: string;
  /** The k the clusters below use. */
  readonly k: number;
  /** Cluster of every post, -1 for a post without hashtags. */
  readonly labels: Int32Array;
  readonly clusters: readonly TopicCluster[];
  /** Per-post silhouettes at `k` (for a per-cluster silhouette plot); `posts` index the input. */
  readonly silhouette: {
    readonly posts: Uint32Array;
    readonly cluster: Int32Array;
    readonly cosine: Float64Array;
    readonly euclidean: Float64Array;
    readonly sampled: boolean;
    readonly sampleSize: number;
  } | null;
  /** The 2-D map at `k`; `posts` index the input. */
  readonly map: {
    readonly posts: Uint32Array;
    readonly x: Float64Array;
    readonly y: Float64Array;
    readonly cluster: Int32Array;
    readonly explainedVarianceRatio: readonly [number, number];
    readonly sampled: boolean;
    readonly sampleSize: number;
  } | null;
  readonly model: TopicModel;
  /** Vocabulary pruning, as applied (settings and what each removed). */
  readonly pruning: TfidfModel['pruning'];
  /** Where the recommended k sits in the swept range: at its low or high end, or inside it. */
  readonly kAtEdge: 'low' | 'high' | null;
  /** The largest cluster's share of the documents at `k`. */
  readonly largestShare: number;
  /** Things to tell the user: k capped or at the range's edge, one cluster holding many posts, silhouettes or map sampled, vocabulary pruned. */
  readonly notes: readonly string[];
}

/** Increasing row numbers of the sweep's seeded sample, or null when the sweep sees every row. */
function sweepSample(rows: number, options: TopicAnalysisOptions): Uint32Array | null {
  const size = options.sweepSampleSize;
  if (size === undefined || rows <= size || options.k !== undefined) return null;
  if ((options.kMin ?? 2) === (options.kMax ?? 12)) return null;
  return seededRows(rows, size, options.seed ?? 0);
}

interface PreparedTopics {
  readonly docs: readonly (readonly string[])[];
  /** The post of each document. */
  readonly rows: Uint32Array;
  readonly vectorizer: TfidfModel;
  readonly matrix: CsrMatrix;
  /** The seeded rows the sweep compares k on, or null for every row. */
  readonly sample: Uint32Array | null;
  /** The LSA space the rows are clustered in, or null for the TF-IDF rows themselves. */
  readonly lsa: LsaModel | null;
}

/** Documents, TF-IDF and the sweep's sample: the same for the whole job and for each sweep part. */
function prepareTopics(
  tagLists: readonly (readonly string[])[],
  options: TopicAnalysisOptions,
): Result<PreparedTopics> {
  const { docs, rows } = hashtagDocuments(tagLists);
  if (docs.length === 0) {
    return fail(
      'NO_HASHTAGS',
      tagLists.length === 0
        ? 'There are no posts to find topics in.'
        : `None of the ${tagLists.length} posts has a hashtag.`,
      'Map the column that holds hashtags, or use posts whose text contains #tags.',
    );
  }
  const maxFeatures =
    options.maxFeatures === undefined ? DEFAULT_MAX_FEATURES : options.maxFeatures;
  const tfidf = fitTfidf(docs, {
    minDf: options.minDf,
    maxDf: options.maxDf,
    maxFeatures,
    sublinearTf: options.sublinearTf,
  });
  if (!tfidf.ok) return tfidf;
  options.onProgress?.({ phase: 'tfidf', done: 1, total: 1, unit: 'steps' });
  const { model: vectorizer, matrix } = tfidf.value;
  const lsa =
    options.lsaDimensions === undefined
      ? null
      : fitLsa(matrix, options.lsaDimensions, options.seed ?? 0);
  return ok({ docs, rows, vectorizer, matrix, sample: sweepSample(matrix.rows, options), lsa });
}

/**
 * The k sweep for the k in `only`, on the same documents and sample as `analyseTopics` with the
 * same options: two workers each run a part, and `analyseTopics` takes them merged as `sweep`.
 */
export function sweepTopicsPart(
  tagLists: readonly (readonly string[])[],
  options: TopicAnalysisOptions & { readonly only: readonly number[] },
): Result<TopicSweepPart> {
  const prepared = prepareTopics(tagLists, { ...options, k: undefined, sweep: undefined });
  if (!prepared.ok) return prepared;
  const { matrix, sample, lsa } = prepared.value;
  const swept = kSweep(sample ? selectRows(matrix, sample) : matrix, { ...options, lsa });
  if (!swept.ok) return swept;
  return ok({
    entries: swept.value.entries,
    centroids: swept.value.fits.map((f) => f.centroids),
    distinctDocuments: swept.value.distinctDocuments,
    notes: swept.value.notes,
  });
}

/**
 * Clusters posts by their hashtags. `tagLists` has one list per post (as the importer parsed the
 * hashtag column), tags with or without '#'. Fails with NO_HASHTAGS when no post has one,
 * TOO_FEW_DOCUMENTS when fewer than two distinct documents exist, INVALID_OPTIONS, or ABORTED.
 */
export function analyseTopics(
  tagLists: readonly (readonly string[])[],
  options: TopicAnalysisOptions = {},
): Result<TopicAnalysis> {
  if (
    options.k !== undefined &&
    !(
      Number.isInteger(options.k) &&
      options.k >= (options.kMin ?? 2) &&
      options.k <= (options.kMax ?? 12)
    )
  ) {
    return fail(
      'INVALID_OPTIONS',
      `k = ${options.k} is outside the range to sweep (${options.kMin ?? 2}..${options.kMax ?? 12}).`,
      'Choose k within kMin..kMax.',
    );
  }
  const prepared = prepareTopics(tagLists, options);
  if (!prepared.ok) return prepared;
  const { docs, rows, vectorizer, matrix, sample, lsa } = prepared.value;
  const given = options.sweep;
  const swept = given
    ? null
    : kSweep(sample ? selectRows(matrix, sample) : matrix, { ...options, lsa });
  if (swept && !swept.ok) return swept;
  const sampled = given
    ? { ...given, ...recommend(given.entries) }
    : { ...swept!.value, centroids: swept!.value.fits.map((f) => f.centroids) };
  if (sampled.entries.length === 0)
    return fail('INVALID_OPTIONS', 'The k sweep is empty.', 'Run the sweep again.');
  const k = options.k ?? sampled.recommendedK;
  const at = sampled.entries.findIndex((e) => e.k === k);
  if (at < 0)
    return fail(
      'INVALID_OPTIONS',
      `k = ${k} is more than the ${sampled.distinctDocuments} distinct documents allow (${sampled.entries[0]!.k}..${sampled.entries.at(-1)!.k}).`,
      'Choose a smaller k.',
    );
  // the chosen k on every document when the sweep saw a sample: one run from the sample's best
  // centres (on 100k generated posts it reached a higher total similarity than 10 fresh restarts
  // on every document, which took ten times as long). A sweep run elsewhere on every document
  // refits its k as the sweep did (same seeds, same result), so parts agree with one process.
  const refit = { ...options, kMin: k, kMax: k, only: undefined, lsa };
  const whole = sample
    ? kSweep(matrix, { ...refit, init: sampled.centroids[at]! })
    : given
      ? kSweep(matrix, refit)
      : null;
  if (whole && !whole.ok) return whole;
  const s = whole ? whole.value : swept!.value;
  const fitted = s.fits[whole ? 0 : at]!;
  // centres over the vocabulary, whatever space the rows were clustered in: the model, top terms
  // and representative posts read words
  const fit = lsa
    ? {
        ...fitted,
        cols: lsa.cols,
        centroids: centresInTermSpace(fitted.centroids, fitted.k, lsa),
      }
    : fitted;
  const sil = s.silhouettes[whole ? 0 : at] ?? null;
  const notes = [
    ...new Set([...sampled.notes.filter((n) => !n.startsWith('Silhouettes on')), ...s.notes]),
  ];
  if (sample)
    notes.unshift(
      `k = ${sampled.entries[0]!.k}..${sampled.entries.at(-1)!.k} compared on a seeded sample of ${sample.length.toLocaleString('en-US')} of ${matrix.rows.toLocaleString('en-US')} documents; k = ${k} then fitted on all of them.`,
    );
  const p = vectorizer.pruning;
  if (p.termsKept < p.termsSeen)
    notes.push(
      `Vocabulary pruned from ${p.termsSeen} to ${p.termsKept} hashtags (minDf ${p.minDf}, maxDf ${p.maxDf}, maxFeatures ${p.maxFeatures ?? 'none'}).`,
    );

  const labels = new Int32Array(tagLists.length).fill(-1);
  rows.forEach((post, d) => (labels[post] = fit.labels[d]!));
  const centroids = centroidModel(fit);
  const terms = centroids.centroids.map((c) =>
    topTerms(c, vectorizer.vocabulary, options.topTermCount ?? 10),
  );
  const clusterSil = new Float64Array(fit.k);
  const scored = new Float64Array(fit.k);
  if (sil) {
    sil.rows.forEach((d, r) => {
      clusterSil[fit.labels[d]!]! += sil.samplesCosine[r]!;
      scored[fit.labels[d]!]!++;
    });
  }
  const distinctive = classTfidf(docs, fit.labels, fit.k, {
    stopwords: options.namingStopwords,
  });
  const nearest = representativeDocuments(matrix, fit.labels, fit.centroids, fit.k, s.distinctOf);
  const clusters = terms.map((t, c) => {
    const silhouetteCosine = scored[c]! > 0 ? clusterSil[c]! / scored[c]! : null;
    const mixed = isMixed(silhouetteCosine, distinctive[c]!);
    return {
      id: c,
      size: fit.sizes[c]!,
      share: fit.sizes[c]! / docs.length,
      topTerms: t,
      silhouetteCosine,
      label: clusterName(distinctive[c]!, mixed),
      mixed,
      distinctiveTerms: distinctive[c]!,
      representatives: nearest[c]!.map((d) => rows[d]!),
    };
  });
  // an edge the user can widen: not k = 2, nor a top capped by the distinct documents
  const kAtEdge =
    sampled.entries.length < 2
      ? null
      : sampled.recommendedK === sampled.entries[0]!.k && sampled.recommendedK > 2
        ? 'low'
        : sampled.recommendedK === sampled.entries.at(-1)!.k &&
            sampled.recommendedK === (options.kMax ?? 12)
          ? 'high'
          : null;
  if (kAtEdge && options.k === undefined)
    notes.push(
      kAtEdge === 'high'
        ? `The recommended k = ${sampled.recommendedK} is the largest tried: more topics may fit better. Widen the range upwards to check.`
        : `The recommended k = ${sampled.recommendedK} is the smallest tried: the posts may hold fewer, broader topics. Widen the range downwards to check.`,
    );
  let largest = 0;
  for (const c of clusters) if (c.share > clusters[largest]!.share) largest = c.id;
  const largestShare = clusters[largest]!.share;
  if (largestShare > LARGEST_SHARE_WARNING)
    notes.push(
      `One cluster ("${clusters[largest]!.label}") holds ${Math.round(largestShare * 100)}% of the posts: read it as a catch-all rather than one topic, or try a larger k.`,
    );

  const projection = projectPca2d(matrix, {
    maxPoints: options.mapPoints,
    seed: options.seed,
    signal: options.signal,
    onProgress: options.onProgress,
  });
  if (!projection.ok && projection.error.code === 'ABORTED') return projection;
  const map = projection.ok ? projection.value : null;
  if (map?.sampled)
    notes.push(`The map shows a seeded sample of ${map.sampleSize} of ${map.totalRows} documents.`);

  return ok({
    posts: tagLists.length,
    documents: docs.length,
    distinctDocuments: s.distinctDocuments,
    sweep: sampled.entries,
    recommendedK: sampled.recommendedK,
    recommendationRule: sampled.rule,
    k: fit.k,
    labels,
    clusters,
    silhouette: sil && {
      posts: Uint32Array.from(sil.rows, (d) => rows[d]!),
      cluster: Int32Array.from(sil.rows, (d) => fit.labels[d]!),
      cosine: sil.samplesCosine,
      euclidean: sil.samplesEuclidean,
      sampled: sil.sampled,
      sampleSize: sil.sampleSize,
    },
    map: map && {
      posts: Uint32Array.from(map.rows, (d) => rows[d]!),
      x: map.x,
      y: map.y,
      cluster: Int32Array.from(map.rows, (d) => fit.labels[d]!),
      explainedVarianceRatio: map.explainedVarianceRatio,
      sampled: map.sampled,
      sampleSize: map.sampleSize,
    },
    model: {
      kind: 'murmur.topics',
      version: 1,
      tfidf: vectorizer,
      centroids,
      topTerms: terms.map((t) => t.map((w) => w.term)),
    },
    pruning: p,
    kAtEdge,
    largestShare,
    notes,
  });
}
