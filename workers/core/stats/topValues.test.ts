import { describe, expect, it } from 'vitest';
import { topValues } from './topValues.ts';

describe('topValues', () => {
  it('lists the most frequent values, ties in first-seen order, skipping missing', () => {
    const top = topValues(['b', 'a', '', 'a', 'c', 'b', 'NaN', 'a', 'd'], 3);
    expect(top).toEqual({
      values: [
        { value: 'a', count: 3 },
        { value: 'b', count: 2 },
        { value: 'c', count: 1 },
      ],
      approximate: false,
    });
  });

  it('says when the distinct cap made the counts approximate', () => {
    const top = topValues(['x', 'y', 'z', 'x', 'z'], 5, 2);
    expect(top).toEqual({
      values: [
        { value: 'x', count: 2 },
        { value: 'y', count: 1 },
      ],
      approximate: true,
    });
  });
});
