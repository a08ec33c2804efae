import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64.ts';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('base64', () => {
  it('encodes the RFC 4648 test vectors', () => {
    const vectors = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(bytesToBase64(bytes(plain!))).toBe(encoded);
      expect(base64ToBytes(encoded!)).toEqual(bytes(plain!));
    }
  });
  it('round-trips every byte value across chunk boundaries', () => {
    const data = Uint8Array.from({ length: 0x3000 * 2 + 7 }, (_, i) => (i * 31) & 255);
    expect(base64ToBytes(bytesToBase64(data))).toEqual(data);
  });
  it('rejects text that is not base64', () => {
    expect(base64ToBytes('Zm9')).toBeNull();
    expect(base64ToBytes('Zm9*')).toBeNull();
  });
});
