/**
 * Topic documents from post text: each post's topic words (topicTokens.ts) and, beside its words,
 * each frequent phrase it contains as one more term (phrases.ts), so "customer service" can name a
 * topic. Measured on generated complaint posts (docs/TOPICS.md), replacing the words by the phrase
 * lost agreement with the labels (NMI 0.21 against 0.29); adding it kept it. The phrases are found
 * on the posts given and returned, so scoring and the live box read new text the same way.
 */
import { detectPhrases, type PhraseOptions } from './phrases.ts';
import { topicStopwords } from './topicStopwords.ts';
import { GAP, topicTokenizer, type GappedWords, type TopicTokenOptions } from './topicTokens.ts';

export interface TextTopicDocuments {
  /** One term list per post (repeats kept: they are counts); empty for a post without words. */
  readonly lists: string[][];
  /** Two-word phrases kept whole, most frequent first. */
  readonly phrases: string[];
}

export interface TextTopicDocumentOptions extends TopicTokenOptions, PhraseOptions {
  /** Keep phrases whole. Default true. */
  readonly phrases?: boolean;
  /**
   * Each post's language (ISO 639-1, as language detection gives it): its words lose that
   * language's stop words (topicStopwords.ts; English for a language without a list, or
   * "unknown"). Overrides `stopwords`. Default: every post English.
   */
  readonly languages?: readonly (string | undefined)[];
}

/** The topic terms of every text. */
export function textTopicDocuments(
  texts: readonly string[],
  options: TextTopicDocumentOptions = {},
): TextTopicDocuments {
  const tokenize = topicTokenizer(options);
  const langs = options.languages;
  const byLanguage = new Map<string, (text: string) => GappedWords>();
  const tokenizerOf = (language: string | undefined): ((text: string) => GappedWords) => {
    const code = language ?? 'en';
    let t = byLanguage.get(code);
    if (!t) byLanguage.set(code, (t = topicTokenizer({ stopwords: topicStopwords(code) })));
    return t;
  };
  const gapped = langs ? texts.map((text, i) => tokenizerOf(langs[i])(text)) : texts.map(tokenize);
  const phrases =
    options.phrases === false ? [] : detectPhrases(gapped, options).map((p) => p.phrase);
  const known = new Set(phrases);
  return { lists: gapped.map((doc) => withPhrases(doc, known)), phrases };
}

/** The words of a post, then each known phrase found in it. */
export function withPhrases(doc: GappedWords, phrases: ReadonlySet<string>): string[] {
  const words: string[] = [];
  const found: string[] = [];
  for (let i = 0; i < doc.length; i++) {
    const w = doc[i]!;
    if (w === GAP) continue;
    words.push(w);
    const next = doc[i + 1];
    if (phrases.size > 0 && next !== undefined && next !== GAP && phrases.has(`${w} ${next}`))
      found.push(`${w} ${next}`);
  }
  return found.length > 0 ? words.concat(found) : words;
}

/** The topic terms of new text under phrases found before. */
export function textTopicTerms(
  text: string,
  phrases: ReadonlySet<string>,
  options: TopicTokenOptions = {},
): string[] {
  return withPhrases(topicTokenizer(options)(text), phrases);
}
