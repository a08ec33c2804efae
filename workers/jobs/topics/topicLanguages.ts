/** Which languages a topic analysis read: the language filter in force and whose stop words were dropped. */
import type { TopicLanguages } from '../../api/topics.ts';
import { topicStopwordLanguages } from '../../core/topicText/topicStopwords.ts';
import type { LanguageReading } from '../shared/languageReading.ts';

/**
 * The languages of an analysis: `only` as the filter chose them, and the stop-word lists used, most
 * posts first (posts counted among those the filter keeps; a language without a list is read with
 * the English one, so "en" stands for it).
 */
export function topicLanguages(
  only: readonly string[] | null,
  reading: LanguageReading | null,
): TopicLanguages {
  if (!reading) return { only, stopWords: null };
  const lists = new Set(topicStopwordLanguages());
  const kept = only ? new Set(only) : null;
  const posts = new Map<string, number>();
  for (const l of reading.languages) {
    if (kept && !kept.has(l)) continue;
    const list = lists.has(l) ? l : 'en';
    posts.set(list, (posts.get(list) ?? 0) + 1);
  }
  const stopWords = [...posts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code]) => code);
  return { only, stopWords };
}
