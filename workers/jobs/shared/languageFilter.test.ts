import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { tableFromRows } from '../../core/csv/index.ts';
import { inferSchema } from '../../core/schema/index.ts';
import { deleteDbForTests } from '../../storage/db.ts';
import {
  keepLanguageFilter,
  languageFilter,
  languageMask,
  restoreLanguageFilter,
} from './languageFilter.ts';
import { keepLanguageReading } from './languageReading.ts';
import { activeDataset } from './session.testutil.ts';
import type { LoadedDataset } from './session.ts';

const table = tableFromRows(
  ['text'],
  [['good morning'], ['guten Morgen'], ['buenos días'], ['guten Abend']],
);

function read(d: LoadedDataset, languages: string[], textColumn = 'text'): void {
  keepLanguageReading(d, {
    textColumn,
    hintColumn: null,
    languages,
    scores: new Float64Array(languages.length * 4),
  });
}

/** The dataset as a fresh worker finds it after a reload: same id, nothing in memory. */
const reloaded = (d: LoadedDataset): LoadedDataset => ({ ...d, cache: new Map() });

beforeEach(async () => {
  await deleteDbForTests();
});

describe('the language filter kept with its dataset', () => {
  it('comes back after a reload once the languages are read again', async () => {
    const d = activeDataset(table, inferSchema(table), 'langs.csv');
    read(d, ['en', 'de', 'es', 'de']);
    expect(await keepLanguageFilter(d, { languages: ['es', 'de'], textColumn: 'text' })).toBe(true);

    const back = reloaded(d);
    // before the languages are read, nothing is filtered
    expect(await restoreLanguageFilter(back)).toBeNull();
    read(back, ['en', 'de', 'es', 'de']);
    expect(await restoreLanguageFilter(back)).toEqual({
      languages: ['de', 'es'],
      textColumn: 'text',
    });
    expect([...languageMask(back)!]).toEqual([0, 1, 1, 1]);
  });

  it('keeps "all languages" when the filter was cleared, and a choice made in this visit', async () => {
    const d = activeDataset(table, inferSchema(table), 'cleared.csv');
    read(d, ['en', 'de', 'es', 'de']);
    await keepLanguageFilter(d, { languages: ['de'], textColumn: 'text' });
    await keepLanguageFilter(d, { languages: [], textColumn: 'text' });
    const back = reloaded(d);
    read(back, ['en', 'de', 'es', 'de']);
    expect(await restoreLanguageFilter(back)).toBeNull();
    expect(languageMask(back)).toBeNull();

    // a choice already made in this visit wins over the kept one
    const again = reloaded(d);
    read(again, ['en', 'de', 'es', 'de']);
    await keepLanguageFilter(again, { languages: ['en'], textColumn: 'text' });
    expect((await restoreLanguageFilter(again))?.languages).toEqual(['en']);
  });

  it('drops languages the posts no longer have, and a filter chosen on another column', async () => {
    const d = activeDataset(table, inferSchema(table), 'other.csv');
    read(d, ['en', 'de', 'es', 'de']);
    await keepLanguageFilter(d, { languages: ['es', 'fr'], textColumn: 'text' });
    const back = reloaded(d);
    read(back, ['en', 'de', 'es', 'de']);
    expect((await restoreLanguageFilter(back))?.languages).toEqual(['es']);

    const elsewhere = reloaded(d);
    read(elsewhere, ['en', 'de', 'es', 'de'], 'title');
    expect(await restoreLanguageFilter(elsewhere)).toBeNull();
    expect(languageFilter(elsewhere)).toBeNull();
  });
});
