import { describe, expect, it } from 'vitest';
import { layoutWordCloud, type PlacedWord } from './layout.ts';
import { estimateTextWidth } from './textWidth.ts';

const words = Array.from({ length: 100 }, (_, i) => ({
  text: `tag${i}${i % 4 === 0 ? 'vaccination' : ''}`,
  count: Math.round(500 / (i + 1)),
}));

function overlap(a: PlacedWord, b: PlacedWord): boolean {
  return (
    Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height
  );
}

describe('word cloud layout', () => {
  const layout = layoutWordCloud(words, { width: 640, height: 320 });

  it('places (nearly) every word inside the area without overlaps', () => {
    expect(layout.words.length + layout.dropped.length).toBe(100);
    expect(layout.dropped.length).toBeLessThanOrEqual(5);
    for (const w of layout.words) {
      expect(w.x - w.width / 2).toBeGreaterThanOrEqual(0);
      expect(w.x + w.width / 2).toBeLessThanOrEqual(640);
      expect(w.y - w.height / 2).toBeGreaterThanOrEqual(0);
      expect(w.y + w.height / 2).toBeLessThanOrEqual(320);
    }
    for (let i = 0; i < layout.words.length; i++) {
      for (let j = i + 1; j < layout.words.length; j++)
        expect(
          overlap(layout.words[i]!, layout.words[j]!),
          `${layout.words[i]!.text} / ${layout.words[j]!.text}`,
        ).toBe(false);
    }
  });

  it('puts the most used word in the centre, largest, and sizes by the square root of the count', () => {
    const first = layout.words[0]!;
    expect(first).toMatchObject({ text: 'tag0vaccination', x: 320, y: 160 });
    const sizes = layout.words.map((w) => w.fontPx);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    // counts 500 (max) and 1 (min): 52 px and 12 px; 126: 12 + 40 × √(125 / 499) = 32.02 px
    const three = layoutWordCloud([
      { text: 'a', count: 500 },
      { text: 'b', count: 1 },
      { text: 'c', count: 126 },
    ]);
    expect(three.words.map((w) => [w.text, w.fontPx])).toEqual([
      ['a', 52],
      ['c', 32],
      ['b', 12],
    ]);
  });

  it('is deterministic', () => {
    expect(layoutWordCloud(words, { width: 640, height: 320 })).toEqual(layout);
  });

  it('shrinks every word when they do not fit, and drops what still does not', () => {
    const tight = layoutWordCloud(words, { width: 200, height: 100 });
    expect(tight.scale).toBeLessThan(1);
    expect(tight.words.length).toBeGreaterThan(0);
    expect(tight.words.length + tight.dropped.length).toBe(100);
    expect(
      layoutWordCloud([{ text: 'x'.repeat(200), count: 3 }], { width: 100, height: 50 }).dropped,
    ).toEqual(['x'.repeat(200)]);
  });

  it('uses the given measure', () => {
    const r = layoutWordCloud([{ text: 'abc', count: 1 }], { measure: (t, px) => t.length * px });
    expect(r.words[0]!.width).toBe(3 * r.words[0]!.fontPx);
  });
});

describe('estimated text width', () => {
  it('gives narrow, average, wide and full-width characters their widths', () => {
    expect(estimateTextWidth('il', 10)).toBeCloseTo(6, 9);
    expect(estimateTextWidth('ab', 10)).toBeCloseTo(11.6, 9);
    expect(estimateTextWidth('mW', 10)).toBeCloseTo(18, 9);
    expect(estimateTextWidth('東京', 10)).toBeCloseTo(20, 9);
    expect(estimateTextWidth('💉', 10)).toBeCloseTo(10, 9);
  });
});
