import { describe, expect, it } from 'vitest';
import {
  applyLabelMapping,
  countLabelValues,
  mappingOf,
  proposeLabelMapping,
  type LabelValueCount,
} from './labelMapping.ts';

const values = (...vs: string[]): LabelValueCount[] => vs.map((value) => ({ value, count: 1 }));
const targets = (vs: LabelValueCount[], zeroValence?: 'neutral' | 'ignore') =>
  proposeLabelMapping(vs, zeroValence ? { zeroValence } : {}).map((p) => p.target);

describe('countLabelValues', () => {
  it('counts distinct values, most frequent first (ties by value), and missing cells apart', () => {
    const r = countLabelValues(['Joy', 'Sad', '', 'Joy', 'NaN', 'Anger', 'Sad', 'Joy']);
    expect(r.values).toEqual([
      { value: 'Joy', count: 3 },
      { value: 'Sad', count: 2 },
      { value: 'Anger', count: 1 },
    ]);
    expect(r.missing).toBe(2);
  });
});

describe('proposeLabelMapping', () => {
  it('maps common class names in any case', () => {
    expect(targets(values('Positive', 'pos', 'NEG', 'negative', 'Neutral', 'neu'))).toEqual([
      'positive',
      'positive',
      'negative',
      'negative',
      'neutral',
      'neutral',
    ]);
    expect(proposeLabelMapping(values('Positive'))[0]!.reason).toBe('name');
  });

  it('maps the class names of Spanish, Portuguese, Italian, French and German annotators', () => {
    expect(
      targets(values('Positivo', 'negativa', 'Neutro', 'positif', 'Négatif', 'neutre', 'Negativ')),
    ).toEqual(['positive', 'negative', 'neutral', 'positive', 'negative', 'neutral', 'negative']);
  });

  it('reads numeric scales from the whole set of values', () => {
    expect(targets(values('-1', '0', '1'))).toEqual(['negative', 'neutral', 'positive']);
    expect(targets(values('1', '0'))).toEqual(['positive', 'negative']); // binary: 0 is the negative class
    expect(targets(values('0', '2', '4'))).toEqual(['negative', 'neutral', 'positive']); // Sentiment140
    expect(targets(values('1', '2', '3', '4', '5'))).toEqual([
      'negative',
      'negative',
      'neutral',
      'positive',
      'positive',
    ]);
    expect(proposeLabelMapping(values('1', '0'))[0]!.reason).toBe('scale');
    // Not a known scale: numbers are left for the user.
    expect(targets(values('7', '12', '3'))).toEqual(['ignore', 'ignore', 'ignore']);
  });

  it('proposes emotions by the VADER valence of the word itself', () => {
    // "joy" is +2.8 in the lexicon: compound 2.8 / sqrt(2.8² + 15) = 0.5859.
    const [joy, despair, anger] = proposeLabelMapping(values('Joy', 'Despair', 'Anger'));
    expect(joy).toMatchObject({ target: 'positive', reason: 'valence', valence: 0.5859 });
    // "despair" is -1.3: -1.3 / sqrt(1.69 + 15) = -0.3182.
    expect(despair).toMatchObject({ target: 'negative', valence: -0.3182 });
    expect(anger!.target).toBe('negative');
    expect(joy!.note).toContain('+0.586');
  });

  it('ignores words with no valence unless asked to read them as neutral', () => {
    expect(targets(values('Curiosity', 'Nostalgia'))).toEqual(['ignore', 'ignore']);
    expect(targets(values('Curiosity', 'Nostalgia'), 'neutral')).toEqual(['neutral', 'neutral']);
    expect(proposeLabelMapping(values('Curiosity'))[0]!.reason).toBe('no-valence');
  });

  it('keeps a column with 300 distinct values usable: one proposal each, in count order', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ value: `label ${i}`, count: 300 - i }));
    // its speed is a budget of `npm run bench -- --only sentiment`
    const proposals = proposeLabelMapping(many);
    expect(proposals).toHaveLength(300);
    expect(proposals[0]!.count).toBe(300);
    expect(Object.keys(mappingOf(proposals))).toHaveLength(300);
  });

  it('copes with empty, whitespace, surrogate and right-to-left values', () => {
    const odd = proposeLabelMapping(values('\uD800', 'سعيد', '   ', '😀'));
    expect(odd.map((p) => p.target)).toEqual(['ignore', 'ignore', 'ignore', 'positive']);
  });
});

describe('applyLabelMapping', () => {
  it('gives class indices 0 negative, 1 neutral, 2 positive and -1 for ignored, unmapped or missing', () => {
    const out = applyLabelMapping(['Joy', 'Sad', 'Meh', '', 'Other', 'Joy'], {
      Joy: 'positive',
      Sad: 'negative',
      Meh: 'neutral',
      Other: 'ignore',
    });
    expect(Array.from(out)).toEqual([2, 0, 1, -1, -1, 2]);
  });
});
