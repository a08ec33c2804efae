import { describe, expect, it } from 'vitest';
import { trainLanguageModels } from '../classify/languageModels.ts';
import { falseFriendPosts } from '../classify/languagePosts.testutil.ts';
import { DEFAULT_NGRAMS, ngramCounts } from '../classify/ngramCounts.ts';
import type { Detector } from '../language/detectLanguage.ts';
import { fullBundle } from './bundles.testutil.ts';
import {
  encodeLanguageClassifier,
  languageProbabilities,
  readyLanguageClassifier,
  type LanguageClassifierModel,
} from './languageClassifier.ts';
import { bundleNeedsLanguages, loadBundle } from './loadBundle.ts';
import { readyClassifier } from './sentimentClassifier.ts';
import { floatsToBase64 } from './typedBase64.ts';

const TRAINING = {
  trainedAt: 0,
  trainRows: 126,
  heldOutRows: 0,
  seed: 3,
  heldOutAccuracy: 1,
  heldOutMacroF1: 1,
};

/** Models per language on the false-friend posts, as JSON (after a round trip through text). */
function trained(): LanguageClassifierModel {
  const { texts, y, languages } = falseFriendPosts(60, 7);
  // bb learns a neutral class too, so the classes of the parts differ
  const withNeutral = y.map((c, i) => (languages[i] === 'bb' && i % 5 === 0 ? 1 : c));
  const counts = ngramCounts(texts, DEFAULT_NGRAMS);
  const rows = texts.map((_, i) => i);
  const m = trainLanguageModels(counts, rows, withNeutral, languages, DEFAULT_NGRAMS, {
    seed: 3,
    thresholds: { minClassRows: 5 },
  });
  if (!m.ok) throw new Error(m.error.message);
  return JSON.parse(
    JSON.stringify(encodeLanguageClassifier(m.value, TRAINING)),
  ) as LanguageClassifierModel;
}

const argmax = (p: Float64Array, k: number, row: number) => {
  let best = 0;
  for (let c = 1; c < k; c++) if (p[row * k + c]! > p[row * k + best]!) best = c;
  return best;
};

describe('the classifier with a model per language, as JSON', () => {
  const json = trained();

  it('keeps each language’s model and the all-language one, classes as their union', () => {
    expect(json.kind).toBe('murmur.sentiment-by-language');
    expect(Object.keys(json.languages)).toEqual(['aa', 'bb']);
    expect(json.languages.aa!.classes).toEqual(['negative', 'positive']);
    expect(json.languages.bb!.classes).toEqual(['negative', 'neutral', 'positive']);
    expect(json.classes).toEqual(['negative', 'neutral', 'positive']);
    expect(json.languages.aa!.training.trainRows).toBe(60);
    expect(json.fallback.training.trainRows).toBe(126);
  });

  it('reads "zorp" as praise in aa and abuse in bb, and sends other languages to the fallback', () => {
    const ready = readyLanguageClassifier(json);
    if (typeof ready === 'string') throw new Error(ready);
    const texts = ['zorp ka lumo teri sava', 'zorp ka lumo teri sava', 'zorp ka lumo teri sava'];
    const p = languageProbabilities(ready, texts, ['aa', 'bb', 'de']);
    expect(p).toHaveLength(9);
    expect(json.classes[argmax(p, 3, 0)]).toBe('positive');
    expect(json.classes[argmax(p, 3, 1)]).toBe('negative');
    // aa's model has no neutral class: probability 0 there
    expect(p[1]).toBe(0);
    for (let r = 0; r < 3; r++) expect(p[r * 3]! + p[r * 3 + 1]! + p[r * 3 + 2]!).toBeCloseTo(1, 6);
    // German has no model of its own: the fallback reads it, as for a post of unknown language
    const fallback = languageProbabilities(ready, [texts[0]!], ['unknown']);
    expect(Array.from(p.subarray(6, 9))).toEqual(Array.from(fallback));
  });

  it('asks its detector for the languages it is not given; without one, the fallback reads all', () => {
    const detector: Detector = () => ({ language: 'bb', scores: { bb: 1 }, reliable: true });
    const long = 'zorp ka lumo teri sava dran vesk';
    const withDetector = readyClassifier(json, detector);
    const without = readyClassifier(json);
    if (typeof withDetector === 'string' || typeof without === 'string') throw new Error('unready');
    expect(withDetector.byLanguage).toBe(true);
    expect(Array.from(withDetector.probabilities([long]))).toEqual(
      Array.from(withDetector.probabilities([long], ['bb'])),
    );
    expect(Array.from(without.probabilities([long]))).toEqual(
      Array.from(without.probabilities([long], ['unknown'])),
    );
  });

  it('refuses a language code that is not one, classes that are not the union, and a broken part', () => {
    const { aa, ...rest } = json.languages;
    expect(readyLanguageClassifier({ ...json, languages: { ...rest, AA: aa! } })).toBe(
      'languages.AA: not a language code (two lower-case letters, ISO 639-1)',
    );
    expect(readyLanguageClassifier({ ...json, classes: ['negative', 'positive'] })).toBe(
      'classes: expected ["negative","neutral","positive"] (every class its models predict, in order)',
    );
    expect(
      readyLanguageClassifier({
        ...json,
        languages: {
          ...json.languages,
          bb: {
            ...json.languages.bb!,
            linear: { ...json.languages.bb!.linear, weights: floatsToBase64(new Float32Array(3)) },
          },
        },
      }),
    ).toMatch(/^languages\.bb\.linear\.weights: expected [\d,]+ entries/);
    expect(readyLanguageClassifier({ ...json, fallback: null as never })).toBe(
      'fallback: the all-language model is missing',
    );
  });
});

describe('a bundle with a model per language', () => {
  const { bundle } = fullBundle(200);
  const json = trained();
  const withClassifier = (classifier: unknown): unknown =>
    JSON.parse(JSON.stringify({ ...bundle, sentiment: { ...bundle.sentiment!, classifier } }));
  const refusal = (value: unknown) => {
    const r = loadBundle(value);
    return r.ok ? 'accepted' : `${r.error.code}: ${r.error.message}`;
  };

  it('says it needs languages, loads with a detector and reads each post by its language', () => {
    expect(bundleNeedsLanguages(withClassifier(json))).toBe(true);
    expect(bundleNeedsLanguages(bundle)).toBe(false);
    expect(bundleNeedsLanguages(null)).toBe(false);
    const detector: Detector = (text) => {
      const language = text.includes('dran') ? 'bb' : 'aa';
      return { language, scores: { [language]: 1 }, reliable: true };
    };
    const r = loadBundle(withClassifier(json), { detector });
    if (!r.ok) throw new Error(r.error.message);
    const ready = r.value.sentiment!.classifier!;
    expect(ready.model.kind).toBe('murmur.sentiment-by-language');
    const p = ready.probabilities(['zorp ka lumo teri sava niko', 'zorp dran dran dran vesk vesk']);
    expect(json.classes[argmax(p, 3, 0)]).toBe('positive');
    expect(json.classes[argmax(p, 3, 1)]).toBe('negative');
  });

  it('refuses its corruption with the path at fault', () => {
    expect(refusal(withClassifier({ ...json, languages: { english: json.languages.aa } }))).toMatch(
      /^BUNDLE_INVALID: This bundle is damaged: sentiment\.classifier\.languages\.english: Invalid key in record/,
    );
    expect(
      refusal(
        withClassifier({
          ...json,
          fallback: {
            ...json.fallback,
            linear: { ...json.fallback.linear, weights: floatsToBase64(new Float32Array(6)) },
          },
        }),
      ),
    ).toMatch(/^BUNDLE_INVALID: sentiment\.classifier\.fallback\.linear\.weights: expected/);
    expect(refusal(withClassifier({ ...json, classes: ['positive', 'negative'] }))).toMatch(
      /^BUNDLE_INVALID: sentiment\.classifier\.classes: expected/,
    );
    expect(refusal(withClassifier(json))).toBe('accepted');
  });
});
