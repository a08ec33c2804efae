/**
 * The one language filter of the active dataset: the languages the person chose in the shell's
 * language control. Every feature's jobs read the rows they count through `languageMask`, so
 * Sentiment, Topics, Engagement and the Dataset view show the same posts; none keeps its own.
 */
import { latestLanguageReading, type LanguageReading } from './languageReading.ts';
import { cacheEntry, type LoadedDataset } from './session.ts';

/** The chosen languages (ISO 639-1 codes or `unknown`), and the text column they were detected in. */
export interface LanguageFilter {
  readonly languages: readonly string[];
  readonly textColumn: string;
}

const filter = cacheEntry<LanguageFilter>('shared:language-filter');
const mask = cacheEntry<{ key: string; reading: LanguageReading; rows: Uint8Array }>(
  'shared:language-filter:mask',
);

/** The filter in force, or null when every language is shown (or no language pass ran yet). */
export function languageFilter(d: LoadedDataset): LanguageFilter | null {
  const f = filter.get(d);
  if (!f || f.languages.length === 0) return null;
  return latestLanguageReading(d)?.textColumn === f.textColumn ? f : null;
}

/** Choose the languages to show; an empty list shows every language. */
export function setLanguageFilter(d: LoadedDataset, value: LanguageFilter): void {
  filter.set(d, { languages: [...new Set(value.languages)].sort(), textColumn: value.textColumn });
}

/** Per row, 1 when its language is chosen; null when no filter is in force (every row counts). */
export function languageMask(d: LoadedDataset): Uint8Array | null {
  const f = languageFilter(d);
  const reading = latestLanguageReading(d);
  if (!f || !reading) return null;
  const key = f.languages.join(',');
  const hit = mask.get(d);
  if (hit && hit.key === key && hit.reading === reading) return hit.rows;
  const wanted = new Set(f.languages);
  const rows = Uint8Array.from(reading.languages, (l) => (wanted.has(l) ? 1 : 0));
  mask.set(d, { key, reading, rows });
  return rows;
}
