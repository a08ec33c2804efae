import { describe, expect, it } from 'vitest';
import { widerRange } from './kRange.ts';

describe('widerRange', () => {
  it('adds six at the top, up to 50', () => {
    expect(widerRange('high', { kMin: 2, kMax: 12 })).toEqual({ kMin: 2, kMax: 18 });
    expect(widerRange('high', { kMin: 5, kMax: 47 })).toEqual({ kMin: 5, kMax: 50 });
    expect(widerRange('high', { kMin: 5, kMax: 50 })).toBeNull();
  });

  it('goes down by four at the bottom, not below 2', () => {
    expect(widerRange('low', { kMin: 9, kMax: 12 })).toEqual({ kMin: 5, kMax: 12 });
    expect(widerRange('low', { kMin: 3, kMax: 12 })).toEqual({ kMin: 2, kMax: 12 });
    expect(widerRange('low', { kMin: 2, kMax: 12 })).toBeNull();
  });
});
