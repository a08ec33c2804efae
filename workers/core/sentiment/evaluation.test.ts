import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCsv, memoryByteSource } from '../csv/index.ts';
import { inferSchema } from '../schema/index.ts';
import { evaluateSentiment, evaluateVader, storedLabel } from './evaluation.ts';
import type { SentimentLabel } from './types.ts';
import { scoreTexts } from './vader.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = process.env.MURMUR_SHARED ?? path.resolve(ROOT, '../shared');
const DATA = path.join(SHARED, 'data', 'sentimentdataset.csv');
const REFERENCE = path.join(SHARED, 'reference', 'sklearn', 'clf_sentimentdataset.json');
const available = existsSync(DATA) && existsSync(REFERENCE);
if (!available)
  console.warn(
    `evaluation.test.ts: skipped the scikit-learn reference check, no ${DATA} or ${REFERENCE} (set MURMUR_SHARED).`,
  );

describe('evaluateSentiment', () => {
  // truth  pos pos pos neu neu neg
  // pred   pos neu pos neu pos pos
  const truth: SentimentLabel[] = [
    'positive',
    'positive',
    'positive',
    'neutral',
    'neutral',
    'negative',
  ];
  const pred: SentimentLabel[] = [
    'positive',
    'neutral',
    'positive',
    'neutral',
    'positive',
    'positive',
  ];

  it('matches hand-worked accuracy, per-class scores, macro-F1 and confusion matrix', () => {
    const r = evaluateSentiment(truth, pred);
    if (!r.ok) throw new Error(r.error.message);
    const e = r.value;
    expect(e.n).toBe(6);
    expect(e.accuracy).toBe(0.5); // 3 of 6
    expect(e.labels).toEqual(['negative', 'neutral', 'positive']);
    expect(e.confusion).toEqual([
      [0, 0, 1],
      [0, 1, 1],
      [0, 1, 2],
    ]);
    // negative: never predicted → 0; neutral: 1 of 2 predicted, 1 of 2 true; positive: 2 of 4, 2 of 3.
    expect(e.perClass.map((c) => [c.precision, c.recall])).toEqual([
      [0, 0],
      [0.5, 0.5],
      [0.5, 2 / 3],
    ]);
    expect(e.perClass[2]!.f1).toBeCloseTo(4 / 7, 15);
    expect(e.macroF1).toBeCloseTo(5 / 14, 15); // (0 + 1/2 + 4/7) / 3
    expect(e.weightedF1).toBeCloseTo(19 / 42, 15); // (0·1 + 1/2·2 + 4/7·3) / 6
    expect(e.truthCounts).toEqual({ negative: 1, neutral: 2, positive: 3 });
    expect(e.predictedCounts).toEqual({ negative: 0, neutral: 2, positive: 4 });
  });

  it('fails with TOO_FEW_LABELS when no row has a class', () => {
    const r = evaluateSentiment([], []);
    expect(r.ok ? null : r.error.code).toBe('TOO_FEW_LABELS');
  });
});

describe('storedLabel', () => {
  it('gives float32 scores the class of their exact value', () => {
    const stored = Float32Array.from([0.7, 0.05, -0.05, 0.0499, 0.6999]);
    const t = { positive: 0.7, negative: -0.05 };
    expect(Array.from(stored, (c) => storedLabel(c, t))).toEqual([
      'positive',
      'neutral',
      'negative',
      'neutral',
      'neutral',
    ]);
    expect(storedLabel(0.05, { positive: 0.05, negative: -0.05 })).toBe('positive');
    expect(storedLabel(Number.NaN, { positive: 0.05, negative: -0.05 })).toBe('neutral');
  });
});

describe('evaluateVader', () => {
  it('leaves out ignored, unmapped and missing labels, and can score a subset of rows', () => {
    const labels = ['Joy', 'Sad', '', 'Meh', 'Joy', 'Other'];
    const compound = [0.6, 0.2, 0.9, 0, -0.4, 0.5];
    const mapping = { Joy: 'positive', Sad: 'negative', Meh: 'neutral', Other: 'ignore' } as const;
    const r = evaluateVader(labels, (i) => compound[i]!, mapping, {
      positive: 0.05,
      negative: -0.05,
    });
    if (!r.ok) throw new Error(r.error.message);
    // rows 0 (pos→pos), 1 (neg→pos), 3 (neu→neu), 4 (pos→neg)
    expect(r.value.n).toBe(4);
    expect(r.value.excluded).toBe(2);
    expect(r.value.accuracy).toBe(0.5);
    expect(r.value.confusion).toEqual([
      [0, 0, 1],
      [0, 1, 0],
      [1, 0, 1],
    ]);
    const subset = evaluateVader(
      labels,
      (i) => compound[i]!,
      mapping,
      { positive: 0.05, negative: -0.05 },
      [0, 2, 3],
    );
    expect(subset.ok && [subset.value.n, subset.value.accuracy, subset.value.excluded]).toEqual([
      2, 1, 1,
    ]);
  });
});

describe.skipIf(!available)(
  'VADER against sentimentdataset.csv labels, as scikit-learn 1.2',
  () => {
    it('equals clf_sentimentdataset.json vader_vs_label_3class with {Positive, Negative, Neutral}', async () => {
      const imported = await importCsv(
        memoryByteSource(new Uint8Array(readFileSync(DATA)), 'sentimentdataset.csv'),
      );
      if (!imported.ok) throw new Error(imported.error.message);
      const table = imported.value;
      const schema = inferSchema(table);
      const text = table.columns[schema.find((c) => c.role === 'text')!.index]!;
      const label = table.columns[schema.find((c) => c.role === 'label')!.index]!;
      const scores = scoreTexts(text, new Float64Array(text.length * 4));
      const r = evaluateVader(
        label,
        (i) => scores[i * 4 + 3]!,
        { Positive: 'positive', Negative: 'negative', Neutral: 'neutral' },
        { positive: 0.05, negative: -0.05 },
      );
      if (!r.ok) throw new Error(r.error.message);
      const ref = (
        JSON.parse(readFileSync(REFERENCE, 'utf8')) as {
          vader_vs_label_3class: {
            n: number;
            accuracy: number;
            macro_f1: number;
            weighted_f1: number;
            confusion_rows_true_cols_pred_neg_neu_pos: number[][];
          };
        }
      ).vader_vs_label_3class;
      expect(r.value.n).toBe(ref.n);
      expect(r.value.accuracy).toBeCloseTo(ref.accuracy, 12);
      expect(r.value.macroF1).toBeCloseTo(ref.macro_f1, 12);
      expect(r.value.weightedF1).toBeCloseTo(ref.weighted_f1, 12);
      expect(r.value.confusion).toEqual(ref.confusion_rows_true_cols_pred_neg_neu_pos);
    });
  },
);
