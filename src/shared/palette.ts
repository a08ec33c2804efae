/**
 * The app's colours, one per meaning, for every view, the exports and the report: a label, a topic
 * or a series keeps the same colour wherever it is drawn. app.css mirrors the sentiment colours as
 * --neg, --neu, --pos and --unscored.
 */

/** A sentiment class as the charts colour it: the three labels, and posts with no reading. */
export type SentimentClass = 'negative' | 'neutral' | 'positive' | 'unscored';

/**
 * Red for negative, grey for neutral, green for positive (as the pills and the live highlights);
 * unscored (a language without a word list, an empty post) a pale sand, so it never reads as neutral.
 */
export const SENTIMENT_COLOUR: Readonly<Record<SentimentClass, string>> = {
  negative: '#e03131',
  neutral: '#868e96',
  positive: '#2f9e44',
  unscored: '#d8c9a8',
};

/** "Negative", "Neutral", "Positive", "Unscored": a class's name in legends. */
export const SENTIMENT_NAME: Readonly<Record<SentimentClass, string>> = {
  negative: 'Negative',
  neutral: 'Neutral',
  positive: 'Positive',
  unscored: 'Unscored',
};

/** Where a compound score falls under the thresholds the app applies (VADER's rule: ≥ positive, ≤ negative). */
export function sentimentClassOf(
  compound: number,
  thresholds: { readonly positive: number; readonly negative: number },
): SentimentClass {
  if (!Number.isFinite(compound)) return 'unscored';
  return compound >= thresholds.positive
    ? 'positive'
    : compound <= thresholds.negative
      ? 'negative'
      : 'neutral';
}

/**
 * Twelve topic colours, distinct from one another and from the sentiment colours (no plain red,
 * green or grey), so a topic beside a sentiment chart is never read as a label.
 */
export const TOPIC_COLOURS: readonly string[] = [
  '#3b5bdb',
  '#f08c00',
  '#0c8599',
  '#ae3ec9',
  '#d6336c',
  '#74b816',
  '#7048e8',
  '#a0522d',
  '#1098ad',
  '#a61e4d',
  '#087f5b',
  '#1864ab',
];

/** Topic `id`'s colour (0-based): the twelve, then hues spread by the golden angle. */
export function topicColour(id: number): string {
  return TOPIC_COLOURS[id] ?? `hsl(${Math.round((id * 137.508) % 360)} 65% 42%)`;
}

/** Lines and bars that are not labels: the main series, the one compared with it, a reference. */
export const SERIES_COLOUR = {
  /** The main series (training score, volume, importance). */
  primary: '#3b5bdb',
  /** The series compared with it (validation, test). */
  secondary: '#f08c00',
  /** A reference or baseline (inertia, "guess the average"). */
  reference: '#5c6577',
  /** A recommended or best choice marked on a chart. */
  highlight: '#5f3dc4',
  /** A line drawn over bands (mean compound over label shares). */
  ink: '#1d2433',
} as const;

/** Axis text and tick labels. */
export const AXIS_TEXT = '#5c6577';
/** Grid lines. */
export const GRID_LINE = '#e9ecef';

/**
 * The colour of each histogram bin of compound scores: the label of the bin's middle under the
 * thresholds (the sentiment job cuts its bins at the thresholds, so each bin holds one label).
 */
export function compoundBinColours(
  edges: readonly number[],
  thresholds: { readonly positive: number; readonly negative: number },
): string[] {
  return edges
    .slice(1)
    .map((hi, k) => SENTIMENT_COLOUR[sentimentClassOf((edges[k]! + hi) / 2, thresholds)]);
}
