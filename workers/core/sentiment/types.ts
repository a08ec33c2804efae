/** Public result types of the sentiment module. */
import type { SocialSpan } from '../preprocess/socialText.ts';
import type { TokenKind } from './valenceTrace.ts';

export type { TokenKind };

/** VADER's four scores, as vaderSentiment 3.3.2 `polarity_scores` returns them. */
export interface SentimentScores {
  /** Share of negative weight, 0 to 1, rounded to 3 places. */
  readonly neg: number;
  /** Share of neutral tokens, 0 to 1, rounded to 3 places. */
  readonly neu: number;
  /** Share of positive weight, 0 to 1, rounded to 3 places. */
  readonly pos: number;
  /** Normalised sum of valences, -1 to 1, rounded to 4 places. */
  readonly compound: number;
}

/** One scored token (or one emoji) and what it contributed. */
export interface TokenExplanation {
  /** The token as scored ("good" for "good!!!"); for an emoji, the emoji itself. */
  readonly token: string;
  /** Offsets in the ORIGINAL text, UTF-16 units, end exclusive (`text.slice(start, end)`). */
  readonly start: number;
  readonly end: number;
  /** Final contribution to the sum of valences after every rule, including "but". */
  readonly valence: number;
  readonly kind: TokenKind;
  /** Which rules applied, for a tooltip ("lexicon +1.9; negated by \"not\" (x-0.74)"). */
  readonly note?: string;
}

export interface SentimentExplanation extends SentimentScores {
  readonly tokens: readonly TokenExplanation[];
  /** Added to the sum by "!" and "?" (as 3.3.2 `_punctuation_emphasis`), in the direction of the sum. */
  readonly punctuationEmphasis: number;
  /** 'social' mode: what was set aside or rewritten before scoring (handles, links, RT, entities, tags); [] in 'reference' mode. */
  readonly setAside: readonly SocialSpan[];
}

/** Cut-offs on compound for the three labels. */
export interface SentimentThresholds {
  /** compound >= positive is positive. Default 0.05, as the VADER authors recommend. */
  readonly positive: number;
  /** compound <= negative is negative. Default -0.05. */
  readonly negative: number;
}

export type SentimentLabel = 'positive' | 'neutral' | 'negative';
