import { useEffect, useId, useState, type RefObject } from 'react';
import { useChartSource } from '../shared/useChartSource.ts';
import {
  composeChartSvg,
  sourceLine,
  type ChartSource,
  type LegendEntry,
  type SvgImage,
} from './chartExportSvg.ts';

/** Saves a Blob as a file through a temporary link (nothing leaves the page). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Computed styles copied onto the exported SVG, so it looks the same outside the page's CSS. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const;

/** The largest SVG in `root` (a chart, not an icon), or null. */
function chartSvg(root: HTMLElement | null): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const svg of root?.querySelectorAll('svg') ?? []) {
    const r = svg.getBoundingClientRect();
    if (r.width * r.height > area) {
      area = r.width * r.height;
      best = svg;
    }
  }
  return area > 400 ? best : null;
}

/** The chart as standalone SVG text: computed styles inlined, size and namespace set. */
function serializeSvg(svg: SVGSVGElement): SvgImage {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const computed = getComputedStyle(el);
    const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    target[i]!.setAttribute('style', style);
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  if (!clone.hasAttribute('viewBox'))
    clone.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

/**
 * The legend entries drawn as HTML in `root` (outside the chart's SVG, which carries its own):
 * elements with `data-legend-colour`, labelled by `data-legend-label` or else by their parent's
 * text. Each label once.
 */
function htmlLegend(root: HTMLElement, chart: SVGSVGElement): LegendEntry[] {
  const out: LegendEntry[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('[data-legend-colour]')) {
    if (chart.contains(el)) continue;
    const label = (el.dataset['legendLabel'] ?? el.parentElement?.textContent ?? '').trim();
    const colour = el.dataset['legendColour']!;
    if (label && !out.some((e) => e.label === label)) out.push({ label, colour });
  }
  return out;
}

/** What an export adds around the chart: its title, its legend (else the one drawn in the card) and where its numbers come from. */
export interface ChartExportMeta {
  readonly title: string;
  readonly legend?: readonly LegendEntry[];
  readonly source: ChartSource;
}

/**
 * The chart drawn in `root` (its largest SVG) as one standalone SVG with its title, legend and
 * source line composed into the picture; null when `root` holds no chart. For the page's exports
 * and for anything that embeds a chart (the HTML report).
 */
export function exportChartSvg(root: HTMLElement, meta: ChartExportMeta): SvgImage | null {
  const svg = chartSvg(root);
  if (!svg) return null;
  return composeChartSvg(serializeSvg(svg), {
    title: meta.title,
    legend: meta.legend ?? htmlLegend(root, svg),
    source: sourceLine(meta.source),
  });
}

/** The chart as PNG: the SVG drawn on a canvas at twice its size, on a white background. */
async function svgToPng(svg: SvgImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(svg.width * scale));
    canvas.height = Math.max(1, Math.round(svg.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw on a canvas.');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('The PNG could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

const MENU = {
  position: 'absolute',
  right: 0,
  top: 'calc(100% + 4px)',
  zIndex: 4,
  display: 'flex',
  gap: '0.35rem',
  padding: '0.4rem',
  background: 'var(--panel)',
  border: '1px solid var(--line)',
  borderRadius: 'var(--radius)',
  boxShadow: '0 4px 14px rgba(0, 0, 0, 0.12)',
} as const;

function fileStem(title: string): string {
  return (
    title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'chart'
  );
}

/**
 * "Export" for a card that holds an SVG chart: PNG or SVG, made in the page, with the card's title,
 * the chart's legend and a source line (dataset, posts, date range, method) drawn into the picture.
 * Hidden while the card has no chart (it watches the card's body for one to appear).
 */
export function ChartExport({
  body,
  title,
  legend,
  source,
}: {
  body: RefObject<HTMLElement | null>;
  title: string;
  /** The legend to draw; default: the entries drawn in the card (`ChartLegend`, `data-legend-colour`). */
  legend?: readonly LegendEntry[];
  /** Overrides what the active dataset says (e.g. the posts a filtered chart counts), and the method. */
  source?: ChartSource;
}) {
  const [hasChart, setHasChart] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const menuId = useId();
  const describeDataset = useChartSource();

  useEffect(() => {
    const root = body.current;
    if (!root) return;
    const check = () => setHasChart(root.querySelector('svg') !== null);
    check();
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [body]);

  if (!hasChart) return null;
  const save = async (kind: 'png' | 'svg') => {
    setError(null);
    const root = body.current;
    try {
      const dataset = await describeDataset();
      const image =
        root && exportChartSvg(root, { title, legend, source: { ...dataset, ...source } });
      if (!image) return setError('There is no chart to export yet.');
      const blob =
        kind === 'svg' ? new Blob([image.text], { type: 'image/svg+xml' }) : await svgToPng(image);
      saveBlob(blob, `${fileStem(title)}.${kind}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <details className="chart-export" data-testid="chart-export" style={{ position: 'relative' }}>
      <summary
        className="button button--small"
        title="Download this chart as an image (made in the page)"
        aria-controls={menuId}
        style={{ listStyle: 'none' }}
      >
        Export
      </summary>
      <div id={menuId} role="group" aria-label={`Export ${title}`} style={MENU}>
        <button
          type="button"
          className="button button--small"
          onClick={() => void save('png')}
          data-testid="chart-export-png"
        >
          PNG
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => void save('svg')}
          data-testid="chart-export-svg"
        >
          SVG
        </button>
        {error && <span role="alert">{error}</span>}
      </div>
    </details>
  );
}
