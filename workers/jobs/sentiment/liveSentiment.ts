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
import {
  loadLexicons,
  scoreInLanguage,
  sentimentRoute,
  type LanguageLexicons,
} from '../../core/sentiment/byLanguage.ts';
import { DEFAULT_SENTIMENT_MODE, type SentimentMode } from '../../core/sentiment/mode.ts';
import { typedTextLanguage } from '../shared/textLanguage.ts';
import { predictOne } from './classifierModel.ts';

/** A text's language and the word lists it needs (none for English). */
export interface TextLanguage {
  readonly code: string;
  readonly lexicons: LanguageLexicons;
}

const ENGLISH: TextLanguage = { code: 'en', lexicons: new Map() };

/** The language of typed text and its word list (both load once, on first use). */
export async function textLanguage(text: string): Promise<TextLanguage> {
  const code = await typedTextLanguage(text);
  return { code, lexicons: await loadLexicons([code]) };
}

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
  language: TextLanguage = ENGLISH,
): LiveSentiment {
  const t0 = performance.now();
  const source = typeof text === 'string' ? text : '';
  const e = explainSentiment(source, mode);
  const cap = Math.max(0, Math.floor(maxTokens));
  const explained = {
    neg: e.neg,
    neu: e.neu,
    pos: e.pos,
    compound: e.compound,
    label: sentimentLabel(e.compound, thresholds),
    tokens: e.tokens.length > cap ? e.tokens.slice(0, cap) : e.tokens,
    tokensOmitted: Math.max(0, e.tokens.length - cap),
    punctuationEmphasis: e.punctuationEmphasis,
    setAside: e.setAside,
    classifier:
      classifier && source.trim() !== '' ? predictOne(classifier, source, language.code) : null,
  };
  // as the charts read a post: English (and the reference switch) by VADER, a language we have a
  // word list for by it (VADER's word-by-word explanation would not apply), any other unscored
  const route = mode === 'reference' ? 'vader' : sentimentRoute(source, language.code);
  if (route === 'vader')
    return { ...explained, language: { code: language.code, route }, ms: performance.now() - t0 };
  const out = new Float64Array(4);
  const label = scoreInLanguage(source, language.code, language.lexicons, out, 0, thresholds, mode);
  return {
    ...explained,
    neg: out[0]!,
    neu: out[1]!,
    pos: out[2]!,
    compound: out[3]!,
    label,
    tokens: [],
    tokensOmitted: 0,
    punctuationEmphasis: 0,
    language: { code: language.code, route: label === 'unscored' ? 'unscored' : 'lexicon' },
    ms: performance.now() - t0,
  };
}
