import { describe, expect, it } from 'vitest';
import { fitTicks, leftMargin, textWidth, tickCount, truncate, wrapText } from './ticks.ts';
import { linear } from './scale.ts';

describe('fitTicks', () => {
  const days = Array.from({ length: 12 }, (_, i) => i);
  const date = (i: number) => `2025-03-${String(i + 1).padStart(2, '0')}`;

  it('drops date labels that would overlap on a narrow chart, keeping the first and the last', () => {
    const at = linear(0, 11, 44, 338); // a 350 px phone chart
    const placed = fitTicks(days, at, date, 350);
    expect(placed.length).toBeLessThan(days.length);
    expect(placed.length).toBeGreaterThanOrEqual(2);
    expect(placed[0]!.value).toBe(0);
    expect(placed.at(-1)!.value).toBe(11);
    const spans = placed.map((p) => {
      const w = textWidth(p.label);
      const from = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - w : p.x - w / 2;
      return [from, from + w] as const;
    });
    for (let k = 1; k < spans.length; k++) expect(spans[k]![0]).toBeGreaterThan(spans[k - 1]![1]);
    // nothing runs past either edge of the chart
    expect(spans[0]![0]).toBeGreaterThanOrEqual(0);
    expect(spans.at(-1)![1]).toBeLessThanOrEqual(350);
  });

  it('keeps every label when the chart is wide enough', () => {
    const at = linear(0, 11, 56, 1300);
    expect(fitTicks(days, at, date, 1320)).toHaveLength(12);
  });

  it('anchors a label at the chart edge so it is not cut', () => {
    const [first, last] = fitTicks([0, 1], linear(0, 1, 4, 516), date, 520);
    expect(first!.anchor).toBe('start');
    expect(last!.anchor).toBe('end');
  });
});

describe('tick sizes', () => {
  it('fits fewer ticks on a narrow axis, never fewer than 2', () => {
    expect(tickCount(300)).toBeLessThan(tickCount(1000));
    expect(tickCount(40)).toBe(2);
    expect(tickCount(5000)).toBe(10);
  });

  it('widens the left margin for long y labels', () => {
    expect(leftMargin(['0', '1'], 44)).toBe(44);
    expect(leftMargin(['1,250,000'], 44)).toBeGreaterThan(textWidth('1,250,000'));
  });

  it('shortens with an ellipsis only what does not fit', () => {
    expect(truncate('short', 100)).toBe('short');
    const cut = truncate('log1p_author_followers_count', 80);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(80);
  });

  it('wraps at spaces into lines that fit, marking text left over', () => {
    const lines = wrapText('Source: sample · 5,000 posts · 2025-01-01 to 2025-03-31', 160);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(160);
    expect(lines.join(' ')).toBe('Source: sample · 5,000 posts · 2025-01-01 to 2025-03-31');
    const two = wrapText('one two three four five six seven eight nine ten', 60, 2);
    expect(two).toHaveLength(2);
    expect(two[1]!.endsWith('…')).toBe(true);
    expect(textWidth(two[1]!)).toBeLessThanOrEqual(60);
  });
});

describe('fitTicks beside a y axis', () => {
  it('anchors the first label at its tick rather than under the y labels', () => {
    const [first] = fitTicks([0, 10], linear(0, 10, 56, 500), () => '2024-12-30', 512, 52);
    expect(first!.anchor).toBe('start');
    expect(first!.x).toBe(56);
  });
});
