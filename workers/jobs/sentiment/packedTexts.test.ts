import { describe, expect, it } from 'vitest';
import { packTexts, unpackTexts } from './packedTexts.ts';

describe('packed texts', () => {
  it('round-trips a range of cells, empty cells and lone surrogates included', () => {
    // A lone high surrogate followed by a lone low one would pair up in the joined string.
    const cells = ['good', '', 'bad \uD83D', '\uDE00 ok', 'مرحبا بالعالم', 'last'];
    const packed = packTexts(cells, 1, 5);
    expect(Array.from(packed.offsets)).toEqual([0, 0, 5, 9, 22]);
    expect(unpackTexts(packed)).toEqual(cells.slice(1, 5));
    expect(unpackTexts(packTexts([]))).toEqual([]);
  });
});
