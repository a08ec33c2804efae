/**
 * Posts per language with their sentiment, `unscored` counted apart from neutral: the language
 * facet of the sentiment view and the CLI's `languages`.
 */
import type { PostSentimentLabel } from './byLanguage.ts';

/** One language's posts and labels. */
export interface LanguageShare {
  /** ISO 639-1 code, or `unknown`. */
  readonly language: string;
  readonly posts: number;
  readonly positive: number;
  readonly neutral: number;
  readonly negative: number;
  /** Posts no lexicon of ours reads: never counted as neutral. */
  readonly unscored: number;
}

export interface LanguageBreakdown {
  readonly rows: number;
  /** Most posts first; ties by code. */
  readonly languages: readonly LanguageShare[];
  readonly unscored: number;
}

/** Count posts and labels per language; `languages[i]` and `labels[i]` describe row i. */
export function breakdownByLanguage(
  languages: readonly string[],
  labels: readonly PostSentimentLabel[],
): LanguageBreakdown {
  const by = new Map<string, { -readonly [K in keyof LanguageShare]: LanguageShare[K] }>();
  let unscored = 0;
  for (let i = 0; i < languages.length; i++) {
    const language = languages[i]!;
    let s = by.get(language);
    if (!s) {
      s = { language, posts: 0, positive: 0, neutral: 0, negative: 0, unscored: 0 };
      by.set(language, s);
    }
    s.posts++;
    const label = labels[i] ?? 'unscored';
    s[label]++;
    if (label === 'unscored') unscored++;
  }
  const shares = [...by.values()].sort(
    (a, b) => b.posts - a.posts || (a.language < b.language ? -1 : 1),
  );
  return { rows: languages.length, languages: shares, unscored };
}
