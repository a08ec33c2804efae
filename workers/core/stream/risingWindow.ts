/**
 * Rising hashtags of a live window: posts using each in the latest window against the mean of
 * the windows before it, scored as `core/trends/rising.ts` scores a dataset's trends
 * (growth = (recent + 5) / (baseline + 5), rising when recent ≥ minRecent and recent > baseline).
 */
import { compareCodePoints } from '../text/codePointOrder.ts';
import { GROWTH_PRIOR, type RisingTerm } from '../trends/rising.ts';
import type { TermRing } from './termRing.ts';

export type { RisingTerm } from '../trends/rising.ts';

export interface RisingWindow {
  readonly rising: readonly RisingTerm[];
  /** Previous windows the data cover (0: the stream is younger than one window, nothing can rise yet). */
  readonly previousWindows: number;
}

/**
 * Rising terms of `ring` for the window of `windowBuckets` buckets ending with bucket `last`,
 * against up to `previousWindows` windows before it (fewer when the stream started later).
 */
export function risingInWindow(
  ring: TermRing,
  last: number,
  windowBuckets: number,
  options: { previousWindows?: number; minRecent?: number; top?: number } = {},
): RisingWindow {
  const first = last - windowBuckets + 1;
  const started = ring.bucketAt(ring.firstTimeMs);
  if (!Number.isFinite(started) || started >= first) return { rising: [], previousWindows: 0 };
  const m = Math.min(options.previousWindows ?? 3, Math.ceil((first - started) / windowBuckets));
  const minRecent = options.minRecent ?? 3;
  const recent = ring.sum(first, last);
  const before = ring.sum(first - m * windowBuckets, first - 1);
  const rising: RisingTerm[] = [];
  for (const [id, r] of recent) {
    const previous = before.get(id) ?? 0;
    const baseline = previous / m;
    if (r >= minRecent && r > baseline)
      rising.push({
        term: ring.termOf(id),
        recent: r,
        previous,
        baseline,
        growth: (r + GROWTH_PRIOR) / (baseline + GROWTH_PRIOR),
      });
  }
  rising.sort(
    (a, b) => b.growth - a.growth || b.recent - a.recent || compareCodePoints(a.term, b.term),
  );
  return { rising: rising.slice(0, options.top ?? 10), previousWindows: m };
}
