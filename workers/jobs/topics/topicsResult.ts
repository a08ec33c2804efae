/** A fit from the pool worker turned into what the view draws: clusters with their most used terms, clusters over time, the map with each point's terms. */
import type {
  ClusterTimeline,
  TopicFit,
  TopicMap,
  TopicModelInfo,
  TopicsResult,
  TopicsSettings,
} from '../../api/topics.ts';
import { columnWithRole } from '../../core/schema/index.ts';
import { bucketTimes, countTerms, type TermKind } from '../../core/trends/index.ts';
import type { KeptTopics } from '../shared/keptTopics.ts';
import type { LoadedDataset } from '../shared/session.ts';
import { NO_TOPIC_EDITS } from './topicEdits.ts';
import { timesOf, type IndexedTerms } from './topicsSession.ts';

/** A term as the user sees it: '#tag' for hashtags, the word for text terms. */
export function shownTerm(term: string, kind: TermKind): string {
  return kind === 'hashtags' ? `#${term}` : term;
}

/** Posts per cluster in each time bucket, or null without a timestamp column. */
export function clusterTimeline(
  d: LoadedDataset,
  labels: Int32Array,
  k: number,
): ClusterTimeline | null {
  const times = timesOf(d);
  if (!times) return null;
  const dated = times.times.map((t, r) => (labels[r]! >= 0 ? t : NaN));
  const buckets = bucketTimes(dated);
  if (!buckets) return null;
  const counts = Array.from({ length: buckets.count }, () => new Array<number>(k).fill(0));
  let undated = 0;
  for (let r = 0; r < labels.length; r++) {
    if (labels[r]! < 0) continue;
    const b = buckets.index[r]!;
    if (b < 0) undated++;
    else counts[b]![labels[r]!]!++;
  }
  return { column: times.column, unit: buckets.unit, starts: buckets.starts, counts, undated };
}

function mapOf(fit: TopicFit, terms: IndexedTerms, kind: TermKind): TopicMap | null {
  const m = fit.map;
  if (!m) return null;
  const points = Array.from(m.posts, (row, i) => ({
    x: m.x[i]!,
    y: m.y[i]!,
    cluster: m.cluster[i]!,
    row,
    // the post's words; the phrases after them repeat words already shown
    terms: (terms.lists[row] ?? [])
      .filter((t) => !t.includes(' '))
      .slice(0, 10)
      .map((t) => shownTerm(t, kind))
      .join(' '),
  }));
  return {
    points,
    explainedVarianceRatio: m.explainedVarianceRatio,
    sampled: m.sampled,
    sampleSize: m.sampleSize,
    documents: fit.documents,
  };
}

/**
 * The result of `fit` on this dataset's `terms`. With `previous` (a refit of one k), the sweep,
 * the recommendation and the sweep's notes are those of the previous run.
 */
export function topicsResult(
  d: LoadedDataset,
  fit: TopicFit,
  settings: TopicsSettings,
  terms: IndexedTerms,
  previous: KeptTopics | null,
): TopicsResult {
  const members: number[][] = Array.from({ length: fit.k }, () => []);
  fit.labels.forEach((c, r) => {
    if (c >= 0) members[c]!.push(r);
  });
  const text = columnWithRole(d.schema, 'text');
  const cells = text ? d.table.columns[text.index]! : null;
  const clusters = fit.clusters.map((c) => ({
    ...c,
    topByPosts: countTerms(terms.index, members[c.id]!, 10),
    representativePosts: cells ? c.representatives.map((r) => (cells[r] ?? '').slice(0, 280)) : [],
  }));
  const sweepOf = previous?.result ?? fit;
  const model: TopicModelInfo = {
    dataset: d.meta.name,
    terms: settings.terms,
    k: fit.k,
    documents: fit.documents,
    vocabulary: fit.pruning.termsKept,
  };
  return {
    settings,
    source: terms.source,
    posts: fit.posts,
    documents: fit.documents,
    distinctDocuments: fit.distinctDocuments,
    sweep: sweepOf.sweep,
    recommendedK: sweepOf.recommendedK,
    recommendationRule: sweepOf.recommendationRule,
    kAtEdge: sweepOf.kAtEdge,
    largestShare: fit.largestShare,
    k: fit.k,
    clusters,
    timeline: clusterTimeline(d, fit.labels, fit.k),
    map: mapOf(fit, terms, settings.terms),
    silhouettePlot: fit.silhouettePlot,
    pruning: fit.pruning,
    notes: [...new Set([...(previous?.result.notes ?? []), ...fit.notes])],
    model,
    // a new analysis starts without renames or merges: cluster ids mean other things now
    edits: NO_TOPIC_EDITS,
    restored: false,
    seconds: fit.seconds,
  };
}
