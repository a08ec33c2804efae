import type { SentimentLabel } from '../../../workers/api.ts';
import { SENTIMENT_COLOUR } from '../../shared/palette.ts';

/** The three classes in display order, with the app's colours (app.css --pos, --neu, --neg). */
export const LABELS: readonly SentimentLabel[] = ['positive', 'neutral', 'negative'];

export const LABEL_COLOUR: Readonly<Record<SentimentLabel, string>> = SENTIMENT_COLOUR;

export const LABEL_NAME: Readonly<Record<SentimentLabel, string>> = {
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
};

/** A score as VADER prints it (signed, 3 decimals). */
export function formatScore(x: number): string {
  return `${x > 0 ? '+' : ''}${x.toFixed(3)}`;
}

/** How a summary's labels were made, for an exported chart's source line. */
export function sentimentMethod(summary: {
  readonly source: 'vader' | 'classifier';
  readonly thresholds: { readonly positive: number; readonly negative: number };
}): string {
  const { positive, negative } = summary.thresholds;
  return summary.source === 'classifier'
    ? 'labels from the trained classifier'
    : `VADER compound score; positive at ${positive} and above, negative at ${negative} and below`;
}
