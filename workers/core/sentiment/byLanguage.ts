/**
 * Sentiment in the post's own language: English (and posts too short to tell, when written in
 * Latin letters or only emoji) through VADER exactly as before; German, Spanish, French, Italian,
 * Portuguese and Arabic through their lexicons; anything else is `unscored`, never neutral.
 */
import { UNKNOWN_LANGUAGE } from '../language/detectLanguage.ts';
import { DEFAULT_THRESHOLDS, sentimentLabel } from './label.ts';
import { hasLexicon, loadRawLexicon, type LexiconLanguage } from './languageLexicons.ts';
import { buildLanguageLexicon, scoreWithLexicon, type LanguageLexicon } from './lexiconScorer.ts';
import { DEFAULT_SENTIMENT_MODE, sentimentInput, type SentimentMode } from './mode.ts';
import type { SentimentLabel, SentimentThresholds } from './types.ts';
import { defaultScorer } from './vader.ts';

/** A post's label when its language may have no lexicon. */
export type PostSentimentLabel = SentimentLabel | 'unscored';

/** Which scorer a post goes to. */
export type SentimentRoute = 'vader' | 'lexicon' | 'unscored';

/** Letters outside Latin (and its accents): a short post in them is not for English VADER. */
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

/** Loaded lexicons by language. */
export type LanguageLexicons = ReadonlyMap<string, LanguageLexicon>;

/** Which scorer reads a post in `language` (an ISO 639-1 code or `unknown`). */
export function sentimentRoute(text: string, language: string): SentimentRoute {
  if (language === 'en') return 'vader';
  if (hasLexicon(language)) return 'lexicon';
  // Too short to tell: VADER as before, unless the letters say it is not English.
  if (language === UNKNOWN_LANGUAGE) return NON_LATIN_LETTER.test(text) ? 'unscored' : 'vader';
  return 'unscored';
}

const cache = new Map<LexiconLanguage, Promise<LanguageLexicon>>();

/** Load (once per thread) the lexicons these languages need; languages without one are skipped. */
export async function loadLexicons(languages: Iterable<string>): Promise<LanguageLexicons> {
  const wanted = [...new Set(languages)].filter(hasLexicon);
  const loaded = await Promise.all(
    wanted.map((language) => {
      let p = cache.get(language);
      if (!p) {
        p = loadRawLexicon(language).then(({ words, negators }) =>
          buildLanguageLexicon(language, words, negators),
        );
        cache.set(language, p);
      }
      return p;
    }),
  );
  return new Map(loaded.map((l) => [l.language, l]));
}

/**
 * Score `text` in `language` into `out[offset..offset+4)` (neg, neu, pos, compound; NaN ×4 when
 * unscored) and return its label. The lexicon of `language` must be in `lexicons` (see
 * {@link loadLexicons}); a missing one makes the post unscored rather than wrongly neutral. In
 * 'reference' mode every post goes to VADER on its raw text, as vaderSentiment 3.3.2 would score it.
 */
export function scoreInLanguage(
  text: string,
  language: string,
  lexicons: LanguageLexicons,
  out: Float32Array | Float64Array,
  offset: number,
  thresholds: SentimentThresholds = DEFAULT_THRESHOLDS,
  mode: SentimentMode = DEFAULT_SENTIMENT_MODE,
): PostSentimentLabel {
  const route = mode === 'reference' ? 'vader' : sentimentRoute(text, language);
  const lexicon = route === 'lexicon' ? lexicons.get(language) : undefined;
  const input = sentimentInput(text, mode);
  if (route === 'vader') defaultScorer().scoreInto(input, out, offset);
  else if (lexicon) scoreWithLexicon(input, lexicon, out, offset);
  else {
    out.fill(NaN, offset, offset + 4);
    return 'unscored';
  }
  return sentimentLabel(out[offset + 3]!, thresholds);
}

/** Each text's label by the word list of its language (VADER for English; `unscored` where none reads it), as the charts read posts. */
export async function labelsInLanguages(
  texts: readonly string[],
  languages: readonly string[],
  thresholds: SentimentThresholds = DEFAULT_THRESHOLDS,
): Promise<PostSentimentLabel[]> {
  const lexicons = await loadLexicons(languages);
  const out = new Float64Array(4);
  return texts.map((t, i) =>
    scoreInLanguage(t, languages[i] ?? UNKNOWN_LANGUAGE, lexicons, out, 0, thresholds),
  );
}
