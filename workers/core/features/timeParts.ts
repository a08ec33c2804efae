import type { TimePart } from './types.ts';

/**
 * A calendar part of an epoch-ms time in UTC (naive times were read as UTC), as pandas
 * `dt.hour`, `dt.dayofweek` (Monday = 0), `dt.month` (1–12) and `dt.year`.
 */
export function timePart(ms: number, part: TimePart): number {
  const d = new Date(ms);
  switch (part) {
    case 'hour':
      return d.getUTCHours();
    case 'day_of_week':
      return (d.getUTCDay() + 6) % 7;
    case 'month':
      return d.getUTCMonth() + 1;
    case 'year':
      return d.getUTCFullYear();
  }
}
