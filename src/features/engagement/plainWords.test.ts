import { describe, expect, it } from 'vitest';
import type { ClassificationReport, RegressionReport } from '../../../workers/api.ts';
import { formatCount, formatPlain } from '../../shared/format.ts';
import { classificationInWords, regressionInWords, targetUnit } from './plainWords.ts';

const scores = (mse: number, mae: number, r2: number) => ({ mse, mae, r2 });
const likes = { expression: '"likes"', columns: ['likes'] };

describe('plain numbers', () => {
  it('never writes scientific notation, groups thousands and rounds counts sensibly', () => {
    expect(formatPlain(-1.76e-4, 4)).toBe('-0.0002');
    expect(formatPlain(-1.76e-6, 4)).toBe('0');
    expect(formatPlain(2455.7367, 1)).toBe('2,455.7');
    expect(formatPlain(123456789)).toBe('123,456,789');
    expect(formatCount(16.4)).toBe('16');
    expect(formatCount(5.43)).toBe('5.4');
    expect(formatCount(24_499.6)).toBe('24,500');
  });
});

describe('targetUnit', () => {
  it('says the column for a column and the expression otherwise', () => {
    expect(targetUnit(likes)).toBe('likes');
    expect(targetUnit({ expression: '"likes" + 2 * "shares"', columns: ['likes', 'shares'] })).toBe(
      'points of likes + 2 * shares',
    );
  });
});

describe('regressionInWords', () => {
  const report: RegressionReport = {
    kind: 'regression',
    fitted: { model: scores(0.9, 0.7, 0.3), baseline: { ...scores(1.3, 0.9, 0), trainMean: 2.1 } },
    raw: {
      model: scores(2455.7367, 16.2, 0.05),
      baseline: { ...scores(2600, 24.4, -1.76e-4), trainMean: 31.6 },
    },
  };
  it('gives the typical error on the raw scale in the target’s units, beside guessing the average', () => {
    const r = regressionInWords(report, likes, 1000);
    expect(r.headline).toBe('Typical error ±16 likes; guessing the average is off by ±24.');
    expect(r.verdict).toBe('The model’s predictions are 34% closer than guessing the average.');
    expect(r.method).toContain('mean absolute error');
    expect(r.method).toContain('1,000 test posts');
    expect(r.method).toContain('mean, 32 likes');
    expect(r.error).toBe(16.2);
  });
  it('uses the learned scale when the target was not log1p’d, and says when the model is no better', () => {
    const flat = regressionInWords(
      { ...report, raw: null, fitted: { ...report.fitted, model: scores(1.3, 0.895, 0) } },
      likes,
      10,
    );
    expect(flat.headline).toBe('Typical error ±0.9 likes; guessing the average is off by ±0.9.');
    expect(flat.verdict).toMatch(/no better than guessing the average/);
  });
});

describe('classificationInWords', () => {
  const report: ClassificationReport = {
    kind: 'classification',
    accuracy: 0.714,
    f1: 0.7,
    precision: 0.7,
    recall: 0.7,
    rocAuc: 0.8,
    confusion: [
      [1, 0],
      [0, 1],
    ],
    baseline: { accuracy: 0.52, f1: 0, majority: 0 },
  };
  it('counts right answers in 100 beside always guessing the commoner side', () => {
    const r = classificationInWords(report, likes, 12, 500);
    expect(r.headline).toBe(
      'Right for 71 posts in 100 on whether a post gets more than 12 likes; always guessing “at most 12 likes” is right for 52.',
    );
    expect(r.verdict).toBe('The model is right for 19 more posts in 100 than the guess.');
  });
});
