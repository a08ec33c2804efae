import { describe, expect, it } from 'vitest';
import { rocAuc } from './rocAuc.ts';

describe('rocAuc', () => {
  it('matches the sklearn docs example', () => {
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toEqual({ ok: true, value: 0.75 });
  });
  it('counts tied scores as half a win', () => {
    // positive scores 0.5, 0.9 vs negative 0.5, 0.5: pairs ½ + ½ + 1 + 1 = 3 of 4
    expect(rocAuc(['no', 'yes', 'no', 'yes'], [0.5, 0.5, 0.5, 0.9])).toEqual({
      ok: true,
      value: 0.75,
    });
    expect(rocAuc(['no', 'yes', 'no', 'yes'], [0.5, 0.5, 0.5, 0.9], 'no')).toEqual({
      ok: true,
      value: 0.25,
    });
  });
  it('fails when the truth holds one class only', () => {
    const r = rocAuc([1, 1], [0.2, 0.4]);
    expect(r.ok ? null : r.error.code).toBe('TOO_FEW_LABELS');
  });
});
