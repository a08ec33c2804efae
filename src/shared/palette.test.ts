import { describe, expect, it } from 'vitest';
import {
  SENTIMENT_COLOUR,
  TOPIC_COLOURS,
  compoundBinColours,
  sentimentClassOf,
  topicColour,
} from './palette.ts';

describe('palette', () => {
  it('colours the histogram bin holding 0 neutral, and bins past the thresholds by their label', () => {
    // the sentiment job's bins at ±0.05: ten of 0.095 each side, the neutral band one bin
    const side = Array.from({ length: 10 }, (_, k) => Math.round((0.05 + k * 0.095) * 1e4) / 1e4);
    const edges = [-1, ...side.map((v) => -v).reverse(), ...side, 1];
    expect(edges).toHaveLength(22);
    const colours = compoundBinColours(edges, { positive: 0.05, negative: -0.05 });
    const zero = edges.findIndex((e, k) => e <= 0 && 0 < edges[k + 1]!);
    expect(colours[zero]).toBe(SENTIMENT_COLOUR.neutral);
    expect(colours[zero + 1]).toBe(SENTIMENT_COLOUR.positive);
    expect(colours[zero - 1]).toBe(SENTIMENT_COLOUR.negative);
    expect(colours.filter((c) => c === SENTIMENT_COLOUR.neutral)).toHaveLength(1);
  });

  it('classes a score as the app does: thresholds inclusive, no score unscored', () => {
    const t = { positive: 0.05, negative: -0.05 };
    expect(sentimentClassOf(0.05, t)).toBe('positive');
    expect(sentimentClassOf(-0.05, t)).toBe('negative');
    expect(sentimentClassOf(0, t)).toBe('neutral');
    expect(sentimentClassOf(Number.NaN, t)).toBe('unscored');
  });

  it('keeps labels and topics apart: four distinct sentiment colours, no topic one among them', () => {
    const sentiment = Object.values(SENTIMENT_COLOUR);
    expect(new Set(sentiment).size).toBe(4);
    expect(new Set(TOPIC_COLOURS).size).toBe(TOPIC_COLOURS.length);
    for (const c of TOPIC_COLOURS) expect(sentiment).not.toContain(c);
    expect(topicColour(0)).toBe(TOPIC_COLOURS[0]);
    expect(topicColour(12)).toMatch(/^hsl\(/);
  });
});
