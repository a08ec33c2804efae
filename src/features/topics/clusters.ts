/** How clusters look everywhere in the view: one colour and one name each. */
import type { TermKind, TopicCluster, TopicsResult } from '../../../workers/api.ts';
import { topicColour } from '../../shared/palette.ts';

/** A colour per cluster id, from the app's one topic palette. */
export function clusterColour(id: number): string {
  return topicColour(id);
}

/** "Topic 3", as every chart and list names cluster 2. */
export function clusterName(id: number): string {
  return `Topic ${id + 1}`;
}

/**
 * "Topic 3 · customer service · rude": the cluster's number and its name (the user's, else its
 * distinctive words, "Mixed / unclear" for a mixed one; the heaviest term for older results).
 */
export function clusterLabel(
  c: Pick<TopicCluster, 'id' | 'topTerms'> & { readonly label?: string },
  kind: TermKind,
): string {
  if (c.label) return `${clusterName(c.id)} · ${c.label}`;
  const top = c.topTerms[0]?.term;
  return top ? `${clusterName(c.id)} · ${shown(top, kind)}` : clusterName(c.id);
}

/** A term as the user sees it: '#tag' for hashtags. */
export function shown(term: string, kind: TermKind): string {
  return kind === 'hashtags' ? `#${term}` : term;
}

/** "2025-03-01" or "2025-03-01 14:00" for a bucket start. */
export function formatBucket(ms: number, unit: 'hour' | 'day' | 'week' | 'month'): string {
  const iso = new Date(ms).toISOString();
  if (unit === 'hour') return `${iso.slice(0, 10)} ${iso.slice(11, 13)}:00`;
  if (unit === 'month') return iso.slice(0, 7);
  return iso.slice(0, 10);
}

/**
 * The result as the user edited it, for every chart: clusters merged into another count in that
 * topic (sizes, periods, map points), hidden topics are left out, and a topic the user named
 * carries that name (no longer marked mixed). Cluster ids stay those of the fit.
 */
export function editedResult(result: TopicsResult): TopicsResult {
  // the same object for the same result, so memoised charts skip progress re-renders
  let edited = editedCache.get(result);
  if (!edited) editedCache.set(result, (edited = applyEdits(result)));
  return edited;
}

const editedCache = new WeakMap<TopicsResult, TopicsResult>();

function applyEdits(result: TopicsResult): TopicsResult {
  const e = result.edits;
  if (Object.keys(e.names).length + Object.keys(e.mergedInto).length + e.hidden.length === 0)
    return result;
  const hidden = new Set(e.hidden);
  // checkEdits stores each merge followed to its end, so one look-up finds the topic
  const topicOf = (id: number): number => e.mergedInto[id] ?? id;
  const visible = (id: number): boolean => !hidden.has(topicOf(id));
  const total = result.clusters.reduce((n, c) => n + c.size, 0) || 1;
  const clusters = result.clusters
    .filter((c) => e.mergedInto[c.id] === undefined && !hidden.has(c.id))
    .map((root) => {
      const size = result.clusters
        .filter((c) => topicOf(c.id) === root.id)
        .reduce((n, c) => n + c.size, 0);
      const name = e.names[root.id];
      return {
        ...root,
        size,
        share: size / total,
        ...(name !== undefined && { label: name, mixed: false }),
      };
    });
  const t = result.timeline;
  const timeline = t && {
    ...t,
    counts: t.counts.map((row) => {
      const merged = new Array<number>(row.length).fill(0);
      row.forEach((n, c) => {
        if (visible(c)) merged[topicOf(c)]! += n;
      });
      return merged;
    }),
  };
  const m = result.map;
  const map = m && {
    ...m,
    points: m.points
      .filter((p) => visible(p.cluster))
      .map((p) => ({ ...p, cluster: topicOf(p.cluster) })),
  };
  return { ...result, clusters, timeline, map };
}
