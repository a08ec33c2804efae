import { describe, expect, it } from 'vitest';
import { utf8Length, utf8OffsetsToIndices } from './utf8.ts';

// "café 🎉 #fête": c a f é(2 bytes) ␠ 🎉(4 bytes, 2 code units) ␠ # f ê(2) t e
const TEXT = 'café 🎉 #fête';

describe('UTF-8 offsets', () => {
  it('counts bytes as UTF-8 does: 2 for é, 4 for an emoji', () => {
    expect(utf8Length(TEXT)).toBe(17);
    expect(utf8Length(TEXT)).toBe(new TextEncoder().encode(TEXT).length);
    expect(utf8Length('日本')).toBe(6);
  });

  it('maps byte offsets after accents and emoji to string indices', () => {
    // '#fête' is bytes 11..17 and string indices 8..13
    expect(utf8OffsetsToIndices(TEXT, [11, 17])).toEqual([8, 13]);
    expect(TEXT.slice(8, 13)).toBe('#fête');
    expect(utf8OffsetsToIndices(TEXT, [0, 5, 6, 10, 17])).toEqual([0, 4, 5, 7, 13]);
  });

  it('refuses offsets inside a character or past the end', () => {
    // byte 4 is the second byte of é; byte 8 is inside the emoji
    expect(utf8OffsetsToIndices(TEXT, [4, 8, 18, -1, 1.5])).toEqual([-1, -1, -1, -1, -1]);
    // byte 14 is the second byte of ê, byte 16 its end
    expect(utf8OffsetsToIndices(TEXT, [11, 14, 16])).toEqual([8, -1, 12]);
  });

  it('answers offsets given in any order', () => {
    expect(utf8OffsetsToIndices(TEXT, [17, 11, 0])).toEqual([13, 8, 0]);
  });
});
