/** Type-to-score in the live worker: VADER's explanation of the text and the trained classifier's answer. */
import type {
  LiveSentiment,
  SentimentClassifier,
  SentimentThresholds,
} from '../../api/sentiment.ts';
import {
  DEFAULT_THRESHOLDS,
  explainSentiment,
  sentimentLabel,
} from '../../core/sentiment/index.ts';
import { DEFAULT_SENTIMENT_MODE, type SentimentMode } from '../../core/sentiment/mode.ts';
import { predictOne } from './classifierModel.ts';

/** Tokens sent back for highlighting: enough for any post; a 100k-character paste is cut here (drawing thousands of highlights would block the page). */
export const DEFAULT_MAX_TOKENS = 600;

/**
 * Scores and explains `text`. Never throws: empty text, lone surrogates and any script get an
 * answer (empty text scores 0, neutral).
 */
export function liveSentiment(
  text: string,
  classifier: SentimentClassifier | null,
  thresholds: SentimentThresholds = DEFAULT_THRESHOLDS,
  maxTokens = DEFAULT_MAX_TOKENS,
  mode: SentimentMode = DEFAULT_SENTIMENT_MODE,
): LiveSentiment {
  const t0 = performance.now();
  const source = typeof text === 'string' ? text : '';
  const e = explainSentiment(source, mode);
  const cap = Math.max(0, Math.floor(maxTokens));
  return {
    neg: e.neg,
    neu: e.neu,
    pos: e.pos,
    compound: e.compound,
    label: sentimentLabel(e.compound, thresholds),
    tokens: e.tokens.length > cap ? e.tokens.slice(0, cap) : e.tokens,
    tokensOmitted: Math.max(0, e.tokens.length - cap),
    punctuationEmphasis: e.punctuationEmphasis,
    setAside: e.setAside,
    classifier: classifier && source.trim() !== '' ? predictOne(classifier, source) : null,
    ms: performance.now() - t0,
  };
}
