/** The Topics view's starting settings, and their check before a run. */
import type { TopicsSettings } from '../../api/topics.ts';
import { fail, ok, type Result } from '../../core/errors/index.ts';

/**
 * As the sklearn reference (k = 2..12, n_init 10, seed 0, no df pruning), with the vocabulary
 * capped at the 5,000 most used terms: centres are k × vocabulary, so the cap bounds memory
 * (200k distinct hashtags would otherwise mean 12 × 200k weights per fit) while a typical
 * export (2,707 hashtags in the vaccination tweets) is not pruned at all.
 */
export const DEFAULT_TOPICS_SETTINGS: TopicsSettings = {
  terms: 'hashtags',
  kMin: 2,
  kMax: 12,
  seed: 0,
  nInit: 10,
  minDf: 1,
  maxDf: 1,
  maxFeatures: 5000,
};

/** Upper bounds that keep a run within minutes: k up to 50, restarts up to 50. */
const K_LIMIT = 50;
const N_INIT_LIMIT = 50;

/** Checks settings a user typed; messages say which field and what is allowed. */
export function checkSettings(s: TopicsSettings): Result<TopicsSettings> {
  const whole = (v: number, lo: number, hi: number): boolean =>
    Number.isInteger(v) && v >= lo && v <= hi;
  if (s.terms !== 'hashtags' && s.terms !== 'terms')
    return fail(
      'INVALID_OPTIONS',
      `Documents must be "hashtags" or "terms", not "${String(s.terms)}".`,
    );
  if (!whole(s.kMin, 2, K_LIMIT) || !whole(s.kMax, s.kMin, K_LIMIT)) {
    return fail(
      'INVALID_OPTIONS',
      `The k range must be whole numbers with 2 ≤ from ≤ to ≤ ${K_LIMIT}, not ${s.kMin}..${s.kMax}.`,
      'The usual range is 2 to 12.',
    );
  }
  if (!whole(s.seed, 0, 0xffffffff))
    return fail(
      'INVALID_OPTIONS',
      `The seed must be a whole number from 0 to 4294967295, not ${s.seed}.`,
    );
  if (!whole(s.nInit, 1, N_INIT_LIMIT))
    return fail(
      'INVALID_OPTIONS',
      `Restarts must be a whole number from 1 to ${N_INIT_LIMIT}, not ${s.nInit}.`,
      'scikit-learn uses 10.',
    );
  if (!whole(s.minDf, 1, Number.MAX_SAFE_INTEGER))
    return fail(
      'INVALID_OPTIONS',
      `Min documents must be a whole number ≥ 1, not ${s.minDf}.`,
      'Use 1 to keep every term, 2 to drop terms used only once.',
    );
  if (!(s.maxDf > 0 && s.maxDf <= 1))
    return fail(
      'INVALID_OPTIONS',
      `Max document share must be above 0 and at most 1, not ${s.maxDf}.`,
      'Use 1 to keep every term; 0.5 drops terms in more than half of the documents.',
    );
  if (s.maxFeatures !== null && !whole(s.maxFeatures, 1, Number.MAX_SAFE_INTEGER))
    return fail(
      'INVALID_OPTIONS',
      `Max terms must be a whole number ≥ 1 or empty for no cap, not ${s.maxFeatures}.`,
    );
  return ok(s);
}
