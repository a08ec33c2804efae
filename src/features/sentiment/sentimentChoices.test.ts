import { describe, expect, it } from 'vitest';
import { keptChoices } from './sentimentChoices.ts';

describe('the sentiment choices kept with a dataset', () => {
  it('reads back what the view stored', () => {
    expect(
      keptChoices({
        thresholds: { positive: 0.3, negative: -0.3 },
        timeUnit: 'week',
        textColumn: 'body',
        categoryColumn: null,
      }),
    ).toEqual({
      thresholds: { positive: 0.3, negative: -0.3 },
      timeUnit: 'week',
      textColumn: 'body',
      categoryColumn: null,
    });
  });

  it('drops fields it cannot read, keeping the others', () => {
    expect(
      keptChoices({
        thresholds: { positive: -0.5, negative: 0.5 },
        timeUnit: 'fortnight',
        categoryColumn: 'channel',
      }),
    ).toEqual({ categoryColumn: 'channel' });
    expect(keptChoices({ thresholds: { positive: 2, negative: 0 } })).toBeNull();
    expect(keptChoices({ thresholds: null })).toBeNull();
    expect(keptChoices('0.3')).toBeNull();
    expect(keptChoices(null)).toBeNull();
  });
});
