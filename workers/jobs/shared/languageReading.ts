/**
 * Each post's language and its sentiment read in that language, for one text column of the active
 * dataset: made once by the Sentiment view's language pass (eld, loaded on first use) and read by
 * every feature that counts sentiment or filters by language, so languages are detected once.
 */
import { cacheEntry, type LoadedDataset } from './session.ts';

/** What the language pass keeps for one text column. */
export interface LanguageReading {
  readonly textColumn: string;
  /** The column of declared languages used as a hint, or null. */
  readonly hintColumn: string | null;
  /** Per row: ISO 639-1 code or `unknown`. */
  readonly languages: readonly string[];
  /** neg, neu, pos, compound per row, read in the post's language; NaN ×4 where unscored. */
  readonly scores: Float64Array;
}

const entry = (textColumn: string) =>
  cacheEntry<LanguageReading>(`shared:language-reading:${textColumn}`);

/** The language reading of `textColumn`, or null until the language pass ran on it. */
export function languageReading(d: LoadedDataset, textColumn: string): LanguageReading | null {
  return entry(textColumn).get(d);
}

/** Keep `reading`; its column becomes the one the language filter applies to. */
export function keepLanguageReading(d: LoadedDataset, reading: LanguageReading): void {
  entry(reading.textColumn).set(d, reading);
  lastColumn.set(d, reading.textColumn);
}

/** The text column the last language pass read, or null. */
const lastColumn = cacheEntry<string>('shared:language-reading:last');

/** The reading of the text column read last (what the language filter applies to), or null. */
export function latestLanguageReading(d: LoadedDataset): LanguageReading | null {
  const column = lastColumn.get(d);
  return column === null ? null : languageReading(d, column);
}
