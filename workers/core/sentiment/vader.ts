/**
 * VADER sentiment, a faithful port of vaderSentiment 3.3.2
 * `SentimentIntensityAnalyzer.polarity_scores`: emoji to words, tokens, per-token rules, "but",
 * punctuation emphasis, normalisation and Python rounding.
 */
import { applyBut, firstBut } from './butCheck.ts';
import { getEmojiMap, type EmojiMap } from './emojiMap.ts';
import { replaceEmoji } from './emojiText.ts';
import { getLexicon } from './lexicon.ts';
import { writeScores } from './scoreValence.ts';
import { TokenBuffer, tokenize } from './tokens.ts';
import { DEFAULT_SENTIMENT_MODE, sentimentInput, type SentimentMode } from './mode.ts';
import { tokenValences } from './valence.ts';
import type { SentimentScores } from './types.ts';

/** What a scorer needs: the word lexicon and the emoji descriptions. */
export interface VaderResources {
  readonly lexicon: ReadonlyMap<string, number>;
  readonly emoji: EmojiMap;
}

/** As 3.3.2 `allcap_differential`: some, but not all, tokens are ALL CAPS. */
export function isCapDifferential(t: TokenBuffer): boolean {
  let caps = 0;
  for (let i = 0; i < t.count; i++) caps += t.upper[i]!;
  return caps > 0 && caps < t.count;
}

/**
 * A reusable scorer: keeps its token and valence buffers between calls, so scoring many texts
 * allocates little beyond the token strings. Not re-entrant; one per thread is plenty.
 */
export class VaderScorer {
  readonly tokens = new TokenBuffer();
  valences: Float64Array = new Float64Array(64);

  constructor(readonly resources: VaderResources) {}

  /** Tokenize `text` (already emoji-replaced) and make room for its valences. */
  prepare(text: string): void {
    tokenize(text, this.resources.lexicon, this.tokens);
    const n = this.tokens.count;
    if (this.valences.length < n)
      this.valences = new Float64Array(Math.max(n, this.valences.length * 2));
  }

  /** Write neg, neu, pos, compound for `text` into `out[offset..offset+4)`. */
  scoreInto(text: string, out: Float32Array | Float64Array, offset: number): void {
    const replaced = replaceEmoji(text, this.resources.emoji);
    this.prepare(replaced);
    const t = this.tokens;
    const v = this.valences;
    tokenValences(t, isCapDifferential(t), v);
    const bi = firstBut(t.lowers, t.count);
    if (bi >= 0) applyBut(v, t.count, bi);
    writeScores(v, t.count, replaced, out, offset);
  }
}

let shared: VaderScorer | null = null;

/** The process-wide scorer over the default lexicon and emoji map, built on first use. */
export function defaultScorer(): VaderScorer {
  shared ??= new VaderScorer({ lexicon: getLexicon(), emoji: getEmojiMap() });
  return shared;
}

const one = new Float64Array(4);

/**
 * VADER scores of one text, equal to vaderSentiment 3.3.2 `polarity_scores(text)`.
 * Never throws: any string (empty, lone surrogates, any script) gets scores; "" gives all zeros.
 */
export function polarityScores(text: string): SentimentScores {
  defaultScorer().scoreInto(typeof text === 'string' ? text : '', one, 0);
  return { neg: one[0]!, neu: one[1]!, pos: one[2]!, compound: one[3]! };
}

/**
 * Score many texts into one typed array (neg, neu, pos, compound per text, so `4 * texts.length`
 * numbers), cheap to transfer out of a worker. A Float32Array keeps about 7 significant digits;
 * pass a Float64Array for the exact rounded values.
 * @param out reused when given (a `subarray` works, to score a chunk); must hold at least
 *   `4 * texts.length` numbers.
 * @param mode 'social' (default: handles, links, RT prefixes and entities set aside first) or
 *   'reference' (the raw text, exactly as vaderSentiment 3.3.2 `polarity_scores`).
 */
export function scoreTexts(
  texts: readonly string[],
  out?: undefined,
  mode?: SentimentMode,
): Float32Array;
export function scoreTexts<T extends Float32Array | Float64Array>(
  texts: readonly string[],
  out: T,
  mode?: SentimentMode,
): T;
export function scoreTexts(
  texts: readonly string[],
  out?: Float32Array | Float64Array,
  mode: SentimentMode = DEFAULT_SENTIMENT_MODE,
): Float32Array | Float64Array {
  const target = out ?? new Float32Array(texts.length * 4);
  if (target.length < texts.length * 4) {
    throw new RangeError(
      `scoreTexts: out holds ${target.length} numbers, needs ${texts.length * 4} (4 per text).`,
    );
  }
  const scorer = defaultScorer();
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    // A missing cell (null from a CSV column) scores as empty text rather than throwing.
    scorer.scoreInto(typeof text === 'string' ? sentimentInput(text, mode) : '', target, i * 4);
  }
  return target;
}

/** VADER scores of one text under `mode` (default 'social'); `polarityScores` is the reference's. */
export function sentimentScores(
  text: string,
  mode: SentimentMode = DEFAULT_SENTIMENT_MODE,
): SentimentScores {
  return polarityScores(typeof text === 'string' ? sentimentInput(text, mode) : '');
}
