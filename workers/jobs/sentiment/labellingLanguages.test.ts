import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../core/errors/index.ts';
import { tableFromRows } from '../../core/csv/index.ts';
import { createRng } from '../../core/random/rng.ts';
import { inferSchema } from '../../core/schema/index.ts';
import { feedClassifier, withClassifierLabels } from '../../core/stream/classifierLabels.ts';
import { loadLabels } from '../../storage/labels.ts';
import { chosenClassifierModel, chosenSentiment } from '../shared/chosenSentiment.ts';
import { activeDataset } from '../shared/session.testutil.ts';
import { sentimentAnalysisJobs as jobs } from './analysisJobs.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

// Written for this test: what people say about a café, in English and German.
const SAID: Record<'en' | 'de', Record<'negative' | 'positive', readonly string[]>> = {
  en: {
    positive: [
      'the staff were lovely and the coffee was wonderful',
      'really friendly people, we will definitely come back',
      'best cake in town, absolutely delicious',
    ],
    negative: [
      'the service was slow and the waiter was rude',
      'cold coffee and dirty tables, very disappointing',
      'we waited an hour and nobody apologised',
    ],
  },
  de: {
    positive: [
      'das Personal war sehr freundlich und der Kaffee wunderbar',
      'wirklich nette Leute, wir kommen bestimmt wieder',
      'der beste Kuchen der Stadt, einfach köstlich',
    ],
    negative: [
      'der Service war langsam und der Kellner unfreundlich',
      'kalter Kaffee und schmutzige Tische, sehr enttäuschend',
      'wir haben eine Stunde gewartet und niemand hat sich entschuldigt',
    ],
  },
};
const PLACES = ['near the station', 'on Sunday', 'this morning', 'after work', 'with friends'];
const ORTE = ['am Bahnhof', 'am Sonntag', 'heute Morgen', 'nach der Arbeit', 'mit Freunden'];

/** 60 English and 60 German posts, every one labelled in the file. */
function dataset(name: string) {
  const rng = createRng(9);
  const rows: string[][] = [];
  for (const language of ['en', 'de'] as const)
    for (let i = 0; i < 60; i++) {
      const label = i % 2 ? 'positive' : 'negative';
      const phrase = SAID[language][label][rng.int(3)]!;
      const where = (language === 'en' ? PLACES : ORTE)[rng.int(5)]!;
      rows.push([`${phrase}, ${where} (${i})`, label]);
    }
  const table = tableFromRows(['text', 'sentiment'], rows);
  return activeDataset(table, inferSchema(table), name);
}

describe('labelling with a model per language', () => {
  it('trains a model for each language with enough labels, shows figures per language and publishes it', async () => {
    const d = dataset('label-languages.csv');
    const open = value(await jobs.labellingOpen({}));
    expect(open.stats.perLanguage).toBe(false);
    expect(open.stats.languages).toBeNull();
    const state = value(await jobs.labellingPerLanguage({ perLanguage: true }));
    const s = state.stats;
    expect(s.perLanguage).toBe(true);
    expect(s.trained).toBe(true);
    const figures = Object.fromEntries(s.languages!.map((l) => [l.language, l]));
    expect(figures.en).toMatchObject({ labels: 60, ownModel: true });
    expect(figures.de).toMatchObject({ labels: 60, ownModel: true });
    // file labels are held out: each judged by a model that did not learn from it
    expect(figures.de!.n).toBeGreaterThan(40);
    expect(figures.de!.accuracy).toBeGreaterThan(0.8);
    expect(figures.en!.lexicon).toBeGreaterThan(0.6);

    value(await jobs.labellingSource({ source: 'classifier' }));
    expect(chosenSentiment(d).source).toBe('classifier');
    const model = await chosenClassifierModel(d);
    expect(model!.kind).toBe('murmur.sentiment-by-language');
    // a live feed's posts: read by the model of the language the feed declares
    const reader = value(feedClassifier(model!));
    const post = (text: string, lang: string) => ({
      key: null,
      text,
      hashtags: [],
      spans: [],
      lang,
      timeMs: 0,
    });
    const read = withClassifierLabels(reader, [
      post('Der Kuchen war köstlich und das Personal sehr freundlich', 'de'),
      post('Kalter Kaffee, schmutzige Tische und ein unfreundlicher Kellner', 'de'),
    ]);
    expect(read.map((p) => p.chosenLabel)).toEqual([2, 0]);
    expect((await loadLabels(d.meta.id))!.perLanguage).toBe(true);

    // off again: one model, no figures per language
    const off = value(await jobs.labellingPerLanguage({ perLanguage: false }));
    expect(off.stats.languages).toBeNull();
    expect((await chosenClassifierModel(d))!.kind).toBe('murmur.sentiment-linear');
  });

  it('comes back with the option after a reload', async () => {
    dataset('label-languages-b.csv');
    value(await jobs.labellingOpen({}));
    value(await jobs.labellingPerLanguage({ perLanguage: true }));
    // a reload: a fresh worker memory over the same stored dataset
    dataset('label-languages-b.csv');
    const again = value(await jobs.labellingOpen({}));
    expect(again.stats.perLanguage).toBe(true);
    expect(again.stats.languages!.map((l) => l.language).sort()).toEqual(['de', 'en']);
  });
});
