/** How the stream view writes times, windows and rates. */
import type { WindowUnit } from '../../../workers/api.ts';
import { formatInt, formatNumber } from '../../shared/format.ts';
import { SENTIMENT_COLOUR } from '../../shared/palette.ts';

export const WINDOW_LENGTHS = [1, 5, 15] as const;

const UNIT_MS: Record<WindowUnit, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/** "5 minutes", "1 hour". */
export function windowName(length: number, unit: WindowUnit): string {
  return `${length} ${unit}${length === 1 ? '' : 's'}`;
}

/** The rate unit that suits a window unit: posts per second for minutes, per minute for hours, per hour for days. */
export function rateUnit(unit: WindowUnit): { readonly name: string; readonly seconds: number } {
  return unit === 'minute'
    ? { name: 'second', seconds: 1 }
    : unit === 'hour'
      ? { name: 'minute', seconds: 60 }
      : { name: 'hour', seconds: 3600 };
}

/** A stream time as "2025-01-01 12:00:05 UTC" (seconds dropped for hour and day windows). */
export function streamTime(ms: number, unit: WindowUnit = 'minute'): string {
  if (!Number.isFinite(ms)) return '—';
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, unit === 'minute' ? 19 : 16)} UTC`;
}

/** A clock label for a chart axis: "12:00:05" for minutes, "14:00" for hours, "Mar 2" for days. */
export function axisTime(ms: number, unit: WindowUnit): string {
  const d = new Date(ms);
  if (unit === 'day')
    return d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return d.toISOString().slice(11, unit === 'minute' ? 19 : 16);
}

export function unitMs(unit: WindowUnit): number {
  return UNIT_MS[unit];
}

export const LABEL_NAMES = ['negative', 'neutral', 'positive'] as const;
export const LABEL_COLOURS = [
  SENTIMENT_COLOUR.negative,
  SENTIMENT_COLOUR.neutral,
  SENTIMENT_COLOUR.positive,
] as const;

/** A rate: whole numbers from 100 up, two significant decimals below. */
export function formatRate(v: number): string {
  return v >= 100 ? formatInt(v) : formatNumber(v, 2);
}
