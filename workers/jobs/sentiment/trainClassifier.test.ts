import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../core/random/rng.ts';
import { parseSentimentClassifier, predictLabels } from './classifierModel.ts';
import { textGroups } from '../../core/split/groups.ts';
import { classifierSplits, trainSentimentClassifier } from './trainClassifier.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

const WORDS = [
  ['awful', 'broken', 'refund', 'worst', 'angry', 'late'],
  ['schedule', 'update', 'tuesday', 'report', 'meeting', 'station'],
  ['lovely', 'brilliant', 'thanks', 'delighted', 'superb', 'fun'],
];
const FILLER = ['the', 'train', 'today', 'service', 'city', 'app'];

/** Posts of three classes, each from its own words plus shared filler; class = index. */
function corpus(perClass: number, seed: number): { texts: string[]; y: Uint8Array } {
  const rng = createRng(seed);
  const texts: string[] = [];
  const y: number[] = [];
  for (let k = 0; k < 3; k++) {
    for (let i = 0; i < perClass; i++) {
      const words = Array.from({ length: 6 }, (_, j) =>
        j % 2 === 0 ? WORDS[k]![rng.int(6)]! : FILLER[rng.int(6)]!,
      );
      texts.push(words.join(' '));
      y.push(k);
    }
  }
  return { texts, y: Uint8Array.from(y) };
}

describe('trainSentimentClassifier', () => {
  const { texts, y } = corpus(60, 3);
  const options = { epochs: 15, hidden: 8, maxFeatures: 200, learningRate: 0.02, seed: 5 };

  it('learns separable classes and scores itself and VADER on the same held-out rows', async () => {
    const epochs: number[] = [];
    const folds: string[] = [];
    const r = await trainSentimentClassifier(texts, y, options, undefined, {
      onEpoch: (s) => epochs.push(s.epoch),
      onNetworkFold: (done, total) => folds.push(`${done}/${total}`),
    });
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value;
    // 20 % of 60 per class is held out
    expect(v.heldOut.n).toBe(36);
    expect(v.heldOut.model.n).toBe(36);
    expect(v.heldOut.vader.n).toBe(36);
    expect(v.heldOut.model.truthCounts).toEqual({ negative: 12, neutral: 12, positive: 12 });
    expect([v.trainRows, v.labelledRows]).toEqual([144, 180]);
    expect(v.heldOut.model.accuracy).toBeGreaterThan(0.9);
    expect(epochs).toEqual(v.history.map((h) => h.epoch));
    // The choice is cross-validated: the network went through the word-pattern model's 5 folds of
    // the 144 training rows (its curves show only the kept fit's epochs).
    const choice = v.choice!;
    expect(choice.basis).toBe('cross-validation');
    expect([choice.linear.folds, choice.linear.cvRows]).toEqual([5, 144]);
    expect(folds).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(choice.network.cvAccuracy).toBeGreaterThan(0.9);
    expect(choice.linear.cvAccuracy).toBeGreaterThan(0.9);
    expect(choice.kept).toBe(
      choice.network.cvAccuracy! > choice.linear.cvAccuracy! ? 'network' : 'linear',
    );
    expect(v.classifier.classes).toEqual(['negative', 'neutral', 'positive']);
    // The saved classifier predicts the same way without tfjs.
    expect(predictLabels(v.classifier, ['awful refund worst', 'lovely superb thanks'])).toEqual([
      'negative',
      'positive',
    ]);
    expect(JSON.parse(JSON.stringify(v.classifier))).toEqual(v.classifier);
  });

  it('keeps copies of a post on one side of the held-out split, case and spaces aside', async () => {
    // every post three times: once as written, once in capitals, once with doubled spaces
    const copied = texts.flatMap((t) => [t, t.toUpperCase(), t.replace(/ /g, '  ')]);
    const copiedY = Uint8Array.from(Array.from(y).flatMap((k) => [k, k, k]));
    const r = await trainSentimentClassifier(copied, copiedY, { ...options, epochs: 1 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.heldOut.split).toEqual({ kind: 'grouped', overlap: 0 });
    // whole groups of three are held out, about 20 % of each class
    expect(r.value.heldOut.n % 3).toBe(0);
    expect(r.value.heldOut.n).toBeGreaterThanOrEqual(90);
    expect(r.value.heldOut.n).toBeLessThanOrEqual(126);
  });

  it('keeps copies that differ by an @handle, a link or case within one of the three sets (fit, early-stopping slice, held out)', () => {
    const copied = texts.flatMap((t, k) => [
      t,
      `@united ${t.toUpperCase()}`,
      `${t} https://t.co/${k}`,
    ]);
    const classes = Array.from(y).flatMap((k) => [k, k, k]);
    const groups = textGroups(copied);
    const { split, fitPos, valPos } = classifierSplits(classes, groups, 0.2, 5);
    const side = new Int8Array(copied.length).fill(-1);
    for (const p of fitPos) side[p] = 0;
    for (const p of valPos) side[p] = 1;
    for (const p of split.test) side[p] = 2;
    expect(side.every((v) => v >= 0)).toBe(true);
    expect(valPos.length).toBeGreaterThanOrEqual(30);
    for (let g = 0; g < texts.length; g++)
      expect(new Set([0, 1, 2].map((k) => side[g * 3 + k]))).toHaveProperty('size', 1);
  });

  it('samples the labelled rows down to maxRows, keeping each class’s share', async () => {
    const r = await trainSentimentClassifier(texts, y, { ...options, epochs: 1, maxRows: 90 });
    if (!r.ok) throw new Error(r.error.message);
    // 180 rows → 90 (30 per class) → 6 per class held out
    expect([
      r.value.labelledRows,
      r.value.trainRows + r.value.heldOut.n,
      r.value.heldOut.n,
    ]).toEqual([180, 90, 18]);
  });

  it('is repeatable with the same seed', async () => {
    const a = await trainSentimentClassifier(texts, y, { ...options, epochs: 2 });
    const b = await trainSentimentClassifier(texts, y, { ...options, epochs: 2 });
    if (!a.ok || !b.ok) throw new Error('training failed');
    const timeless = (r: typeof a.value) => ({
      ...r.classifier,
      training: { ...r.classifier.training, trainedAt: 0 },
    });
    expect(timeless(a.value)).toEqual(timeless(b.value));
    expect(a.value.choice?.kept).toBe(b.value.choice?.kept);
  });

  it('trains the word-pattern model on the same rows and keeps it where it wins', async () => {
    // Every post has one made-up word of its own, seen nowhere else: a word vocabulary cannot
    // carry it to new posts, but its letters can (negative words hold "zq", positive ones "xv").
    const rng = createRng(9);
    const syllables = ['ba', 'lo', 'mi', 'tu', 're', 'ka', 'no', 'si'];
    const made: string[] = [];
    const madeY: number[] = [];
    for (let i = 0; i < 240; i++) {
      const k = i % 2 === 0 ? 0 : 2;
      const core = k === 0 ? 'zq' : 'xv';
      const word = `${syllables[rng.int(8)]}${syllables[rng.int(8)]}${core}${syllables[rng.int(8)]}${i}`;
      made.push(`${FILLER[rng.int(6)]} ${word} ${FILLER[rng.int(6)]}`);
      madeY.push(k);
    }
    const r = await trainSentimentClassifier(made, Uint8Array.from(madeY), {
      ...options,
      epochs: 8,
    });
    if (!r.ok) throw new Error(r.error.message);
    const c = r.value.choice!;
    // 20 % of 120 per class held out, both models scored on the same 48 posts
    expect([c.linear.heldOut.n, c.network.heldOut.n, r.value.heldOut.n]).toEqual([48, 48, 48]);
    expect(c.linear.heldOut.accuracy).toBeGreaterThan(0.95);
    expect(c.network.heldOut.accuracy).toBeLessThan(0.7);
    expect(c.kept).toBe('linear');
    expect(c.linear.folds).toBe(5);
    expect(c.linear.cvAccuracy).toBeGreaterThan(0.9);
    expect(r.value.classifier.kind).toBe('murmur.sentiment-linear');
    expect(r.value.heldOut.model).toEqual(c.linear.heldOut);
    expect(r.value.classifier.training.heldOutAccuracy).toBe(c.linear.heldOut.accuracy);
    // the kept JSON predicts new posts the same way, without tfjs, after a JSON round trip
    const json = JSON.parse(JSON.stringify(r.value.classifier)) as typeof r.value.classifier;
    expect(parseSentimentClassifier(json).ok).toBe(true);
    expect(predictLabels(json, ['the kimizqta app', 'city loboxvre today'])).toEqual([
      'negative',
      'positive',
    ]);
  });

  it('refuses too few rows, a single class and bad options, and stops when cancelled', async () => {
    const code = async (...args: Parameters<typeof trainSentimentClassifier>) => {
      const r = await trainSentimentClassifier(...args);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(await code(texts.slice(0, 10), y.slice(0, 10))).toBe('TOO_FEW_ROWS');
    expect(await code(texts.slice(0, 60), y.slice(0, 60))).toBe('TOO_FEW_LABELS');
    expect(await code(texts, y, { testShare: 0.9 })).toBe('INVALID_OPTIONS');
    expect(
      await code(
        texts.map(() => '!!!'),
        y,
      ),
    ).toBe('TOO_FEW_ROWS');
    const ac = new AbortController();
    expect(
      await code(texts, y, options, undefined, {
        signal: ac.signal,
        onBatch: (_e, b) => b === 2 && ac.abort(),
      }),
    ).toBe('ABORTED');
  });
});
