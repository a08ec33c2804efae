import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../api/dataset.ts';
import type { TopicsResult, TopicsSettings } from '../../api/topics.ts';
import { tableFromRows } from '../../core/csv/index.ts';
import type { Result } from '../../core/errors/index.ts';
import { defaultPreprocessSpec } from '../../core/preprocess/fromSchema.ts';
import { inferSchema } from '../../core/schema/index.ts';
import { setLanguageFilter } from '../shared/languageFilter.ts';
import { keepLanguageReading } from '../shared/languageReading.ts';
import { setCurrent, type LoadedDataset } from '../shared/session.ts';
import { topicsAnalysisJobs as analysis } from './analysisJobs.ts';
import { topicsComputeJobs as compute } from './computeJobs.ts';
import { unpackDocuments } from './packedDocuments.ts';
import { DEFAULT_TOPICS_SETTINGS } from './topicsSettings.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

// Written for this test: two German topics (trains, football) and two English ones (coffee, rain),
// each post full of its language's function words.
const TOPICS: [language: string, text: string][] = [
  ['de', 'Der Zug und die Bahn sind wieder zu spät, das ist nicht mehr lustig'],
  ['de', 'Das Spiel war super und die Mannschaft hat mit dem Trainer gewonnen'],
  ['en', 'The coffee and the croissant at this cafe were lovely this morning'],
  ['en', 'It is raining again and the umbrella is broken, what a grey day'],
];
const GERMAN_STOP_WORDS = ['der', 'die', 'und', 'das', 'ist', 'sind', 'nicht', 'zu', 'mit', 'dem'];

const ROWS = Array.from({ length: 40 }, (_, i) => TOPICS[i % 4]!);

function load(rows: readonly [string, string][] = ROWS): LoadedDataset {
  const table = tableFromRows(
    ['text'],
    rows.map(([, text], i) => [`${text} ${i}`]),
  );
  const schema = inferSchema(table).map((c) => ({ ...c, role: 'text' as const }));
  const d: LoadedDataset = {
    meta: {
      id: 'ds-langs',
      name: 'langs',
      fileName: 'l.csv',
      rows: rows.length,
      columns: 1,
    } as DatasetMeta,
    table,
    schema,
    mapping: { text: 'text' },
    mappingRemembered: false,
    preprocessing: defaultPreprocessSpec(schema),
    cache: new Map(),
  };
  setCurrent(d);
  return d;
}

/** As the Sentiment view's language pass leaves them: each post's language. */
function readLanguages(d: LoadedDataset, rows: readonly [string, string][] = ROWS): void {
  keepLanguageReading(d, {
    textColumn: 'text',
    hintColumn: null,
    languages: rows.map(([language]) => language),
    scores: new Float64Array(rows.length * 4),
  });
}

const SETTINGS: TopicsSettings = {
  ...DEFAULT_TOPICS_SETTINGS,
  terms: 'terms',
  kMin: 2,
  kMax: 5,
  nInit: 4,
};

async function run(): Promise<TopicsResult> {
  const docs = value(await analysis.topicsDocuments({ terms: 'terms' }));
  const fit = value(await compute.fitTopics({ documents: docs.documents, settings: SETTINGS }));
  return value(await analysis.topicsKeep({ fit, settings: SETTINGS, refit: false }));
}

/** Every term a user sees: the documents, each cluster's name and most used words. */
function shownTerms(result: TopicsResult, documents: string[][]): Set<string> {
  return new Set([
    ...documents.flat(),
    ...result.clusters.flatMap((c) => [
      ...c.topTerms.map((t) => t.term),
      ...c.topByPosts.map((t) => t.term),
    ]),
  ]);
}

afterEach(() => setCurrent(null));

describe('topics in every language', () => {
  it('a German and English dataset: no German stop words among the topic terms once languages are read', async () => {
    const d = load();
    // read as English, German function words are topic words
    const before = unpackDocuments(
      value(await analysis.topicsDocuments({ terms: 'terms' })).documents,
    );
    expect(before[0]).toEqual(expect.arrayContaining(['der', 'und', 'die', 'das']));

    readLanguages(d);
    const docs = unpackDocuments(
      value(await analysis.topicsDocuments({ terms: 'terms' })).documents,
    );
    expect(docs[0]).toEqual(['zug', 'bahn', 'spät', 'lustig']);
    expect(docs[2]).toEqual(['coffee', 'croissant', 'cafe', 'lovely', 'morning']);
    const result = await run();
    const shown = shownTerms(result, docs);
    for (const w of GERMAN_STOP_WORDS) expect(shown.has(w), w).toBe(false);
    expect(result.k).toBe(4);
    expect(result.clusters.map((c) => c.size)).toEqual([10, 10, 10, 10]);
    expect(result.languages).toEqual({ only: null, stopWords: ['de', 'en'] });

    const cloud = value(
      await analysis.topicsWordCloud({ words: 'terms', scope: 'all', language: 'mixed' }),
    );
    expect(cloud.layout.words.map((p) => p.text)).toEqual(
      expect.arrayContaining(['zug', 'coffee']),
    );
    for (const w of GERMAN_STOP_WORDS)
      expect(
        cloud.layout.words.some((p) => p.text === w),
        w,
      ).toBe(false);
  });

  it('honours the language filter: only German posts are clustered, the others have no topic', async () => {
    const d = load();
    readLanguages(d);
    setLanguageFilter(d, { languages: ['de'], textColumn: 'text' });
    const docs = unpackDocuments(
      value(await analysis.topicsDocuments({ terms: 'terms' })).documents,
    );
    expect(docs.filter((l) => l.length > 0)).toHaveLength(20);
    expect(docs[2]).toEqual([]);
    const docsResult = value(await analysis.topicsDocuments({ terms: 'terms' }));
    expect(docsResult.postsWithTerms).toBe(20);
    const result = await run();
    expect(result.documents).toBe(20);
    expect(result.languages).toEqual({ only: ['de'], stopWords: ['de'] });
    const names = result.clusters.flatMap((c) => c.topTerms.map((t) => t.term));
    expect(names).not.toContain('coffee');
    expect(names).toEqual(expect.arrayContaining(['zug', 'mannschaft']));

    setLanguageFilter(d, { languages: ['ja'], textColumn: 'text' });
    const none = await analysis.topicsDocuments({ terms: 'terms' });
    expect(none.ok ? 'ok' : none.error.hint).toMatch(/language filter/);
  });

  it('word clouds show one language at a time, the most common first, or all mixed when asked', async () => {
    // 24 English posts, 12 German, 5 Spanish (over a tenth: offered), 2 Japanese and 2 too short to tell
    const rows: [string, string][] = [
      ...Array.from({ length: 24 }, (_, i): [string, string] => TOPICS[2 + (i % 2)]!),
      ...Array.from({ length: 12 }, (_, i): [string, string] => TOPICS[i % 2]!),
      ...Array.from({ length: 5 }, (): [string, string] => ['es', 'El tren llegó tarde otra vez']),
      ...Array.from({ length: 2 }, (): [string, string] => ['ja', '電車がまた遅れた']),
      ...Array.from({ length: 2 }, (): [string, string] => ['unknown', 'ok']),
    ];
    const d = load(rows);
    const words = async (language?: string) => {
      const c = value(
        await analysis.topicsWordCloud({
          words: 'terms',
          scope: 'all',
          ...(language && { language }),
        }),
      );
      return { ...c, texts: c.layout.words.map((w) => w.text) };
    };
    // before the languages are read there is nothing to choose
    expect((await words()).languages).toBeNull();

    readLanguages(d, rows);
    const first = await words();
    expect(first.languages).toEqual({
      options: [
        { language: 'en', posts: 24 },
        { language: 'de', posts: 12 },
        { language: 'es', posts: 5 },
      ],
      posts: 45,
      shown: 'en',
      mostCommon: 'en',
    });
    expect(first.posts).toBe(24);
    expect(first.texts).toContain('coffee');
    expect(first.texts).not.toContain('zug');

    const german = await words('de');
    expect(german.languages?.shown).toBe('de');
    expect(german.posts).toBe(12);
    expect(german.texts).toContain('zug');
    expect(german.texts).not.toContain('coffee');
    // a language without a real share (Japanese) is not offered: the most common instead
    expect((await words('ja')).languages?.shown).toBe('en');

    const mixed = await words('mixed');
    expect(mixed.languages?.shown).toBe('mixed');
    expect(mixed.posts).toBe(45);
    expect(mixed.texts).toEqual(expect.arrayContaining(['zug', 'coffee', 'tren']));

    // a clicked word's posts are those of the language shown
    const posts = (language?: string) =>
      analysis.topicsWordPosts({
        words: 'terms',
        word: 'lovely',
        scope: 'all',
        offset: 0,
        limit: 50,
        ...(language && { language }),
      });
    expect(value(await posts()).total).toBe(12);
    expect(value(await posts('de')).total).toBe(0);

    // the page's language filter chose the languages: no second choice in the cloud
    setLanguageFilter(d, { languages: ['de', 'es'], textColumn: 'text' });
    const filtered = await words();
    expect(filtered.languages).toBeNull();
    expect(filtered.posts).toBe(17);
  });
});
