import { describe, expect, it } from 'vitest';
import { detectEncoding, firstInvalidUtf8 } from './detectEncoding.ts';

describe('detectEncoding', () => {
  it('reads byte-order marks', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({
      encoding: 'utf-8-bom',
      bomBytes: 3,
    });
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toEqual({
      encoding: 'utf-16le',
      bomBytes: 2,
    });
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toEqual({
      encoding: 'utf-16be',
      bomBytes: 2,
    });
  });

  it('sees UTF-16 without a mark by its zero bytes, and defaults to UTF-8', () => {
    expect(detectEncoding(new Uint8Array([0, 0x61, 0, 0x2c, 0, 0x62, 0, 0x0a])).encoding).toBe(
      'utf-16be',
    );
    expect(detectEncoding(new Uint8Array([0x61, 0x2c, 0x62, 0x0a])).encoding).toBe('utf-8');
  });
});

describe('firstInvalidUtf8', () => {
  it('finds the first byte that breaks UTF-8', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('café 💉'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe9, 0x62]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0x80]))).toBe(0); // overlong NUL
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // UTF-16 surrogate
  });

  it('accepts a sequence cut off by the end of the chunk', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xf0, 0x9f, 0x92]))).toBe(-1);
  });
});
