/**
 * The one language filter of the active dataset: the languages the person chose in the shell's
 * language control. Every feature's jobs read the rows they count through `languageMask`, so
 * Sentiment, Topics, Engagement and the Dataset view show the same posts; none keeps its own.
 */
import { latestLanguageReading, type LanguageReading } from './languageReading.ts';
import { cacheEntry, type LoadedDataset } from './session.ts';
import { saveViewSection, viewSettingsOf } from './viewSettings.ts';

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

/**
 * Choose the languages to show and keep the choice with the dataset (IndexedDB, the views' settings
 * section `language`), so it comes back after a reload; false when storage refused (announced).
 */
export async function keepLanguageFilter(
  d: LoadedDataset,
  value: LanguageFilter,
): Promise<boolean> {
  setLanguageFilter(d, value);
  const kept = await saveViewSection(d, 'language', filter.get(d));
  return kept.ok && kept.value.kept;
}

/** The filter kept with the dataset, when it has the expected shape. */
function keptLanguageFilter(stored: unknown): LanguageFilter | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { languages, textColumn } = stored as { languages?: unknown; textColumn?: unknown };
  if (typeof textColumn !== 'string' || !Array.isArray(languages)) return null;
  if (!languages.every((l): l is string => typeof l === 'string')) return null;
  return { languages, textColumn };
}

/**
 * After a language pass: the filter kept from the last visit comes back when none was chosen in
 * this session and it was chosen on the same text column; languages the posts no longer have are
 * dropped. Returns the filter in force.
 */
export async function restoreLanguageFilter(d: LoadedDataset): Promise<LanguageFilter | null> {
  const reading = latestLanguageReading(d);
  if (!reading || filter.get(d)) return languageFilter(d);
  const kept = keptLanguageFilter((await viewSettingsOf(d)).language);
  // another call may have chosen while storage answered
  if (!kept || kept.textColumn !== reading.textColumn || filter.get(d)) return languageFilter(d);
  const present = new Set(reading.languages);
  setLanguageFilter(d, {
    languages: kept.languages.filter((l) => present.has(l)),
    textColumn: kept.textColumn,
  });
  return languageFilter(d);
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
