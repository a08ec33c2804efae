import { describe, expect, it } from 'vitest';
import { numpyRandomState } from './numpyRandom.ts';

// Reference values printed by numpy 1.24: r = np.random.RandomState(seed); r.randint(7262), r.uniform(), ...
describe('numpyRandomState', () => {
  it('draws what numpy RandomState(0) draws', () => {
    const r = numpyRandomState(0);
    expect(r.randint(7262)).toBe(2732);
    expect(r.uniform()).toBe(0.5928446182250183);
    expect(r.uniform()).toBe(0.8442657485810173);
    expect(r.randint(100)).toBe(67);
    expect(r.randint(2 ** 32)).toBe(3638918503);
  });

  it('draws what numpy RandomState(42) and RandomState(2**32 - 1) draw', () => {
    const a = numpyRandomState(42);
    expect([a.randint(7262), a.uniform(), a.uniform(), a.randint(100)]).toEqual([
      860, 0.1834347898661638, 0.7796910002727693, 20,
    ]);
    const b = numpyRandomState(4294967295);
    expect([b.randint(7262), b.uniform(), b.uniform(), b.randint(100)]).toEqual([
      2467, 0.11160667175339789, 0.5626933782475836, 64,
    ]);
  });

  it('returns 0 for randint(1) without consuming a draw, as numpy', () => {
    const r = numpyRandomState(0);
    expect(r.randint(1)).toBe(0);
    expect(r.randint(7262)).toBe(2732);
  });
});
