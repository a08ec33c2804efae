import { describe, expect, it } from 'vitest';
import { crossFit } from './crossFit.ts';
import { crossValidate } from './crossValidate.ts';
import { falseFriendPosts } from './languagePosts.testutil.ts';
import { labelledPosts } from './posts.testutil.ts';
import {
  crossFitByLanguage,
  crossValidateByLanguage,
  chooseOwnModels,
  foldPredictions,
  ownModelLanguages,
  predictLanguageModels,
  trainLanguageModels,
} from './languageModels.ts';
import { DEFAULT_NGRAMS, ngramCounts } from './ngramCounts.ts';
import { AUDIT, UNLABELLED } from './ppiShares.ts';
import { predictLinear } from './sentimentLinear.ts';

const SPEC = DEFAULT_NGRAMS;
const all = (n: number) => Array.from({ length: n }, (_, i) => i);
const right = (truth: readonly number[], predicted: ArrayLike<number>, rows: readonly number[]) =>
  rows.filter((i, p) => truth[i] === predicted[p]).length / rows.length;

describe('ownModelLanguages', () => {
  it('keeps languages with enough labels in two classes, most labelled first, never unknown', () => {
    const languages = [
      ...Array<string>(40).fill('de'),
      ...Array<string>(50).fill('en'),
      ...Array<string>(40).fill('fr'),
      ...Array<string>(40).fill('unknown'),
    ];
    const y = [
      // de: 30 negative, 10 positive → two classes of 10
      ...Array<number>(30).fill(0),
      ...Array<number>(10).fill(2),
      // en: 25 and 25
      ...Array<number>(25).fill(0),
      ...Array<number>(25).fill(1),
      // fr: 35 and 5 → only one class has 10
      ...Array<number>(35).fill(0),
      ...Array<number>(5).fill(2),
      ...Array<number>(20).fill(0),
      ...Array<number>(20).fill(2),
    ];
    const rows = all(languages.length);
    expect(ownModelLanguages(languages, rows, y)).toEqual(['en', 'de']);
    expect(ownModelLanguages(languages, rows, y, { minClassRows: 5 })).toEqual(['en', 'de', 'fr']);
    expect(ownModelLanguages(languages, rows, y, { minRows: 45 })).toEqual(['en']);
    // only the rows given count
    expect(ownModelLanguages(languages, rows.slice(0, 60), y.slice(0, 60))).toEqual(['de']);
  });
});

describe('a model per language', () => {
  const { texts, y, languages } = falseFriendPosts(60, 7);
  const counts = ngramCounts(texts, SPEC);
  const rows = all(texts.length);

  it('reads words that mean opposite things in two languages, where one model cannot', () => {
    const trainRows = rows.filter((i) => i % 3 !== 0);
    const testRows = rows.filter((i) => i % 3 === 0);
    const m = trainLanguageModels(
      counts,
      trainRows,
      trainRows.map((i) => y[i]!),
      languages,
      SPEC,
      { seed: 3 },
    );
    if (!m.ok) throw new Error(m.error.message);
    // cc has six posts: the model for all languages reads it
    expect([...m.value.own.keys()].sort()).toEqual(['aa', 'bb']);
    expect(m.value.fallback.trainRows).toBe(trainRows.length);
    expect(m.value.own.get('aa')!.trainRows).toBe(
      trainRows.filter((i) => languages[i] === 'aa').length,
    );
    const per = predictLanguageModels(m.value, counts, languages, testRows);
    const one = predictLinear(m.value.fallback, counts, testRows);
    const inAaBb = testRows.filter((i) => languages[i] !== 'cc');
    const at = (rowsOf: readonly number[], p: ArrayLike<number>) =>
      right(
        y,
        Array.from(rowsOf, (i) => p[testRows.indexOf(i)]!),
        rowsOf,
      );
    expect(at(inAaBb, per.label)).toBeGreaterThan(0.95);
    expect(at(inAaBb, one.label)).toBeLessThan(0.75);
    // cc's posts go to the all-language model: the same answers as predicting with it
    const cc = testRows.filter((i) => languages[i] === 'cc');
    for (const i of cc) expect(per.label[testRows.indexOf(i)]).toBe(one.label[testRows.indexOf(i)]);
  });

  it('cross-validates post for post on the same folds as one model, and beats it here', () => {
    const cvY = rows.map((i) => y[i]!);
    const per = crossValidateByLanguage(counts, rows, cvY, languages, SPEC, { folds: 4, seed: 2 });
    const one = crossValidate(counts, rows, cvY, SPEC, { folds: 4, seed: 2 });
    if (!per || !one) throw new Error('too few rows');
    expect(Array.from(per.fold)).toEqual(Array.from(one.fold));
    expect(per.ownModels).toHaveLength(4);
    for (const languagesOfFold of per.ownModels)
      expect([...languagesOfFold].sort()).toEqual(['aa', 'bb']);
    expect(right(y, per.predicted, rows)).toBeGreaterThan(0.9);
    expect(right(y, one.predicted, rows)).toBeLessThan(right(y, per.predicted, rows) - 0.2);
  });

  it('keeps a language’s own model only where it reads the language better, on folds made beforehand', () => {
    const rowIds = rows;
    const fold = Uint8Array.from(rowIds, (_, p) => p % 3);
    const yOf = rowIds.map((i) => y[i]!);
    const candidate = { loss: 'logistic', C: 4 } as const;
    const predictions = foldPredictions(counts, rowIds, yOf, fold, 3, languages, SPEC, {
      seed: 1,
      candidate,
      tried: ['aa', 'bb'],
    });
    // cc was not tried: it has no prediction of its own
    rowIds.forEach((i, p) => {
      if (languages[i] === 'cc') expect(predictions.own[p]).toBe(-1);
      else expect(predictions.own[p]).toBeGreaterThanOrEqual(0);
    });
    const choice = chooseOwnModels(rowIds, yOf, languages, predictions, ['aa', 'bb']);
    expect(choice.keep).toEqual(['aa', 'bb']);
    expect(choice.dropped).toEqual([]);
    expect(choice.perLanguage).toBeGreaterThan(0.9);
    expect(choice.oneModel).toBeLessThan(0.75);
    // two 'languages' that are the same posts split at random: a model of their own learns from
    // half the labels and reads them no better, so both are dropped
    const plain = labelledPosts(150, 3, 0.15);
    const plainCounts = ngramCounts(plain.texts, SPEC);
    const split = plain.texts.map((_, i) => (i % 2 ? 'en' : 'de'));
    const ids = all(150);
    const folds = Uint8Array.from(ids, (_, p) => p % 3);
    const mixed = foldPredictions(plainCounts, ids, plain.y, folds, 3, split, SPEC, {
      seed: 1,
      candidate,
      tried: ['en', 'de'],
    });
    const none = chooseOwnModels(ids, plain.y, split, mixed, ['en', 'de']);
    expect(none.keep).toEqual([]);
    expect(none.dropped).toEqual(['en', 'de']);
    expect(none.perLanguage).toBe(none.oneModel);
  });

  it('cross-fits the labelling loop per language: each post takes its language’s fit', () => {
    const state = new Uint8Array(texts.length);
    const labels = new Int8Array(texts.length).fill(-1);
    // every other post labelled, as an audit
    for (const i of rows)
      if (i % 2 === 0) {
        state[i] = AUDIT;
        labels[i] = y[i]!;
      }
    const fit = crossFitByLanguage(counts, state, labels, languages, SPEC, { seed: 4 });
    const one = crossFit(counts, state, labels, SPEC, { seed: 4 });
    if (!fit.ok || !one.ok) throw new Error('fit failed');
    expect([...fit.value.models.own.keys()].sort()).toEqual(['aa', 'bb']);
    const unlabelled = rows.filter((i) => state[i] === UNLABELLED && languages[i] !== 'cc');
    expect(
      right(
        y,
        unlabelled.map((i) => fit.value.label[i]!),
        unlabelled,
      ),
    ).toBeGreaterThan(0.95);
    expect(
      right(
        y,
        unlabelled.map((i) => one.value.label[i]!),
        unlabelled,
      ),
    ).toBeLessThan(0.75);
    // audit posts are graded by models that did not see them; votes sum to one on unlabelled posts
    const graded = rows.filter((i) => fit.value.auditPrediction[i]! >= 0);
    expect(graded.length).toBeGreaterThan(50);
    for (const i of unlabelled) {
      const v = fit.value.votes.subarray(i * 3, i * 3 + 3);
      expect(v[0]! + v[1]! + v[2]!).toBeCloseTo(1, 5);
    }
    // cc keeps the all-language fit
    const cc = rows.filter((i) => languages[i] === 'cc');
    for (const i of cc) expect(fit.value.label[i]).toBe(one.value.label[i]);
  });

  it('restricts a cross-fit to some posts: the others are left alone', () => {
    const state = new Uint8Array(texts.length).fill(AUDIT);
    const labels = Int8Array.from(y);
    const posts = rows.filter((i) => languages[i] === 'aa');
    const fit = crossFit(counts, state, labels, SPEC, { seed: 1, posts });
    if (!fit.ok) throw new Error(fit.error.message);
    expect(fit.value.model.trainRows).toBe(posts.length);
    const outside = rows.filter((i) => languages[i] !== 'aa');
    for (const i of outside) {
      expect(fit.value.auditPrediction[i]).toBe(-1);
      expect(fit.value.confidence[i]).toBe(0);
    }
  });
});
