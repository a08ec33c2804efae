import { describe, expect, it } from 'vitest';
import { sentimentLabel } from './label.ts';

describe('sentimentLabel', () => {
  it('cuts at +-0.05 inclusive, as the reference labels compound', () => {
    expect(sentimentLabel(0.05)).toBe('positive');
    expect(sentimentLabel(0.0499)).toBe('neutral');
    expect(sentimentLabel(0)).toBe('neutral');
    expect(sentimentLabel(-0.0499)).toBe('neutral');
    expect(sentimentLabel(-0.05)).toBe('negative');
    expect(sentimentLabel(-1)).toBe('negative');
  });

  it('takes custom thresholds and calls NaN neutral', () => {
    expect(sentimentLabel(0.3, { positive: 0.5, negative: -0.5 })).toBe('neutral');
    expect(sentimentLabel(0.5, { positive: 0.5, negative: -0.5 })).toBe('positive');
    expect(sentimentLabel(Number.NaN)).toBe('neutral');
  });
});
