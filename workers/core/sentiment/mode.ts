/**
 * What VADER reads. 'social' (the default everywhere: app, CLI, bench, bundles' scoring) sets
 * aside @handles, links, `RT @x:` prefixes and HTML entities and keeps hashtags' words
 * (preprocess/socialText.ts); 'reference' reads the raw text, exactly as vaderSentiment 3.3.2.
 */
import { socialTextForSentiment } from '../preprocess/socialText.ts';

export type SentimentMode = 'social' | 'reference';

export const SENTIMENT_MODES: readonly SentimentMode[] = ['social', 'reference'];

/** The default for every VADER score Murmur computes; 'reference' only when asked for. */
export const DEFAULT_SENTIMENT_MODE: SentimentMode = 'social';

/** The text VADER scores under `mode`: the raw text for 'reference'. */
export function sentimentInput(text: string, mode: SentimentMode): string {
  return mode === 'reference' ? text : socialTextForSentiment(text);
}

/** True for 'social' and 'reference' (a request from outside the type system). */
export function isSentimentMode(value: unknown): value is SentimentMode {
  return value === 'social' || value === 'reference';
}
