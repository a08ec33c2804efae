/**
 * Sentiment: a faithful TypeScript port of VADER (vaderSentiment 3.3.2), with an explanation API
 * for live scoring and a batch API that fills a transferable Float32Array.
 */
export {
  polarityScores,
  scoreTexts,
  sentimentScores,
  defaultScorer,
  VaderScorer,
  type VaderResources,
} from './vader.ts';
export { explainSentiment } from './explain.ts';
export {
  DEFAULT_SENTIMENT_MODE,
  SENTIMENT_MODES,
  isSentimentMode,
  sentimentInput,
  type SentimentMode,
} from './mode.ts';
export { sentimentLabel, DEFAULT_THRESHOLDS } from './label.ts';
export { getLexicon } from './lexicon.ts';
export { getEmojiMap, buildEmojiMap, type EmojiMap, type EmojiEntry } from './emojiMap.ts';
export type {
  SentimentScores,
  SentimentExplanation,
  TokenExplanation,
  TokenKind,
  SentimentThresholds,
  SentimentLabel,
} from './types.ts';
