/**
 * One language per word cloud: words of several languages side by side read as noise ("the", "der"
 * and "el" are gone, but "train" and "Zug" are the same topic twice). When the posts are in more
 * than one language with a real share and the page's language filter chooses none, a cloud shows
 * one language at a time, the most common first, or every language mixed when asked.
 */
import type { CloudLanguages } from '../../api/topics.ts';
import { languageFilter } from '../shared/languageFilter.ts';
import { latestLanguageReading } from '../shared/languageReading.ts';
import type { LoadedDataset } from '../shared/session.ts';

/** A language is offered on its own when at least this share of the posts is in it. */
export const CLOUD_LANGUAGE_SHARE = 0.1;

/** What a cloud request may ask: a language code, every language mixed, or the default (undefined). */
export type CloudLanguageChoice = string | 'mixed' | undefined;

export interface CloudLanguage {
  /** The choice offered with the cloud, or null when there is none to make. */
  readonly languages: CloudLanguages | null;
  /** The language whose posts the cloud keeps, or null: every post the scope has. */
  readonly only: string | null;
  /** Each row's detected language (when `only` is set). */
  readonly rowLanguages: readonly string[] | null;
}

/**
 * The languages a cloud may show one at a time and the one it shows for `choice`. No choice when
 * the posts' languages are not read yet, when the page's language filter is on (the person chose
 * the languages already) or when fewer than two languages reach `CLOUD_LANGUAGE_SHARE`.
 */
export function cloudLanguage(d: LoadedDataset, choice: CloudLanguageChoice): CloudLanguage {
  const none: CloudLanguage = { languages: null, only: null, rowLanguages: null };
  const reading = latestLanguageReading(d);
  if (!reading || languageFilter(d)) return none;
  const counts = new Map<string, number>();
  for (const l of reading.languages) if (l !== 'unknown') counts.set(l, (counts.get(l) ?? 0) + 1);
  const total = reading.languages.length;
  const options = [...counts]
    .filter(([, posts]) => posts >= CLOUD_LANGUAGE_SHARE * total)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([language, posts]) => ({ language, posts }));
  if (options.length < 2) return none;
  const shown =
    choice === 'mixed'
      ? 'mixed'
      : options.some((o) => o.language === choice)
        ? choice!
        : options[0]!.language;
  return {
    languages: { options, posts: total, shown, mostCommon: options[0]!.language },
    only: shown === 'mixed' ? null : shown,
    rowLanguages: reading.languages,
  };
}

/** `rows` (or every row when null) in `only`'s language; unchanged without a language. */
export function rowsInLanguage(
  rows: readonly number[] | null,
  rowCount: number,
  language: CloudLanguage,
): number[] | null {
  const { only, rowLanguages } = language;
  if (only === null || rowLanguages === null) return rows ? [...rows] : null;
  const out: number[] = [];
  if (rows) {
    for (const r of rows) if (rowLanguages[r] === only) out.push(r);
  } else for (let r = 0; r < rowCount; r++) if (rowLanguages[r] === only) out.push(r);
  return out;
}
