/**
 * The report's charts as inline SVG strings: horizontal bars (with optional 95% ranges) and
 * 100%-stacked bars over time. Plain and self-contained (no script, no external font or image),
 * text at 12 px so it stays legible when printed.
 */
import { escapeHtml } from './escapeHtml.ts';

export interface Bar {
  readonly label: string;
  /** 0..1 of the scale's maximum. */
  readonly value: number;
  /** Shown at the bar's end ("41%"). */
  readonly text: string;
  readonly colour?: string;
  /** A 95% range drawn as a whisker, on the same 0..1 scale. */
  readonly range?: readonly [number, number];
}

const FONT = 'font-family="system-ui, sans-serif" font-size="12"';
const n = (x: number) => (Math.round(x * 10) / 10).toString();

/** Cuts a label to `max` characters with an ellipsis, so it never runs into the bars. */
function cut(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Horizontal bars, one row each, scaled to the largest value (or to 1 with `fullScale`). */
export function barChart(
  title: string,
  bars: readonly Bar[],
  options: { readonly fullScale?: boolean; readonly width?: number } = {},
): string {
  const width = options.width ?? 640;
  const labelWidth = 200;
  const textWidth = 110;
  const row = 26;
  const height = bars.length * row + 8;
  const top = options.fullScale
    ? 1
    : Math.max(1e-9, ...bars.map((b) => Math.max(b.value, b.range?.[1] ?? 0)));
  const plot = width - labelWidth - textWidth;
  const x = (v: number) => labelWidth + (Math.max(0, v) / top) * plot;
  const rows = bars.map((b, i) => {
    const y = 4 + i * row;
    const whisker = b.range
      ? `<line x1="${n(x(b.range[0]))}" x2="${n(x(b.range[1]))}" y1="${y + 11}" y2="${y + 11}" stroke="#212529" stroke-width="1.5"/>` +
        `<line x1="${n(x(b.range[0]))}" x2="${n(x(b.range[0]))}" y1="${y + 5}" y2="${y + 17}" stroke="#212529" stroke-width="1.5"/>` +
        `<line x1="${n(x(b.range[1]))}" x2="${n(x(b.range[1]))}" y1="${y + 5}" y2="${y + 17}" stroke="#212529" stroke-width="1.5"/>`
      : '';
    const end = Math.max(x(b.value), b.range ? x(b.range[1]) : 0);
    return (
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(cut(b.label, 30))}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${n(Math.max(0, x(b.value) - labelWidth))}" height="16" fill="${b.colour ?? '#3b5bdb'}"/>` +
      whisker +
      `<text x="${n(end + 6)}" y="${y + 15}">${escapeHtml(b.text)}</text>`
    );
  });
  return (
    `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${FONT} fill="#212529">` +
    `<title>${escapeHtml(title)}</title>${rows.join('')}</svg>`
  );
}

export interface StackedColumn {
  /** Axis text under the column ("2024-03-04"), shown for the first, middle and last. */
  readonly label: string;
  /** Counts per series, in the series' order. */
  readonly values: readonly number[];
}

/** 100%-stacked columns (each column's series as shares of its total), with a legend. */
export function stackedShareChart(
  title: string,
  series: readonly { readonly name: string; readonly colour: string }[],
  columns: readonly StackedColumn[],
  options: { readonly width?: number } = {},
): string {
  const width = options.width ?? 640;
  const left = 44;
  const plotTop = 28;
  const plotHeight = 180;
  const height = plotTop + plotHeight + 28;
  const step = (width - left - 8) / Math.max(1, columns.length);
  const gap = step > 6 ? 1 : 0;
  const legend = series
    .map(
      (s, i) =>
        `<rect x="${left + i * 110}" y="4" width="12" height="12" fill="${s.colour}"/><text x="${left + i * 110 + 16}" y="14">${escapeHtml(s.name)}</text>`,
    )
    .join('');
  const axis = [0, 0.5, 1]
    .map((t) => {
      const y = plotTop + plotHeight * (1 - t);
      return `<text x="${left - 6}" y="${n(y + 4)}" text-anchor="end">${t * 100}%</text><line x1="${left}" x2="${width - 8}" y1="${n(y)}" y2="${n(y)}" stroke="#dee2e6"/>`;
    })
    .join('');
  const rects = columns
    .map((c, i) => {
      const total = c.values.reduce((a, b) => a + b, 0);
      if (total <= 0) return '';
      let y = plotTop + plotHeight;
      return c.values
        .map((v, s) => {
          const h = (v / total) * plotHeight;
          y -= h;
          return h > 0
            ? `<rect x="${n(left + i * step)}" y="${n(y)}" width="${n(Math.max(0.5, step - gap))}" height="${n(h)}" fill="${series[s]?.colour ?? '#868e96'}"/>`
            : '';
        })
        .join('');
    })
    .join('');
  const ticks = [...new Set([0, Math.floor((columns.length - 1) / 2), columns.length - 1])]
    .filter((i) => i >= 0 && i < columns.length)
    .map((i, k, all) => {
      const anchor = k === 0 ? 'start' : k === all.length - 1 ? 'end' : 'middle';
      const x =
        anchor === 'start'
          ? left + i * step
          : anchor === 'end'
            ? left + (i + 1) * step
            : left + (i + 0.5) * step;
      return `<text x="${n(x)}" y="${plotTop + plotHeight + 18}" text-anchor="${anchor}">${escapeHtml(columns[i]!.label)}</text>`;
    })
    .join('');
  return (
    `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${FONT} fill="#212529">` +
    `<title>${escapeHtml(title)}</title>${legend}${axis}${rects}${ticks}</svg>`
  );
}
