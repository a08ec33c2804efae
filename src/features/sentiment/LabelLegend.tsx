import { LABEL_COLOUR, LABEL_NAME, LABELS } from './labels.ts';

/** Swatches for positive, neutral and negative under a chart (plain HTML: cheaper than the chart library's legend). */
export function LabelLegend() {
  return (
    <ul className="sentiment-legend" aria-label="Legend">
      {LABELS.map((l) => (
        <li key={l}>
          <span className="sentiment-legend__swatch" style={{ background: LABEL_COLOUR[l] }} />
          {LABEL_NAME[l]}
        </li>
      ))}
    </ul>
  );
}
