import { LABEL_COLOUR, LABEL_NAME, LABELS, UNSCORED_COLOUR, UNSCORED_NAME } from './labels.ts';

/** Swatches for positive, neutral and negative under a chart (plain HTML: cheaper than the chart library's legend). */
export function LabelLegend({ unscored = false }: { unscored?: boolean }) {
  return (
    <ul className="sentiment-legend" aria-label="Legend">
      {LABELS.map((l) => (
        <li key={l}>
          <span className="sentiment-legend__swatch" style={{ background: LABEL_COLOUR[l] }} />
          {LABEL_NAME[l]}
        </li>
      ))}
      {unscored && (
        <li>
          <span className="sentiment-legend__swatch" style={{ background: UNSCORED_COLOUR }} />
          {UNSCORED_NAME}
        </li>
      )}
    </ul>
  );
}
