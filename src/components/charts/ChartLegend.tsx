import type { LegendEntry } from '../chartExportSvg.ts';

/**
 * Swatches with their labels under a chart, as plain HTML. Each entry carries its label and colour
 * as data attributes, so the card's PNG/SVG export draws the same legend into the picture.
 */
export function ChartLegend({
  entries,
  label = 'Legend',
}: {
  entries: readonly LegendEntry[];
  /** The list's accessible name. */
  label?: string;
}) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {entries.map((e) => (
        <li key={e.label} data-legend-label={e.label} data-legend-colour={e.colour}>
          <span className="chart-legend__swatch" style={{ background: e.colour }} />
          {e.label}
        </li>
      ))}
    </ul>
  );
}
