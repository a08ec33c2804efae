import { describe, expect, it } from 'vitest';
import { bitsFor, packFloats, packUints, unpackFloats, unpackUints } from './packedArrays.ts';

describe('packed arrays', () => {
  it('packs integers at the bits they need, low bit first', () => {
    expect(bitsFor(0)).toBe(1);
    expect(bitsFor(1)).toBe(1);
    expect(bitsFor(2)).toBe(2);
    expect(bitsFor(65535)).toBe(16);
    expect(bitsFor(65536)).toBe(17);
    // 1, 0, 1, 1 at one bit: 0b1101 = 13 = 'DQ==' in base64
    expect(packUints([1, 0, 1, 1], 1)).toEqual({ bits: 1, count: 4, data: 'DQ==' });
    // 5 and 3 at three bits: 0b011101 = 29
    expect(packUints([5, 3])).toEqual({ bits: 3, count: 2, data: 'HQ==' });
  });

  it('unpacks what it packed at every width up to 32 bits', () => {
    for (const bits of [1, 3, 7, 8, 13, 16, 24, 31, 32]) {
      const max = 2 ** bits - 1;
      const values = [0, max, 1, Math.floor(max / 3), max - 1, 0, max];
      expect(Array.from(unpackUints(packUints(values, bits)) as Uint32Array)).toEqual(values);
    }
  });

  it('refuses packed data of the wrong length and values too wide', () => {
    const p = packUints([1, 2, 3, 4, 5, 6, 7, 8], 8);
    expect(unpackUints({ ...p, count: 9 })).toBe('expected 9 entries, found 8');
    expect(unpackUints({ ...p, data: 'not base64!' })).toBe('the data is not base64');
    expect(() => packUints([256], 8)).toThrow(RangeError);
  });

  it('keeps float64 values exactly, as a dictionary when they repeat', () => {
    const repeated = Float64Array.from(
      { length: 1000 },
      (_, i) => [0.1, -0, 2 ** 60, Math.PI][i % 4]!,
    );
    const packed = packFloats(repeated);
    expect(packed.encoding).toBe('dictionary');
    const back = unpackFloats(packed) as Float64Array;
    expect(Array.from(back)).toEqual(Array.from(repeated));
    expect(Object.is(back[1], -0)).toBe(true);
    const distinct = Float64Array.from({ length: 100 }, (_, i) => i / 7);
    expect(packFloats(distinct).encoding).toBe('plain');
    expect(unpackFloats({ ...packFloats(distinct), count: 99 })).toBe(
      'expected 99 entries, found 100',
    );
  });
});
