import { describe, expect, it } from 'vitest';
import { packTexts, unpackTexts } from './packedTexts.ts';

describe('packed texts', () => {
  it('round-trips a range of cells, empty cells and lone surrogates included', () => {
    // A lone high surrogate followed by a lone low one would pair up in the joined string.
    const cells = ['good', '', 'bad \uD83D', '\uDE00 ok', 'مرحبا بالعالم', 'last'];
    const packed = packTexts(cells, 1, 5);
    expect(Array.from(packed.offsets)).toEqual([0, 0, 5, 9, 22]);
    expect(packed.units[4]).toBe(0xd83d);
    expect(packed.units[5]).toBe(0xde00);
    expect(unpackTexts(packed)).toEqual(cells.slice(1, 5));
    expect(unpackTexts(packTexts([]))).toEqual([]);
    // Past one decoding block
    const long = ['x'.repeat(20_000) + '\uD800', 'y'];
    expect(unpackTexts(packTexts(long))).toEqual(long);
    // Well-formed text (pairs, any script) takes the native decoder; a lone surrogate anywhere does not.
    const fine = ['😀 ok', 'مرحبا', 'a\uD83D\uDE00b'];
    expect(packTexts(fine).wellFormed).toBe(true);
    expect(unpackTexts(packTexts(fine))).toEqual(fine);
    expect([
      packTexts(['\uDE00x']).wellFormed,
      packTexts(['x\uD83D']).wellFormed,
      packed.wellFormed,
    ]).toEqual([false, false, false]);
  });
});
