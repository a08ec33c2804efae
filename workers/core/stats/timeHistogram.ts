/** Datetimes counted per calendar unit (UTC), with the unit chosen to fit the span. */
import type { DatetimeSummary, TimeHistogram, TimeUnit } from './types.ts';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** 1970-01-01 was a Thursday: shift by 3 days so weeks start on Monday. */
const MONDAY_SHIFT = 3 * DAY;

interface UnitScale {
  readonly unit: TimeUnit;
  /** Index of the unit holding `t` (consecutive units have consecutive indices). */
  index(t: number): number;
  /** Epoch ms where unit `k` starts. */
  start(k: number): number;
}

const UNITS: readonly UnitScale[] = [
  fixed('minute', MINUTE, 0),
  fixed('hour', HOUR, 0),
  fixed('day', DAY, 0),
  fixed('week', 7 * DAY, MONDAY_SHIFT),
  {
    unit: 'month',
    index: (t) => {
      const d = new Date(t);
      return d.getUTCFullYear() * 12 + d.getUTCMonth();
    },
    start: (k) => Date.UTC(Math.floor(k / 12), k % 12, 1),
  },
  { unit: 'year', index: (t) => new Date(t).getUTCFullYear(), start: (k) => Date.UTC(k, 0, 1) },
];

function fixed(unit: TimeUnit, ms: number, shift: number): UnitScale {
  return { unit, index: (t) => Math.floor((t + shift) / ms), start: (k) => k * ms - shift };
}

/**
 * Counts per calendar unit from the unit of the earliest value to that of the latest, using the finest
 * of minute, hour, day, week, month, year that needs at most `maxBins` bins.
 */
export function timeHistogram(
  values: Float64Array,
  min: number,
  max: number,
  maxBins = 60,
): TimeHistogram {
  const scale =
    UNITS.find((u) => u.index(max) - u.index(min) + 1 <= maxBins) ?? UNITS[UNITS.length - 1]!;
  const first = scale.index(min);
  const n = scale.index(max) - first + 1;
  const counts = new Array<number>(n).fill(0);
  for (let i = 0; i < values.length; i++) {
    const t = values[i]!;
    if (Number.isFinite(t)) counts[scale.index(t) - first]!++;
  }
  return {
    unit: scale.unit,
    starts: Array.from({ length: n }, (_, k) => scale.start(first + k)),
    counts,
  };
}

/** Range, calendar histogram, and counts per hour of day and weekday of epoch-ms `values` (NaN = missing); null when none. */
export function datetimeSummary(values: Float64Array, maxBins = 60): DatetimeSummary | null {
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  const byHour = new Array<number>(24).fill(0);
  const byWeekday = new Array<number>(7).fill(0);
  for (let i = 0; i < values.length; i++) {
    const t = values[i]!;
    if (!Number.isFinite(t)) continue;
    count++;
    if (t < min) min = t;
    if (t > max) max = t;
    const msOfDay = ((t % DAY) + DAY) % DAY;
    byHour[Math.floor(msOfDay / HOUR)]!++;
    byWeekday[Math.floor(((((t + MONDAY_SHIFT) / DAY) % 7) + 7) % 7)]!++;
  }
  if (count === 0) return null;
  return {
    count,
    min,
    max,
    histogram: timeHistogram(values, min, max, maxBins),
    byHour,
    byWeekday,
  };
}
