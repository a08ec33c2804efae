/** The order a dataset replays in: by time (stable, so equal times keep file order), or file order without times. */
import { UNIT_MS, type WindowUnit } from './snapshot.ts';

export interface ReplayOrder {
  /** Row of the table at each replay position. */
  readonly order: Uint32Array;
  /** Epoch ms at each replay position, ascending (NaN throughout when the dataset has no times). */
  readonly times: Float64Array;
  /** Rows left out because their time is missing or unreadable. */
  readonly withoutTime: number;
}

/** Rows sorted by `times` (epoch ms, NaN = unreadable: left out), or all rows in file order when `times` is null. */
export function replayOrder(times: Float64Array | null, rows: number): ReplayOrder {
  if (!times)
    return {
      order: Uint32Array.from({ length: rows }, (_, i) => i),
      times: new Float64Array(rows).fill(NaN),
      withoutTime: 0,
    };
  const kept: number[] = [];
  for (let r = 0; r < rows; r++) if (Number.isFinite(times[r]!)) kept.push(r);
  const order = Uint32Array.from(kept).sort((a, b) => times[a]! - times[b]! || a - b);
  return {
    order,
    times: Float64Array.from(order, (r) => times[r]!),
    withoutTime: rows - kept.length,
  };
}

/** The first position whose time is at or after `timeMs` (the length when none). */
export function seekIndex(sortedTimes: Float64Array, timeMs: number): number {
  let lo = 0;
  let hi = sortedTimes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedTimes[mid]! < timeMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Posts a 15-unit window should hold on average for a replay to be worth watching. */
const POSTS_PER_LONGEST_WINDOW = 50;

/** The shortest unit (minute, hour, day) whose 15-unit window holds about 50 posts or more on average over the span. */
export function suggestUnit(rows: number, spanMs: number): WindowUnit {
  if (!(rows > 0 && spanMs > 0)) return 'minute';
  for (const unit of ['minute', 'hour'] as const)
    if ((rows * 15 * UNIT_MS[unit]) / spanMs >= POSTS_PER_LONGEST_WINDOW) return unit;
  return 'day';
}
