/**
 * An exported chart as one standalone SVG: the title above the chart, its legend and a source line
 * (dataset, posts, date range, method) below, so a picture pasted into a slide or an article says
 * what it shows and where it came from. Pure string work: the page, the tests and the HTML report
 * can all call it.
 */
import { layoutLegend, LEGEND_ROW } from './charts/legend.ts';
import { wrapText } from './charts/ticks.ts';

/** One legend entry: a swatch of `colour` and its label. */
export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
}

/** Where a chart's numbers come from, for its source line; any part may be unknown. */
export interface ChartSource {
  /** The dataset's name. */
  readonly dataset?: string | null;
  /** Posts the chart counts (the dataset's rows unless it says otherwise). */
  readonly posts?: number | null;
  /** First and last post time, epoch ms. */
  readonly dateRange?: readonly [number, number] | null;
  /** How the numbers were made, e.g. "VADER compound, neutral between ±0.05". */
  readonly method?: string | null;
}

/** A serialized chart: its SVG text and size in px. */
export interface SvgImage {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

export interface ExportMeta {
  readonly title: string;
  readonly legend?: readonly LegendEntry[];
  /** The source line as written under the chart (see `sourceLine`). */
  readonly source: string;
}

const PAD = 16;
const TITLE_PX = 16;
const TITLE_LINE = 21;
const SOURCE_LINE = 15;
/** Narrowest export: a phone-sized chart still gets a readable title and source line. */
const MIN_WIDTH = 360;

/** The date part of an epoch-ms time, "2025-03-01" (UTC, as the app's tables write it). */
function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * "Source: sample · 5,000 posts · 2025-01-01 to 2025-03-31 · Method: … · Made with Murmur":
 * the parts that are known, in that order.
 */
export function sourceLine(source: ChartSource): string {
  const parts: string[] = [];
  if (source.dataset) parts.push(`Source: ${source.dataset}`);
  if (source.posts != null && Number.isFinite(source.posts))
    parts.push(`${source.posts.toLocaleString('en-US')} post${source.posts === 1 ? '' : 's'}`);
  const range = source.dateRange;
  if (range && Number.isFinite(range[0]) && Number.isFinite(range[1]))
    parts.push(
      day(range[0]) === day(range[1]) ? day(range[0]) : `${day(range[0])} to ${day(range[1])}`,
    );
  if (source.method) parts.push(`Method: ${source.method}`);
  parts.push('Made with Murmur');
  return parts.join(' · ');
}

/** Text made safe inside SVG markup. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/**
 * The chart with its title on top and its legend and source line underneath, as one SVG document
 * on a white background. The chart keeps its own size; the picture is at least 360 px wide, and
 * the title and source line wrap to its width.
 */
export function composeChartSvg(chart: SvgImage, meta: ExportMeta): SvgImage {
  const width = Math.ceil(Math.max(MIN_WIDTH, chart.width + 2 * PAD));
  const inner = width - 2 * PAD;
  const out: string[] = [];
  let y = PAD;

  const titleLines = wrapText(meta.title, (inner * 11) / TITLE_PX);
  titleLines.forEach((line, i) => {
    out.push(
      `<text x="${PAD}" y="${y + TITLE_PX + i * TITLE_LINE}" font-size="${TITLE_PX}" font-weight="600" fill="#1d2433" data-part="title">${escapeXml(line)}</text>`,
    );
  });
  y += titleLines.length * TITLE_LINE + 8;

  // The chart as it was drawn, its XML declaration (if any) dropped so it nests.
  const body = chart.text.replace(/^\s*<\?xml[^>]*>\s*/, '');
  out.push(`<g transform="translate(${PAD},${y})" data-part="chart">${body}</g>`);
  y += Math.ceil(chart.height) + 10;

  const legend = meta.legend ?? [];
  if (legend.length > 0) {
    const laid = layoutLegend(
      legend.map((e) => e.label),
      PAD,
      width - PAD,
    );
    const items = legend.map((e, i) => {
      const at = laid.positions[i]!;
      const top = y + at.row * LEGEND_ROW;
      return `<g data-part="legend-entry"><rect x="${at.x}" y="${top + 1}" width="12" height="12" rx="2" fill="${escapeXml(e.colour)}"/><text x="${at.x + 17}" y="${top + 11}" font-size="11" fill="#1d2433">${escapeXml(e.label)}</text></g>`;
    });
    out.push(`<g data-part="legend">${items.join('')}</g>`);
    y += laid.rows * LEGEND_ROW + 6;
  }

  const sourceLines = wrapText(meta.source, inner);
  sourceLines.forEach((line, i) => {
    out.push(
      `<text x="${PAD}" y="${y + 11 + i * SOURCE_LINE}" font-size="11" fill="#5c6577" data-part="source">${escapeXml(line)}</text>`,
    );
  });
  y += sourceLines.length * SOURCE_LINE + PAD - 4;

  const height = Math.ceil(y);
  const text =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">` +
    `<title>${escapeXml(meta.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    out.join('') +
    `</svg>`;
  return { text, width, height };
}
