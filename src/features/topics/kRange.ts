/** The k range a run sweeps, and the wider one offered when the recommended k sits at its edge. */
import type { TopicsSettings } from '../../../workers/api.ts';

export type KRange = Pick<TopicsSettings, 'kMin' | 'kMax'>;

/** Largest k the analysis accepts (K_LIMIT of workers/jobs/topics/topicsSettings.ts). */
const K_LIMIT = 50;

/**
 * The range one step wider on the side of the edge: six more at the top (at most 50), down to 2 at
 * the bottom. Null when it cannot widen on that side.
 */
export function widerRange(edge: 'low' | 'high', s: KRange): KRange | null {
  const next =
    edge === 'high'
      ? { kMin: s.kMin, kMax: Math.min(K_LIMIT, s.kMax + 6) }
      : { kMin: Math.max(2, s.kMin - 4), kMax: s.kMax };
  return next.kMin === s.kMin && next.kMax === s.kMax ? null : next;
}
