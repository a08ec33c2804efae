/** The pool worker's topic job: unpack the documents, run the whole analysis, return it ready to transfer. */
import type { JobProgress, ProgressFn } from '../../api/common.ts';
import type {
  TopicFit,
  TopicFitRequest,
  TopicsSettings,
  TopicSweepPart,
  TopicSweepRequest,
} from '../../api/topics.ts';
import {
  analyseTopics,
  mergeSweepParts,
  sweepTopicsPart,
  textTopicOptions,
  type TopicAnalysisOptions,
} from '../../core/cluster/index.ts';
import { fail, type Result, ok } from '../../core/errors/index.ts';
import { unpackDocuments } from './packedDocuments.ts';
import { silhouettePlot } from './silhouettePlot.ts';
import { checkSettings } from './topicsSettings.ts';

/** Posts on the 2-D map: enough to see the clusters, few enough for an SVG scatter to draw within a frame or two. */
export const MAP_POINTS = 1000;

/** The analysis options of `settings` (a refit of one `k`, or the sweep over the range). */
function topicOptions(s: TopicsSettings, k: number | undefined): TopicAnalysisOptions {
  return {
    kMin: k ?? s.kMin,
    kMax: k ?? s.kMax,
    k,
    seed: s.seed,
    nInit: s.nInit,
    minDf: s.minDf,
    maxDf: s.maxDf,
    maxFeatures: s.maxFeatures,
    // text: spherical k-means and names without general words (docs/TOPICS.md)
    ...(s.terms === 'terms' && textTopicOptions()),
    mapPoints: MAP_POINTS,
  };
}

/** Part of the k sweep (the k in `only`) on the packed documents, as `fitTopicDocuments` would run it. */
export function sweepTopicDocuments(
  request: TopicSweepRequest,
  onProgress?: ProgressFn<JobProgress>,
): Result<TopicSweepPart> {
  const checked = checkSettings(request.settings);
  if (!checked.ok) return checked;
  return sweepTopicsPart(unpackDocuments(request.documents), {
    ...topicOptions(checked.value, undefined),
    only: request.only,
    onProgress,
  });
}

/** Sweeps k (or refits one k) on the packed documents. Fails as `analyseTopics` does, or INVALID_OPTIONS. */
export function fitTopicDocuments(
  request: TopicFitRequest,
  onProgress?: ProgressFn<JobProgress>,
): Result<TopicFit> {
  const checked = checkSettings(request.settings);
  if (!checked.ok) return checked;
  const s = checked.value;
  const k = request.k;
  if (k !== undefined && !(Number.isInteger(k) && k >= 2))
    return fail('INVALID_OPTIONS', `k must be a whole number ≥ 2, not ${k}.`);
  const t0 = performance.now();
  const lists = unpackDocuments(request.documents);
  const r = analyseTopics(lists, {
    ...topicOptions(s, k),
    ...(request.sweepParts && { sweep: mergeSweepParts(request.sweepParts) }),
    onProgress,
  });
  if (!r.ok) return r;
  const a = r.value;
  const sil = a.silhouette;
  return ok({
    posts: a.posts,
    documents: a.documents,
    distinctDocuments: a.distinctDocuments,
    sweep: a.sweep,
    recommendedK: a.recommendedK,
    recommendationRule: a.recommendationRule,
    k: a.k,
    clusters: a.clusters,
    labels: a.labels,
    map: a.map,
    silhouettePlot: sil && silhouettePlot(sil.cluster, sil.cosine, a.k, sil.sampled),
    pruning: a.pruning,
    notes: a.notes,
    kAtEdge: a.kAtEdge,
    largestShare: a.largestShare,
    model: JSON.stringify(request.phrases ? { ...a.model, phrases: request.phrases } : a.model),
    seconds: (performance.now() - t0) / 1000,
  });
}

/** The distinct buffers of a fit's typed arrays, to transfer instead of copy. */
export function fitBuffers(fit: TopicFit): ArrayBuffer[] {
  const arrays = [fit.labels, fit.map?.posts, fit.map?.x, fit.map?.y, fit.map?.cluster];
  return [...new Set(arrays.filter((a) => a !== undefined).map((a) => a.buffer as ArrayBuffer))];
}
