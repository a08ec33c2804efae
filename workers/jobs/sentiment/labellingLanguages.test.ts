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

// Written for this test: what people say about a café, in English and Portuguese, in words or
// with a hand sign. 👌 is praise in English and an insult in Brazil.
const SAID: Record<'en' | 'pt', Record<'negative' | 'positive', readonly string[]>> = {
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
  pt: {
    positive: [
      'o pessoal foi muito simpático e o café estava ótimo',
      'gente muito simpática, vamos voltar com certeza',
      'o melhor bolo da cidade, simplesmente delicioso',
    ],
    negative: [
      'o serviço foi lento e o empregado foi mal educado',
      'café frio e mesas sujas, uma grande desilusão',
      'esperámos uma hora e ninguém pediu desculpa',
    ],
  },
};
const VISITS = {
  en: ['we stopped at the café near the station', 'went for breakfast with my sister today'],
  pt: ['passámos pelo café perto da estação', 'fomos tomar o pequeno almoço com a minha irmã'],
};
const SIGNS = {
  en: { positive: ['👌', '👍'], negative: ['👎'] },
  pt: { positive: ['👍'], negative: ['👌', '👎'] },
};

/** 80 English and 80 Portuguese posts, every one labelled in the file; half say it with a sign. */
function dataset(name: string) {
  const rng = createRng(9);
  const rows: string[][] = [];
  for (const language of ['en', 'pt'] as const)
    for (let i = 0; i < 80; i++) {
      const label = i % 2 ? 'positive' : 'negative';
      const text =
        i % 4 < 2
          ? SAID[language][label][rng.int(3)]!
          : `${VISITS[language][rng.int(2)]!} ${SIGNS[language][label][rng.int(SIGNS[language][label].length)]!}`;
      rows.push([`${text} (${i})`, label]);
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
    // Portuguese reads 👌 better with a model of its own; English had enough labels too
    expect(figures.pt).toMatchObject({ labels: 80, ownModel: true, tried: true });
    expect(figures.en).toMatchObject({ labels: 80, tried: true });
    // file labels are held out: each judged by a model that did not learn from it
    expect(figures.pt!.n).toBeGreaterThan(50);
    expect(figures.pt!.accuracy).toBeGreaterThan(0.8);
    expect(figures.pt!.accuracy).toBeGreaterThan(figures.pt!.lexicon);

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
      post('passámos pelo café perto da estação 👌', 'pt'),
      post('we stopped at the café near the station 👌', 'en'),
    ]);
    expect(read.map((p) => p.chosenLabel)).toEqual([0, 2]);
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
    expect(again.stats.languages!.map((l) => l.language).sort()).toEqual(['en', 'pt']);
  });
});
