/** How clusters look everywhere in the view: one colour and one name each. */
import type { TermKind, TopicCluster } from '../../../workers/api.ts';
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
