import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { stratifiedFolds } from '../../core/classify/folds.ts';
import { createRng } from '../../core/random/rng.ts';
import { crossValidateNetwork, type NetworkData } from './networkFit.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

const settings = {
  maxFeatures: 100,
  hidden: 8,
  epochs: 12,
  patience: 3,
  learningRate: 0.03,
  seed: 9,
};

/** 40 posts per class; a class's posts share two marker words, or none when `noise`. */
function data(noise: boolean): NetworkData {
  const rng = createRng(4);
  const docs: string[][] = [];
  const classes: number[] = [];
  for (let i = 0; i < 120; i++) {
    const k = i % 3;
    const marker = noise ? [] : [`mark${k}`, `sign${k}`];
    docs.push([...marker, `w${rng.int(30)}`, `w${rng.int(30)}`]);
    classes.push(noise ? rng.int(3) : k);
  }
  return {
    docs,
    classes,
    groups: Uint32Array.from(docs, (_, i) => i),
    present: ['negative', 'neutral', 'positive'],
  };
}

function foldsOf(d: NetworkData, k: number) {
  const positions = d.classes.map((_, i) => i);
  return { positions, fold: stratifiedFolds(d.classes, k, 3), folds: k };
}

describe('crossValidateNetwork', () => {
  it('scores each left-out fold with a network trained on the others', async () => {
    const d = data(false);
    const done: number[] = [];
    const r = await crossValidateNetwork(d, foldsOf(d, 3), settings, {
      onFold: (f) => done.push(f),
    });
    expect(r.ok && r.value).toBeGreaterThan(0.95);
    expect(done).toEqual([1, 2, 3]);
    // labels unrelated to the words: no better than chance, once every row is left out once
    const noise = data(true);
    const n = await crossValidateNetwork(noise, foldsOf(noise, 3), settings, {});
    expect(n.ok && n.value).toBeLessThan(0.5);
  });

  it('scores nothing in a fold whose training part holds one class, as the word patterns do', async () => {
    // two classes, each alone in its fold: neither fold has two classes to learn from
    const d = data(false);
    const positions = d.classes.flatMap((c, i) => (c < 2 ? [i] : []));
    const fold = Uint8Array.from(positions, (p) => d.classes[p]!);
    const r = await crossValidateNetwork(d, { positions, fold, folds: 2 }, settings, {});
    expect(r).toEqual({ ok: true, value: 0 });
  });

  it('stops when cancelled', async () => {
    const d = data(false);
    const controller = new AbortController();
    controller.abort();
    const r = await crossValidateNetwork(d, foldsOf(d, 3), settings, {
      signal: controller.signal,
    });
    expect(!r.ok && r.error.code).toBe('ABORTED');
  });
});
