import type { SentimentLabel } from '../../../workers/api.ts';

/** The three classes in display order, with the app's colours (app.css --pos, --neu, --neg). */
export const LABELS: readonly SentimentLabel[] = ['positive', 'neutral', 'negative'];

export const LABEL_COLOUR: Readonly<Record<SentimentLabel, string>> = {
  positive: '#2f9e44',
  neutral: '#868e96',
  negative: '#e03131',
};

export const LABEL_NAME: Readonly<Record<SentimentLabel, string>> = {
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
};

/**
 * Posts in a language we have no word list for: their own colour and name, never neutral's.
 * Shown only once posts are read in their own language.
 */
export const UNSCORED_COLOUR = '#9c36b5';
export const UNSCORED_NAME = "Can't read";

/** A score as VADER prints it (signed, 3 decimals). */
export function formatScore(x: number): string {
  return `${x > 0 ? '+' : ''}${x.toFixed(3)}`;
}
