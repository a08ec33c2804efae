/**
 * The words of a post as topics read them: HTML entities decoded, URLs, e-mail addresses,
 * @handles, numbers, emoji and punctuation dropped, hashtags read as their word, lower-cased, cut
 * into runs of two or more letters or digits (sklearn's `\b\w\w+\b`; "covid-19" → "covid", "19"
 * dropped as a number), and topic stop words (negations included, see topicStopwords.ts) removed.
 * Where something was dropped the post gets a gap: phrases (phrases.ts) never join words across one.
 */
import { decodeHtmlEntities } from '../preprocess/htmlEntities.ts';
import { tokenize } from '../preprocess/tokenize.ts';
import { foldCase } from '../text/hashtags.ts';
import { topicStopwords } from './topicStopwords.ts';

/** A post's words in order, `GAP` where a dropped token stood between two of them. */
export type GappedWords = readonly string[];

/** Marks where words were not adjacent in the post. Never a word itself (words are non-empty). */
export const GAP = '';

const RUN = /[\p{L}\p{N}_]{2,}/gu;
const DIGITS = /^[\p{N}_]+$/u;

export interface TopicTokenOptions {
  /** Stop words to drop (lower-case). Default: the English topic list. */
  readonly stopwords?: ReadonlySet<string>;
}

/** A tokeniser with its options resolved once, for many posts alike. */
export function topicTokenizer(options: TopicTokenOptions = {}): (text: string) => string[] {
  const stop = options.stopwords ?? topicStopwords('en');
  return (text) => {
    const out: string[] = [];
    const gap = (): void => {
      if (out.length > 0 && out[out.length - 1] !== GAP) out.push(GAP);
    };
    for (const { text: raw, kind } of tokenize(decodeHtmlEntities(text))) {
      if (kind !== 'word' && kind !== 'hashtag') {
        gap();
        continue;
      }
      const word = foldCase(kind === 'hashtag' ? raw.slice(1) : raw);
      if (stop.has(word) || word.endsWith("n't")) {
        gap();
        continue;
      }
      let kept = 0;
      for (const m of word.matchAll(RUN)) {
        const w = m[0];
        if (DIGITS.test(w) || stop.has(w)) gap();
        else {
          out.push(w);
          kept++;
        }
      }
      if (kept === 0) gap();
      // a hashtag stands apart from the words around it
      if (kind === 'hashtag') gap();
    }
    if (out[out.length - 1] === GAP) out.pop();
    return out;
  };
}

/** The topic words of one post, without gaps. */
export function topicWords(text: string, options: TopicTokenOptions = {}): string[] {
  return topicTokenizer(options)(text).filter((w) => w !== GAP);
}
