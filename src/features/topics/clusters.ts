/** How clusters look everywhere in the view: one colour and one name each. */
import type { TermKind, TopicCluster } from '../../../workers/api.ts';

const PALETTE = [
  '#3b5bdb',
  '#f08c00',
  '#2f9e44',
  '#e03131',
  '#ae3ec9',
  '#0c8599',
  '#c2255c',
  '#5c940d',
  '#1971c2',
  '#e8590c',
  '#6741d9',
  '#087f5b',
];

/** A colour per cluster id: twelve distinct ones, then hues spread by the golden angle. */
export function clusterColour(id: number): string {
  return PALETTE[id] ?? `hsl(${Math.round((id * 137.508) % 360)} 65% 45%)`;
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
