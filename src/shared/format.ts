/** Number and size formatting shared by every view. */
const int = new Intl.NumberFormat('en-US');

export function formatInt(n: number): string {
  return int.format(Math.round(n));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

export function formatPercent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}

export function formatNumber(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return '—';
  if (Math.abs(x) >= 1e5 || (Math.abs(x) < 1e-3 && x !== 0)) return x.toExponential(2);
  return Number(x.toFixed(digits)).toString();
}

export function formatSeconds(s: number): string {
  if (s < 60) return `${Math.max(0, Math.round(s))} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

/**
 * A number as people read it: never in scientific notation, thousands grouped, at most `digits`
 * decimals (trailing zeros dropped); what rounds to 0 is 0.
 */
export function formatPlain(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return '—';
  const text = x.toLocaleString('en-US', { maximumFractionDigits: digits, useGrouping: true });
  return text === '-0' ? '0' : text;
}

/** A count such as likes: whole above 10 ("16", "2,455"), one decimal below ("5.4"). */
export function formatCount(x: number): string {
  return formatPlain(x, Math.abs(x) >= 10 ? 0 : 1);
}
