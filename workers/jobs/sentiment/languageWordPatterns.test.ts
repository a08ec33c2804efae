import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { falseFriendPosts } from '../../core/classify/languagePosts.testutil.ts';
import { parseSentimentClassifier, predictOne } from './classifierModel.ts';
import { labelsInLanguages } from '../../core/sentiment/byLanguage.ts';
import { languageTraining } from './languageWordPatterns.ts';
import { trainSentimentClassifier } from './trainClassifier.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

const OPTIONS = { epochs: 5, hidden: 4, maxFeatures: 100, seed: 5 };

describe('the option "a model per language"', () => {
  it('keeps models per language when they beat one model on held-out posts, with figures per language', async () => {
    const { texts, y, languages } = falseFriendPosts(80, 11, 12);
    const lexicon = texts.map(() => 'unscored' as const);
    const byLanguage = languageTraining(languages, lexicon);
    const r = await trainSentimentClassifier(texts, Uint8Array.from(y), OPTIONS, undefined, {
      wordPatterns: byLanguage.wordPatterns,
    });
    if (!r.ok) throw new Error(r.error.message);
    const c = byLanguage.comparison(r.value.classifier)!;
    expect(c.kept).toBe('per-language');
    // chosen on the folds the single model chose its loss and C on, where it also wins clearly
    expect(c.basis).toBe('cross-validation');
    expect(c.cv!.perLanguage).toBeGreaterThan(c.cv!.oneModel + 0.2);
    expect(r.value.choice!.linear.cvAccuracy).toBe(c.cv!.perLanguage);
    expect([...c.models].sort()).toEqual(['aa', 'bb']);
    expect(c.perLanguage.accuracy).toBeGreaterThan(c.oneModel.accuracy + 0.2);
    // the network cannot tell the languages apart either: the models per language are kept
    expect(r.value.choice!.kept).toBe('linear');
    expect(r.value.classifier.kind).toBe('murmur.sentiment-by-language');
    expect(r.value.heldOut.model.accuracy).toBe(c.perLanguage.accuracy);
    expect(parseSentimentClassifier(r.value.classifier).ok).toBe(true);
    // per language: the held-out posts add up, aa and bb had their own model, cc did not
    expect(c.byLanguage.reduce((s, l) => s + l.n, 0)).toBe(r.value.heldOut.n);
    const aa = c.byLanguage.find((l) => l.language === 'aa')!;
    expect(aa).toMatchObject({ ownModel: true, lexicon: 0 });
    expect(aa.unscored).toBe(aa.n);
    expect(aa.classifier).toBe(aa.perLanguage);
    expect(aa.perLanguage).toBeGreaterThan(0.9);
    expect(c.byLanguage.find((l) => l.language === 'cc')?.ownModel ?? false).toBe(false);
    // the live box: the same words, read by each language's model
    const praise = predictOne(r.value.classifier, 'zorp ka lumo teri sava', 'aa');
    const abuse = predictOne(r.value.classifier, 'zorp ka lumo teri sava', 'bb');
    expect([praise.label, praise.model]).toEqual(['positive', 'aa']);
    expect([abuse.label, abuse.model]).toEqual(['negative', 'bb']);
    expect(predictOne(r.value.classifier, 'zorp ka lumo teri sava', 'de').model).toBe('all');
  });

  it('keeps one model when no language has enough labels, and says none had its own', async () => {
    const { texts, y, languages } = falseFriendPosts(14, 3, 14);
    const byLanguage = languageTraining(
      languages,
      texts.map(() => 'unscored' as const),
    );
    const r = await trainSentimentClassifier(texts, Uint8Array.from(y), OPTIONS, undefined, {
      wordPatterns: byLanguage.wordPatterns,
    });
    if (!r.ok) throw new Error(r.error.message);
    const c = byLanguage.comparison(r.value.classifier)!;
    expect(c.models).toEqual([]);
    expect(c.kept).toBe('one-model');
    expect(c.perLanguage.accuracy).toBe(c.oneModel.accuracy);
    expect(r.value.classifier.kind).not.toBe('murmur.sentiment-by-language');
  });

  it('reads each text with the word list of its language, English by VADER, others unscored', async () => {
    const labels = await labelsInLanguages(
      ['I love this, wonderful day', 'Das ist wirklich schrecklich und furchtbar', 'Отличный день'],
      ['en', 'de', 'ru'],
    );
    expect(labels).toEqual(['positive', 'negative', 'unscored']);
  });
});
