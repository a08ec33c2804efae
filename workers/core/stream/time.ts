/** Post times as feeds write them: epoch seconds, milliseconds or microseconds, or date-time text. */

/** Epoch numbers above these are read as µs and ms (1e14 µs is 1973; 1e11 s is the year 5138). */
const MICROS_FROM = 1e14;
const MILLIS_FROM = 1e11;

/**
 * Epoch ms of a time value, NaN when it cannot be read. Numbers are seconds, milliseconds or
 * microseconds by their size (Jetstream's `time_us` is µs); strings are ISO 8601 date-times or
 * digits read the same way.
 */
export function readTimeMs(value: unknown): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return NaN;
    return value >= MICROS_FROM ? value / 1000 : value >= MILLIS_FROM ? value : value * 1000;
  }
  if (typeof value !== 'string') return NaN;
  const s = value.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return readTimeMs(Number(s));
  // date-times only: Date.parse also accepts words and bare numbers in some engines
  if (!/^\d{4}-\d{2}-\d{2}/.test(s)) return NaN;
  const ms = Date.parse(s);
  return Number.isFinite(ms) ? ms : NaN;
}
